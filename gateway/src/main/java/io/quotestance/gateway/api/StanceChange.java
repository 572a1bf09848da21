package io.quotestance.gateway.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A label a quote had, automatic or an editor's.")
public record StanceChange(
        @Schema(enumeration = { "confirm", "deny", "uncertain", "concern" }, example = "deny") String label,
        @Schema(enumeration = { "auto", "human" }, example = "human") String source,
        @Schema(example = "1.0") Double confidence,
        @Schema(example = "rules-1.0") String modelVersion,
        @Schema(example = "alice") String editor,
        @Schema(example = "The spokesman rejects the report.") String note,
        @Schema(example = "2024-10-18T11:00:00Z") Instant at) {
}
