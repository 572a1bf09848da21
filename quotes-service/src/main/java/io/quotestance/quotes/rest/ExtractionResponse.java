package io.quotestance.quotes.rest;

import io.quotestance.quotes.extraction.ExtractedQuote;
import io.quotestance.quotes.extraction.ExtractedSpeaker;
import io.quotestance.quotes.extraction.QuoteType;
import io.quotestance.quotes.extraction.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ExtractionResult", description = "The statements found in the text, in order, with their speakers.")
public record ExtractionResponse(List<Quote> quotes) {

    static ExtractionResponse of(List<ExtractedQuote> quotes) {
        return new ExtractionResponse(quotes.stream().map(Quote::of).toList());
    }

    @Schema(name = "ExtractedQuote", description = "start/end are UTF-16 offsets of text in the submitted text, end exclusive.")
    public record Quote(
            @Schema(example = "We will win") String text,
            @Schema(enumeration = { "direct", "indirect", "mixed" }, example = "direct") QuoteType type,
            @Schema(nullable = true, example = "said") String cue,
            @Schema(example = "1") int start,
            @Schema(example = "12") int end,
            Speaker speaker) {

        static Quote of(ExtractedQuote quote) {
            return new Quote(quote.text(), quote.type(), quote.cue(), quote.start(), quote.end(), Speaker.of(quote.speaker()));
        }
    }

    /** The fields docs/internal-api.md lists; the gateway reads this strictly. */
    @Schema(name = "ExtractedSpeaker")
    public record Speaker(
            @Schema(nullable = true, description = "Null for an unnamed source", example = "Maria Lopez") String name,
            @Schema(description = "The text's words for the speaker at this quote", example = "coach Maria Lopez") String mention,
            @Schema(enumeration = { "person", "organization", "unnamed" }, example = "person") SpeakerKind kind,
            @Schema(nullable = true, example = "coach") String role,
            @Schema(nullable = true, example = "Example FC") String affiliation) {

        static Speaker of(ExtractedSpeaker speaker) {
            return new Speaker(speaker.name(), speaker.mention(), speaker.kind(), speaker.role(), speaker.affiliation());
        }
    }
}
