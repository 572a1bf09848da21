package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code POST /labels} and {@code POST /labels/lookup}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Labels(List<Label> labels) {

    public Labels {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
