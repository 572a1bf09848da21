package io.quotestance.quotes.model;

import io.quotestance.quotes.extraction.QuoteType;
import io.quotestance.quotes.extraction.SpeakerKind;
import jakarta.persistence.Converter;

/** The lower-case enum converters of the entities. */
public final class Converters {

    private Converters() {
    }

    @Converter
    public static class QuoteTypeConverter extends LowerCaseEnumConverter<QuoteType> {
        public QuoteTypeConverter() {
            super(QuoteType.class);
        }
    }

    @Converter
    public static class SpeakerKindConverter extends LowerCaseEnumConverter<SpeakerKind> {
        public SpeakerKindConverter() {
            super(SpeakerKind.class);
        }
    }

    @Converter
    public static class StanceLabelConverter extends LowerCaseEnumConverter<StanceLabel> {
        public StanceLabelConverter() {
            super(StanceLabel.class);
        }
    }
}
