package io.quotestance.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A statement found by {@code POST /extract}: like a stored quote, without ids. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtractedQuote(String text, String type, String cue, Integer start, Integer end, StoredSpeaker speaker) {
}
