package io.quotestance.gateway.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An editor's label for a quote. The automatic label stays in the history.")
public record StanceOverride(
        @Schema(enumeration = { "confirm", "deny", "uncertain", "concern" }, required = true, example = "deny")
        @NotNull @Pattern(regexp = StanceOverride.LABELS, message = "must be one of confirm, deny, uncertain, concern")
        String label,
        @Schema(description = "Why the editor chose this label.", example = "The spokesman rejects the report.")
        @Size(max = 2000) @ReadableText String note,
        @Schema(description = "Optional: the version the editor saw (from GET /api/quotes/{id}/stance); "
                + "409 when the label changed since.", example = "1") @Positive Long expectedVersion) {

    public static final String LABELS = "confirm|deny|uncertain|concern";
}
