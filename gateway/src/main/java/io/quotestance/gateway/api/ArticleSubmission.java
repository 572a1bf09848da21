package io.quotestance.gateway.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article to store. The same text again finds the stored article.")
public record ArticleSubmission(
        @Schema(description = "The article's text, at most 200,000 characters (413 above).", required = true,
                example = "France has said it is concerned about growing military cooperation between Russia and "
                        + "North Korea. \"An increase in North Korean military support for the Russian war effort "
                        + "is very worrying,\" foreign ministry spokesman Christophe Lemoine said.")
        @NotBlank String text,
        @Schema(example = "https://example.org/news/north-korea-troops") @Size(max = 2048) String url,
        @Schema(example = "France worried by North Korean support for Russia") @Size(max = 1000) String title,
        @Schema(example = "Example News") @Size(max = 200) String outlet,
        @Schema(example = "2024-10-18T09:30:00Z") Instant publishedAt) {
}
