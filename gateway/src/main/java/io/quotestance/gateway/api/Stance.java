package io.quotestance.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A statement's stance toward the story's claim.")
public record Stance(
        @Schema(enumeration = { "confirm", "deny", "uncertain", "concern" }, example = "confirm") String label,
        @Schema(description = "The winning label's score.", example = "0.71") Double confidence,
        Scores scores,
        List<Evidence> evidence,
        @Schema(enumeration = { "auto", "human" }, example = "auto") String source,
        @Schema(example = "rules-1.0") String modelVersion) {
}
