package io.quotestance.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A quote as quotes-service stores it. {@code stanceLabel} is the copied current label, used for filtering only:
 * the label shown to users always comes from stance-service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredQuote(Long id, Long articleId, String text, String type, String cue, Integer start, Integer end,
        String stanceLabel, StoredSpeaker speaker) {
}
