package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code POST /classify/batch}, in request order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassifyResults(List<StanceResult> results) {

    public ClassifyResults {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
