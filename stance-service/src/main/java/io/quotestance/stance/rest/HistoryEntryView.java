package io.quotestance.stance.rest;

import io.quotestance.stance.classifier.StanceLabel;
import io.quotestance.stance.model.LabelHistoryEntry;
import io.quotestance.stance.model.LabelSource;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "LabelHistoryEntry")
public record HistoryEntryView(
        @Schema(type = SchemaType.STRING, enumeration = {"confirm", "deny", "uncertain", "concern"}, example = "deny")
        StanceLabel label,
        @Schema(type = SchemaType.STRING, enumeration = {"auto", "human"}, example = "auto")
        LabelSource source,
        @Schema(example = "0.85") double confidence,
        @Schema(example = "rules-1") String modelVersion,
        String editor,
        String note,
        @Schema(example = "2026-01-15T10:32:07.123456Z") Instant at) {

    static HistoryEntryView of(LabelHistoryEntry entry) {
        return new HistoryEntryView(entry.label, entry.source, entry.confidence, entry.modelVersion, entry.editor,
                entry.note, entry.createdAt);
    }
}
