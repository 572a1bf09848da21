package io.quotestance.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who said it. An unnamed source has name null; mention keeps the article's words.")
public record QuoteSpeaker(
        @Schema(description = "null in /api/analyze answers", example = "3") Long id,
        @Schema(example = "Christophe Lemoine") String name,
        @Schema(example = "foreign ministry spokesman Christophe Lemoine") String mention,
        @Schema(enumeration = { "person", "organization", "unnamed" }, example = "person") String kind,
        @Schema(example = "foreign ministry spokesman") String role,
        @Schema(example = "France") String affiliation) {
}
