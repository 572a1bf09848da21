package io.quotestance.stance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public record ClassifyBatchRequest(
        @Schema(required = true, maxItems = Limits.MAX_BATCH)
        @NotNull
        @Size(max = Limits.MAX_BATCH, message = "must hold at most 1,000 items")
        List<@NotNull @Valid StatementRequest> items) {
}
