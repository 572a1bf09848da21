package io.quotestance.stance.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public record LookupRequest(
        @Schema(required = true, maxItems = Limits.MAX_BATCH, example = "[42, 43, 44]")
        @NotNull
        @Size(max = Limits.MAX_BATCH, message = "must hold at most 1,000 ids")
        List<@NotNull @Positive Long> quoteIds) {
}
