package io.quotestance.gateway.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One article of the list, without its quotes.")
public record ArticleSummary(
        @Schema(example = "7") Long id,
        @Schema(example = "https://example.org/news/north-korea-troops") String url,
        @Schema(example = "France worried by North Korean support for Russia") String title,
        @Schema(example = "Example News") String outlet,
        @Schema(example = "2024-10-18T09:30:00Z") Instant publishedAt,
        @Schema(description = "When the article was stored.", example = "2024-10-18T10:02:11Z") Instant createdAt,
        @Schema(example = "6") Long quoteCount) {
}
