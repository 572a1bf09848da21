package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A quote's stance as a look-up reads it: only the effective label, which is all a page shows. The rest of a stored
 * label (its automatic part, version, editor, time) is skipped unread: on a page of 20 it was half the parsing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CurrentStance(long quoteId, String label, Double confidence, LabelScores scores,
        List<LabelEvidence> evidence, String source, String modelVersion) {

    public StanceResult stance() {
        return new StanceResult(label, confidence, scores, evidence, source, modelVersion);
    }
}
