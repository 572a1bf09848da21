package io.quotestance.quotes.service;

/** How many quotes carry each copied stance label. */
public record StanceCounts(long confirm, long deny, long uncertain, long concern) {
}
