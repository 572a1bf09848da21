package io.quotestance.quotes.rest;

import io.quotestance.quotes.model.Article;
import io.quotestance.quotes.service.ArticleService.ArticleWithQuotes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "StoredArticle", description = "A stored article with its quotes in order.")
public record StoredArticle(
        @Schema(example = "3") long id,
        @Schema(nullable = true, example = "https://news.example/articles/42") String url,
        @Schema(nullable = true, example = "Coach confident before the final") String title,
        @Schema(nullable = true, example = "Example News") String outlet,
        @Schema(nullable = true, example = "2024-10-18T09:30:00Z") Instant publishedAt,
        @Schema(example = "2024-10-18T09:31:02.123Z") Instant createdAt,
        @Schema(description = "SHA-256 (hex) of the trimmed text",
                example = "5f2b0c1e9d3a4b6c7d8e9f00112233445566778899aabbccddeeff0011223344") String contentHash,
        List<StoredQuote> quotes) {

    static StoredArticle of(ArticleWithQuotes stored) {
        Article article = stored.article();
        return new StoredArticle(article.id, article.url, article.title, article.outlet, article.publishedAt,
                article.createdAt, article.contentHash, stored.quotes().stream().map(StoredQuote::of).toList());
    }
}
