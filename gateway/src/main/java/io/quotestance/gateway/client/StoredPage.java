package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page as quotes-service answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredPage<T>(List<T> items, int page, int size, long total) {

    public StoredPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
