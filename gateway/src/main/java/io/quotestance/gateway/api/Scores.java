package io.quotestance.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A score in [0, 1] for each of the four labels, summing to 1.")
public record Scores(
        @Schema(example = "0.71") double confirm,
        @Schema(example = "0.04") double deny,
        @Schema(example = "0.15") double uncertain,
        @Schema(example = "0.10") double concern) {
}
