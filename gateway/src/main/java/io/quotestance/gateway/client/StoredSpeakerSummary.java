package io.quotestance.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A speaker with its quote count and the counts of its quotes' copied labels. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredSpeakerSummary(Long id, String name, String kind, String role, String affiliation,
        List<String> aliases, Long quoteCount, LabelCounts stanceSummary) {
}
