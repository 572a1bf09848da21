package io.quotestance.stance.rest;

import io.quotestance.stance.classifier.Evidence;
import io.quotestance.stance.classifier.StanceLabel;
import io.quotestance.stance.classifier.StanceResult;
import io.quotestance.stance.model.LabelSource;
import io.quotestance.stance.model.StanceSnapshot;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Stance")
public record StanceView(
        @Schema(type = SchemaType.STRING, enumeration = {"confirm", "deny", "uncertain", "concern"}, example = "deny")
        StanceLabel label,
        @Schema(example = "0.85") double confidence,
        ScoresView scores,
        List<EvidenceView> evidence,
        @Schema(type = SchemaType.STRING, enumeration = {"auto", "human"}, example = "auto")
        LabelSource source,
        @Schema(description = "The classifier's version; null for an editor's label", example = "rules-1")
        String modelVersion) {

    static StanceView of(StanceResult result) {
        return of(StanceSnapshot.of(result), LabelSource.AUTO);
    }

    static StanceView of(StanceSnapshot snapshot, LabelSource source) {
        ScoresView scores = new ScoresView(snapshot.score(StanceLabel.CONFIRM), snapshot.score(StanceLabel.DENY),
                snapshot.score(StanceLabel.UNCERTAIN), snapshot.score(StanceLabel.CONCERN));
        List<EvidenceView> evidence = snapshot.evidence().stream().map(StanceView::evidence).toList();
        return new StanceView(snapshot.label(), snapshot.confidence(), scores, evidence, source, snapshot.modelVersion());
    }

    private static EvidenceView evidence(Evidence evidence) {
        return new EvidenceView(evidence.text(), evidence.start(), evidence.end(), evidence.rule());
    }
}
