package io.quotestance.stance.classifier;

import java.util.List;
import java.util.Map;

/**
 * A label with its scores and the evidence behind it.
 *
 * @param label        the winning label
 * @param confidence   the winning label's score
 * @param scores       a score in [0, 1] for each of the four labels, summing to 1
 * @param evidence     the spans that decided, in the order they appear
 * @param modelVersion the version of the rules and lexicons that produced this result
 */
public record StanceResult(StanceLabel label, double confidence, Map<StanceLabel, Double> scores,
        List<Evidence> evidence, String modelVersion) {

    public StanceResult {
        scores = Map.copyOf(scores);
        evidence = List.copyOf(evidence);
    }
}
