package io.quotestance.gateway.client;

/** A stored quote to label automatically. */
public record LabelItem(long quoteId, String text, String cue, String claim) {
}
