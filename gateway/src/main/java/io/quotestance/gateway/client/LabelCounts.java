package io.quotestance.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Counts per label as quotes-service computes them from the copied labels. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelCounts(long confirm, long deny, long uncertain, long concern) {
}
