package io.quotestance.stance.model;

import io.quotestance.stance.classifier.Evidence;
import io.quotestance.stance.classifier.StanceLabel;
import io.quotestance.stance.classifier.StanceResult;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A label as it was given, with its scores and evidence. Stored twice per quote: as the effective label and as the
 * last automatic result.
 *
 * @param scores       score per label, keyed by the label in lower case
 * @param modelVersion the classifier's version, {@code null} for an editor's label
 */
@Embeddable
public record StanceSnapshot(
        @Column(name = "label") StanceLabel label,
        @Column(name = "confidence") Double confidence,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "scores") Map<String, Double> scores,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "evidence") List<Evidence> evidence,
        @Column(name = "model_version") String modelVersion) {

    public static StanceSnapshot of(StanceResult result) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (StanceLabel label : StanceLabel.values()) {
            scores.put(key(label), result.scores().getOrDefault(label, 0.0));
        }
        return new StanceSnapshot(result.label(), result.confidence(), scores, result.evidence(), result.modelVersion());
    }

    /** An editor's label: certain, with all the weight on it and no machine evidence. */
    public static StanceSnapshot byEditor(StanceLabel chosen) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (StanceLabel label : StanceLabel.values()) {
            scores.put(key(label), label == chosen ? 1.0 : 0.0);
        }
        return new StanceSnapshot(chosen, 1.0, scores, List.of(), null);
    }

    public double score(StanceLabel label) {
        return scores.getOrDefault(key(label), 0.0);
    }

    private static String key(StanceLabel label) {
        return label.name().toLowerCase(Locale.ROOT);
    }
}
