package io.quotestance.gateway.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One row of quotes-service's article list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredArticleSummary(Long id, String url, String title, String outlet, Instant publishedAt,
        Instant createdAt, Long quoteCount) {
}
