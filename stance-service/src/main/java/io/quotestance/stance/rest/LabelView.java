package io.quotestance.stance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quotestance.stance.classifier.StanceLabel;
import io.quotestance.stance.model.LabelHistoryEntry;
import io.quotestance.stance.model.LabelSource;
import io.quotestance.stance.model.QuoteLabel;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A quote's stored label: the effective stance, who gave it, and the automatic result behind it. */
@Schema(name = "Label")
public record LabelView(
        @Schema(example = "42") long quoteId,
        @Schema(type = SchemaType.STRING, enumeration = {"confirm", "deny", "uncertain", "concern"}, example = "deny")
        StanceLabel label,
        @Schema(example = "0.85") double confidence,
        ScoresView scores,
        List<EvidenceView> evidence,
        @Schema(type = SchemaType.STRING, enumeration = {"auto", "human"}, example = "auto")
        LabelSource source,
        @Schema(example = "rules-1") String modelVersion,
        @Schema(description = "Pass it back as expectedVersion when overriding", example = "0") long version,
        @Schema(example = "2026-01-15T10:32:07.123456Z") Instant updatedAt,
        @Schema(description = "Set when source is human") String editor,
        String note,
        @Schema(description = "The classifier's label, also when an editor overrode it; null if it never ran")
        StanceView automatic,
        @Schema(description = "Every label given, oldest first; only from GET /labels/{quoteId}")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<HistoryEntryView> history) {

    static LabelView of(QuoteLabel row) {
        return of(row, null);
    }

    static LabelView of(QuoteLabel row, List<LabelHistoryEntry> history) {
        StanceView effective = StanceView.of(row.effective, row.source);
        return new LabelView(row.quoteId, effective.label(), effective.confidence(), effective.scores(),
                effective.evidence(), row.source, effective.modelVersion(), row.version, row.updatedAt, row.editor,
                row.note, row.automatic == null ? null : StanceView.of(row.automatic, LabelSource.AUTO),
                history == null ? null : history.stream().map(HistoryEntryView::of).toList());
    }
}
