package io.quotestance.stance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored quote to label. */
public record QuoteStatementRequest(
        @Schema(description = "The quote's id in quotes-service", required = true, example = "42")
        @NotNull
        @Positive
        Long quoteId,
        @Schema(required = true, maxLength = Limits.MAX_TEXT_CHARS, example = "These reports are fabricated lies")
        @NotBlank
        @Size(max = Limits.MAX_TEXT_CHARS, message = "must be at most 200,000 characters",
                payload = Limits.TooLarge.class)
        String text,
        @Schema(maxLength = Limits.MAX_CUE_CHARS, example = "denied")
        @Size(max = Limits.MAX_CUE_CHARS)
        String cue,
        @Schema(maxLength = Limits.MAX_CLAIM_CHARS, example = "North Korea has sent troops to Russia")
        @Size(max = Limits.MAX_CLAIM_CHARS)
        String claim) {
}
