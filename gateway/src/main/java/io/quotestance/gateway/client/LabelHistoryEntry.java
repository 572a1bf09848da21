package io.quotestance.gateway.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One past or current label of a quote. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelHistoryEntry(String label, String source, Double confidence, String modelVersion, String editor,
        String note, Instant at) {
}
