package io.quotestance.gateway.client;

import java.time.Instant;

/** The body of quotes-service's {@code POST /articles}. */
public record NewArticle(String text, String url, String title, String outlet, Instant publishedAt) {
}
