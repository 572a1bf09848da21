package io.quotestance.quotes.rest;

import io.quotestance.quotes.model.StanceLabel;
import io.quotestance.quotes.service.QuoteService.LabelAssignment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "StanceLabelsRequest", description = "Current labels to copy; a later entry for the same quote wins.")
public record StanceLabelsRequest(
        @Schema(required = true, maxItems = 1000) @NotNull @Size(max = 1000) List<@NotNull @Valid Item> labels) {

    @Schema(name = "StanceLabelItem")
    public record Item(
            @Schema(required = true, example = "12") @NotNull @Positive Long quoteId,
            @Schema(required = true, enumeration = { "confirm", "deny", "uncertain", "concern" }, example = "concern")
            @NotNull StanceLabel label) {
    }

    List<LabelAssignment> assignments() {
        return labels.stream().map(item -> new LabelAssignment(item.quoteId(), item.label())).toList();
    }
}
