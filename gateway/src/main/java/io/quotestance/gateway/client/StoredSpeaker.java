package io.quotestance.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A quote's speaker as quotes-service stores it; {@code name} is null for unnamed sources. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredSpeaker(Long id, String name, String mention, String kind, String role, String affiliation) {
}
