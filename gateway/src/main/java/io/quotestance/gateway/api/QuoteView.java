package io.quotestance.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A statement the article attributes to a speaker, with its current stance.")
public record QuoteView(
        @Schema(description = "null in /api/analyze answers", example = "42") Long id,
        @Schema(description = "null in /api/analyze answers", example = "7") Long articleId,
        @Schema(description = "The quoted words without the marks, or the reported clause.",
                example = "An increase in North Korean cross-cooperation and military support for the Russian war "
                        + "effort in Ukraine is very worrying") String text,
        @Schema(enumeration = { "direct", "indirect", "mixed" }, example = "direct") String type,
        @Schema(description = "The reporting word as written, or null.", example = "said") String cue,
        @Schema(description = "Offset of text in the article, UTF-16 units.", example = "508") Integer start,
        @Schema(description = "Exclusive end offset of text in the article.", example = "629") Integer end,
        QuoteSpeaker speaker,
        @Schema(description = "null when the quote has no label yet or stance-service could not answer in time.")
        Stance stance) {
}
