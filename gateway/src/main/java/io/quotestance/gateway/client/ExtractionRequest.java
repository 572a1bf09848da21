package io.quotestance.gateway.client;

/** The body of quotes-service's {@code POST /extract}. */
public record ExtractionRequest(String text) {
}
