package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The statements quotes-service found in a text, nothing stored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Extraction(List<ExtractedQuote> quotes) {

    public Extraction {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
