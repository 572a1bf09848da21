package io.quotestance.gateway.client;

import java.util.List;

/** The body of stance-service's {@code POST /labels/lookup}. */
public record LabelLookup(List<Long> quoteIds) {
}
