package io.quotestance.quotes.model;

import java.time.Instant;

/** An article to ingest: its text and the optional metadata the client knows. */
public record NewArticle(String text, String url, String title, String outlet, Instant publishedAt) {
}
