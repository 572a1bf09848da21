package io.quotestance.gateway.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The labels stance-service holds for some quotes, or none at all when it could not answer in time: then
 * {@code available} is false and every quote is shown without stance.
 */
public record LabelsFound(Map<Long, StanceResult> byQuoteId, boolean available) {

    public static LabelsFound of(List<Label> labels) {
        return new LabelsFound(labels.stream().collect(Collectors.toUnmodifiableMap(Label::quoteId, Label::stance,
                (first, second) -> second)), true);
    }

    public static LabelsFound ofCurrent(List<CurrentStance> stances) {
        return new LabelsFound(stances.stream().collect(Collectors.toUnmodifiableMap(CurrentStance::quoteId,
                CurrentStance::stance, (first, second) -> second)), true);
    }

    public static LabelsFound unavailable() {
        return new LabelsFound(Map.of(), false);
    }

    public Optional<StanceResult> forQuote(Long quoteId) {
        return Optional.ofNullable(quoteId).map(byQuoteId::get);
    }
}
