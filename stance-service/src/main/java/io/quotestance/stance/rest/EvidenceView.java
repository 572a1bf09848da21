package io.quotestance.stance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Words that decided the label; offsets are within the statement, null when the words are the cue")
public record EvidenceView(
        @Schema(example = "fabricated") String text,
        @Schema(example = "23") Integer start,
        @Schema(example = "33") Integer end,
        @Schema(example = "deny-lexicon") String rule) {
}
