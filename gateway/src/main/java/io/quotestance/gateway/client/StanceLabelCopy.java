package io.quotestance.gateway.client;

/** A quote's current label, copied into quotes-service so that it can filter and count by stance. */
public record StanceLabelCopy(long quoteId, String label) {
}
