package io.quotestance.gateway.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A quote's current stance, the machine's own label and every label it had, for editors.")
public record StanceHistory(
        @Schema(example = "42") long quoteId,
        @Schema(description = "The current label, the one shown on the quote.") Stance stance,
        @Schema(description = "The machine's label, also when an editor overrode it; null if there is none.")
        Stance automatic,
        @Schema(description = "Grows with every change; send it back as expectedVersion to detect concurrent edits.",
                example = "2") Long version,
        @Schema(example = "2024-10-18T11:00:00Z") Instant updatedAt,
        @Schema(description = "The editor of the current label, null for an automatic one.", example = "alice")
        String editor,
        @Schema(example = "The spokesman rejects the report.") String note,
        List<StanceChange> history) {
}
