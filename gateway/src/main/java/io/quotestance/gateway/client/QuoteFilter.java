package io.quotestance.gateway.client;

/** The filters of a quote search, combined with AND; null means "any". */
public record QuoteFilter(String speaker, String stance, Long articleId, String q) {
}
