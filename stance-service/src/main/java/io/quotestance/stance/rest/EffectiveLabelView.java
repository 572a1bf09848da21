package io.quotestance.stance.rest;

import io.quotestance.stance.classifier.StanceLabel;
import io.quotestance.stance.model.EffectiveLabel;
import io.quotestance.stance.model.LabelSource;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The label in effect for a quote, as a look-up answers it: no automatic part, version or history. */
@Schema(name = "EffectiveLabel")
public record EffectiveLabelView(
        @Schema(example = "42") long quoteId,
        @Schema(type = SchemaType.STRING, enumeration = {"confirm", "deny", "uncertain", "concern"}, example = "deny")
        StanceLabel label,
        @Schema(example = "0.85") double confidence,
        ScoresView scores,
        List<EvidenceView> evidence,
        @Schema(type = SchemaType.STRING, enumeration = {"auto", "human"}, example = "auto")
        LabelSource source,
        @Schema(description = "The classifier's version; null for an editor's label", example = "rules-1")
        String modelVersion) {

    static EffectiveLabelView of(EffectiveLabel found) {
        StanceView stance = StanceView.of(found.stance(), found.source());
        return new EffectiveLabelView(found.quoteId(), stance.label(), stance.confidence(), stance.scores(),
                stance.evidence(), found.source(), stance.modelVersion());
    }
}
