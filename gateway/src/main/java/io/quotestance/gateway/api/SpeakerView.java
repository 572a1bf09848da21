package io.quotestance.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A speaker with the number of its quotes and how their stances add up.")
public record SpeakerView(
        @Schema(example = "3") Long id,
        @Schema(example = "Christophe Lemoine") String name,
        @Schema(enumeration = { "person", "organization", "unnamed" }, example = "person") String kind,
        @Schema(example = "foreign ministry spokesman") String role,
        @Schema(example = "France") String affiliation,
        @Schema(example = "4") long quoteCount,
        StanceSummary stanceSummary) {
}
