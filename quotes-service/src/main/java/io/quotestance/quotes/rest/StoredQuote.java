package io.quotestance.quotes.rest;

import io.quotestance.quotes.extraction.QuoteType;
import io.quotestance.quotes.model.ListedQuote;
import io.quotestance.quotes.model.Quote;
import io.quotestance.quotes.model.StanceLabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoredQuote", description = "A stored quote. start/end are UTF-16 offsets of text in the article, end exclusive.")
public record StoredQuote(
        @Schema(example = "12") long id,
        @Schema(example = "3") long articleId,
        @Schema(example = "We will win") String text,
        @Schema(enumeration = { "direct", "indirect", "mixed" }, example = "direct") QuoteType type,
        @Schema(nullable = true, example = "said") String cue,
        @Schema(example = "1") int start,
        @Schema(example = "12") int end,
        @Schema(nullable = true, enumeration = { "confirm", "deny", "uncertain", "concern" },
                description = "Copy of the current label kept for filtering; stance-service owns the label")
        StanceLabel stanceLabel,
        QuoteSpeaker speaker) {

    static StoredQuote of(Quote quote) {
        return new StoredQuote(quote.id, quote.articleId, quote.text, quote.type, quote.cue, quote.startOffset,
                quote.endOffset, quote.stanceLabel, QuoteSpeaker.of(quote));
    }

    static StoredQuote of(ListedQuote quote) {
        return new StoredQuote(quote.id(), quote.articleId(), quote.text(), quote.type(), quote.cue(),
                quote.startOffset(), quote.endOffset(), quote.stanceLabel(), QuoteSpeaker.of(quote));
    }
}
