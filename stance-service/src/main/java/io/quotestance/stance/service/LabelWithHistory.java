package io.quotestance.stance.service;

import io.quotestance.stance.model.LabelHistoryEntry;
import io.quotestance.stance.model.QuoteLabel;

import java.util.List;

/** A quote's current label and every label it was given, oldest first. */
public record LabelWithHistory(QuoteLabel label, List<LabelHistoryEntry> history) {
}
