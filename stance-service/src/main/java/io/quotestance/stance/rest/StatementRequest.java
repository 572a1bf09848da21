package io.quotestance.stance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One statement to classify. */
@Schema(name = "StatementRequest")
public record StatementRequest(
        @Schema(description = "The quoted words or the reported clause", required = true,
                maxLength = Limits.MAX_TEXT_CHARS, example = "These reports are fabricated lies")
        @NotBlank
        @Size(max = Limits.MAX_TEXT_CHARS, message = "must be at most 200,000 characters",
                payload = Limits.TooLarge.class)
        String text,
        @Schema(description = "The reporting word, as written", maxLength = Limits.MAX_CUE_CHARS, example = "said")
        @Size(max = Limits.MAX_CUE_CHARS)
        String cue,
        @Schema(description = "The claim the article reports", maxLength = Limits.MAX_CLAIM_CHARS,
                example = "North Korea has sent troops to Russia")
        @Size(max = Limits.MAX_CLAIM_CHARS)
        String claim) {
}
