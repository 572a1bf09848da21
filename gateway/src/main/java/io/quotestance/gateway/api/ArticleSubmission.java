package io.quotestance.gateway.api;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article to store. The same text again finds the stored article.")
public record ArticleSubmission(
        @Schema(description = "The article's text, at most 200,000 characters (413 above).", required = true,
                example = "France has said it is concerned about growing military cooperation between Russia and "
                        + "North Korea. \"An increase in North Korean military support for the Russian war effort "
                        + "is very worrying,\" foreign ministry spokesman Christophe Lemoine said.")
        @NotBlank @ReadableText String text,
        // Only web addresses: a javascript: or data: URL would become a script when a page links to the article.
        @Schema(example = "https://example.org/news/north-korea-troops") @Size(max = 2048)
        @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http or https URL") String url,
        @Schema(example = "France worried by North Korean support for Russia") @Size(max = 1000) @ReadableText
        String title,
        @Schema(example = "Example News") @Size(max = 200) @ReadableText String outlet,
        @Schema(example = "2024-10-18T09:30:00Z") @JsonDeserialize(using = IsoTimestamp.class) Instant publishedAt) {
}
