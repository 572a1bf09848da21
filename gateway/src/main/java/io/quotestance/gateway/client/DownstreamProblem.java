package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of a downstream problem detail the gateway keeps: the names of the fields at fault. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DownstreamProblem(List<Violation> violations) {

    public DownstreamProblem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(String field, String message) {
    }
}
