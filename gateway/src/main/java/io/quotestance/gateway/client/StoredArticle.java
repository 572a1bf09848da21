package io.quotestance.gateway.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An article with its quotes as quotes-service stores it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredArticle(Long id, String url, String title, String outlet, Instant publishedAt, Instant createdAt,
        String contentHash, List<StoredQuote> quotes) {

    public StoredArticle {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
