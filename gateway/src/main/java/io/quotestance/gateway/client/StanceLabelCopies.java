package io.quotestance.gateway.client;

import java.util.List;

/** The body of quotes-service's {@code PUT /quotes/stance-labels}. */
public record StanceLabelCopies(List<StanceLabelCopy> labels) {
}
