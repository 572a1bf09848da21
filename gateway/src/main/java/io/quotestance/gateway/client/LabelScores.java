package io.quotestance.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A score in [0, 1] for each of the four labels. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelScores(double confirm, double deny, double uncertain, double concern) {
}
