package io.quotestance.quotes.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtractRequest", description = "A text to extract quotes from; nothing is stored.")
public record ExtractRequest(
        @Schema(required = true, maxLength = 200_000, example = "“We will win,” coach Maria Lopez said.")
        @NotBlank String text) {
}
