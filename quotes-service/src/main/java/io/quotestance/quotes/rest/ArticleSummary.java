package io.quotestance.quotes.rest;

import io.quotestance.quotes.model.Article;
import io.quotestance.quotes.service.ArticleService.ArticleListing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ArticleSummary", description = "An article of the list, without its quotes.")
public record ArticleSummary(
        @Schema(example = "3") long id,
        @Schema(nullable = true, example = "https://news.example/articles/42") String url,
        @Schema(nullable = true, example = "Coach confident before the final") String title,
        @Schema(nullable = true, example = "Example News") String outlet,
        @Schema(nullable = true, example = "2024-10-18T09:30:00Z") Instant publishedAt,
        @Schema(example = "2024-10-18T09:31:02.123Z") Instant createdAt,
        @Schema(example = "5") long quoteCount) {

    static ArticleSummary of(ArticleListing listing) {
        Article article = listing.article();
        return new ArticleSummary(article.id, article.url, article.title, article.outlet, article.publishedAt,
                article.createdAt, listing.quoteCount());
    }
}
