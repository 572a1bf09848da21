package io.quotestance.gateway.client;

/** One statement to classify; {@code cue} and {@code claim} may be null. */
public record ClassifyRequest(String text, String cue, String claim) {
}
