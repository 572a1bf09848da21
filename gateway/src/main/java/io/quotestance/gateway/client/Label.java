package io.quotestance.gateway.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A quote's stored label at stance-service: the current stance, who set it, the machine's own label and, from
 * {@code GET /labels/{quoteId}} only, the history.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Label(long quoteId, String label, Double confidence, LabelScores scores, List<LabelEvidence> evidence,
        String source, String modelVersion, Long version, Instant updatedAt, String editor, String note,
        StanceResult automatic, List<LabelHistoryEntry> history) {

    public Label {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public StanceResult stance() {
        return new StanceResult(label, confidence, scores, evidence, source, modelVersion);
    }
}
