package io.quotestance.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A span that decided the label. Offsets are within the quote's text (end exclusive); "
        + "both are null when the span is the reporting cue outside the quote.")
public record Evidence(
        @Schema(example = "we do have this confirmation") String text,
        @Schema(example = "0") Integer start,
        @Schema(example = "28") Integer end,
        @Schema(example = "affirmation") String rule) {
}
