package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A stance as stance-service computes it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StanceResult(String label, Double confidence, LabelScores scores, List<LabelEvidence> evidence,
        String source, String modelVersion) {
}
