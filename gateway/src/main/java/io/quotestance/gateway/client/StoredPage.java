package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page as quotes-service answers it; {@code total} is a lower bound when {@code totalExact} is false. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredPage<T>(List<T> items, int page, int size, long total, Boolean totalExact) {

    public StoredPage {
        items = items == null ? List.of() : List.copyOf(items);
        totalExact = totalExact == null || totalExact;
    }
}
