package io.quotestance.gateway.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article with its quotes and their stances.")
public record ArticleView(
        @Schema(description = "null in /api/analyze answers", example = "7") Long id,
        @Schema(example = "https://example.org/news/north-korea-troops") String url,
        @Schema(example = "France worried by North Korean support for Russia") String title,
        @Schema(example = "Example News") String outlet,
        @Schema(example = "2024-10-18T09:30:00Z") Instant publishedAt,
        List<QuoteView> quotes,
        @Schema(description = "Counts of the labels shown on the quotes.") StanceSummary stanceSummary,
        @Schema(description = "true when stance-service could not answer in time: the stances are then null.",
                example = "false") boolean degraded) {
}
