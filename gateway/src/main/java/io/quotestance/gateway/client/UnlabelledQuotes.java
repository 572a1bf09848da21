package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** quotes-service's quotes whose copied stance label is still null, oldest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnlabelledQuotes(List<StoredQuote> items) {

    public UnlabelledQuotes {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
