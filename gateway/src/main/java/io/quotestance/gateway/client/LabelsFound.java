package io.quotestance.gateway.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The labels stance-service holds for some quotes, or none at all when it could not answer in time: then
 * {@code available} is false and every quote is shown without stance.
 */
public record LabelsFound(Map<Long, Label> byQuoteId, boolean available) {

    public static LabelsFound of(List<Label> labels) {
        return new LabelsFound(labels.stream().collect(Collectors.toUnmodifiableMap(Label::quoteId,
                Function.identity(), (first, second) -> second)), true);
    }

    public static LabelsFound unavailable() {
        return new LabelsFound(Map.of(), false);
    }

    public Optional<Label> forQuote(Long quoteId) {
        return Optional.ofNullable(quoteId).map(byQuoteId::get);
    }
}
