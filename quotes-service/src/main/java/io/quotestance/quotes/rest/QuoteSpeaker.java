package io.quotestance.quotes.rest;

import io.quotestance.quotes.extraction.SpeakerKind;
import io.quotestance.quotes.model.ListedQuote;
import io.quotestance.quotes.model.Quote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuoteSpeaker", description = "Who said a quote.")
public record QuoteSpeaker(
        @Schema(example = "7") long id,
        @Schema(nullable = true, description = "Null for an unnamed source", example = "Christophe Lemoine") String name,
        @Schema(description = "The article's words for the speaker at this quote", example = "Lemoine") String mention,
        @Schema(enumeration = { "person", "organization", "unnamed" }, example = "person") SpeakerKind kind,
        @Schema(nullable = true, example = "foreign ministry spokesman") String role,
        @Schema(nullable = true, example = "France") String affiliation) {

    static QuoteSpeaker of(Quote quote) {
        return new QuoteSpeaker(quote.speaker.id, quote.speaker.name, quote.mention, quote.speaker.kind,
                quote.speaker.role, quote.speaker.affiliation);
    }

    static QuoteSpeaker of(ListedQuote quote) {
        ListedQuote.ListedSpeaker speaker = quote.speaker();
        return new QuoteSpeaker(speaker.id(), speaker.name(), quote.mention(), speaker.kind(), speaker.role(),
                speaker.affiliation());
    }
}
