package io.quotestance.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A span that decided a label; offsets are within the statement, null when the span is the cue. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelEvidence(String text, Integer start, Integer end, String rule) {
}
