package io.quotestance.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One statement to classify without storing it.")
public record StanceRequest(
        @Schema(description = "The statement, at most 200,000 characters (413 above).", required = true,
                example = "We do have this confirmation.") @NotBlank @ReadableText String text,
        @Schema(description = "The claim to judge the statement against; without it, the statement's own stance.",
                example = "North Korea has sent troops to Russia") @Size(max = 10000) @ReadableText String claim) {
}
