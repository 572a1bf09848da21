package io.quotestance.gateway.api;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many quotes carry each label.")
public record StanceSummary(
        @Schema(example = "2") long confirm,
        @Schema(example = "1") long deny,
        @Schema(example = "0") long uncertain,
        @Schema(example = "1") long concern) {

    /** Counts the labels shown; quotes without stance count nowhere. */
    public static StanceSummary of(Collection<Stance> stances) {
        return new StanceSummary(count(stances, "confirm"), count(stances, "deny"), count(stances, "uncertain"),
                count(stances, "concern"));
    }

    private static long count(Collection<Stance> stances, String label) {
        return stances.stream().filter(Objects::nonNull).filter(stance -> label.equals(stance.label())).count();
    }
}
