package io.quotestance.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of quotes; page starts at 0.")
public record QuotePage(
        List<QuoteView> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Quotes matching the filters; when totalExact is false, counting stopped 100 matches"
                + " past the page and this is a lower bound.", example = "57") long total,
        @Schema(description = "false when total is a lower bound.", example = "true") boolean totalExact,
        @Schema(description = "true when stance-service could not answer in time: the stances are then null.",
                example = "false") boolean degraded) {
}
