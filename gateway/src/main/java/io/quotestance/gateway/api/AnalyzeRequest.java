package io.quotestance.gateway.api;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A text to analyze without storing it.")
public record AnalyzeRequest(
        @Schema(description = "At most 200,000 characters (413 above).", required = true,
                example = "\"It is definitely happening,\" a spokesman for Ukraine's president said.")
        @NotBlank @ReadableText String text) {
}
