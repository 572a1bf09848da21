package io.quotestance.quotes.rest;

import io.quotestance.quotes.model.NewArticle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ArticleRequest", description = "An article to store. The same text (ignoring leading and trailing white"
        + " space) is stored once; the metadata of a repeated submission are ignored.")
public record ArticleRequest(
        @Schema(required = true, maxLength = 200_000, description = "Article text; at most 200,000 characters (413 above)",
                example = "“We will win,” coach Maria Lopez said.")
        @NotBlank String text,
        @Schema(maxLength = 2000, example = "https://news.example/articles/42")
        @Size(max = 2000) String url,
        @Schema(maxLength = 500, example = "Coach confident before the final")
        @Size(max = 500) String title,
        @Schema(maxLength = 200, example = "Example News")
        @Size(max = 200) String outlet,
        @Schema(description = "ISO-8601 instant", example = "2024-10-18T09:30:00Z")
        Instant publishedAt) {

    NewArticle toNewArticle() {
        return new NewArticle(text, url, title, outlet, publishedAt);
    }
}
