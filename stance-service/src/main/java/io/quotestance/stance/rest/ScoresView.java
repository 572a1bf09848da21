package io.quotestance.stance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A score in [0, 1] for each label, summing to 1")
public record ScoresView(
        @Schema(example = "0.05") double confirm,
        @Schema(example = "0.85") double deny,
        @Schema(example = "0.07") double uncertain,
        @Schema(example = "0.03") double concern) {
}
