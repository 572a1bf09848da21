package io.quotestance.stance.service;

import io.quotestance.stance.classifier.StanceInput;

/** A quote stored in quotes-service, with what the classifier needs to label it. */
public record QuoteStatement(long quoteId, StanceInput input) {
}
