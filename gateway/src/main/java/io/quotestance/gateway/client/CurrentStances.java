package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code POST /labels/lookup}, read as {@link CurrentStance}s. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CurrentStances(List<CurrentStance> labels) {

    public CurrentStances {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
