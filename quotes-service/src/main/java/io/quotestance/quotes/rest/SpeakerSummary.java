package io.quotestance.quotes.rest;

import io.quotestance.quotes.extraction.SpeakerKind;
import io.quotestance.quotes.model.Speaker;
import io.quotestance.quotes.service.SpeakerService.SpeakerListing;
import io.quotestance.quotes.service.StanceCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SpeakerSummary", description = "A speaker, how often it is quoted and the copied labels of its quotes.")
public record SpeakerSummary(
        @Schema(example = "7") long id,
        @Schema(nullable = true, description = "Null for an unnamed source", example = "Christophe Lemoine") String name,
        @Schema(enumeration = { "person", "organization", "unnamed" }, example = "person") SpeakerKind kind,
        @Schema(nullable = true, example = "foreign ministry spokesman") String role,
        @Schema(nullable = true, example = "France") String affiliation,
        @Schema(description = "Other names articles use; an unnamed source's mention", example = "[\"Lemoine\"]")
        List<String> aliases,
        @Schema(example = "4") long quoteCount,
        @Schema(description = "Counts of the copied stance labels of the speaker's quotes") StanceCounts stanceSummary) {

    static SpeakerSummary of(SpeakerListing listing) {
        Speaker speaker = listing.speaker();
        return new SpeakerSummary(speaker.id, speaker.name, speaker.kind, speaker.role, speaker.affiliation,
                List.of(speaker.aliases), listing.quoteCount(), listing.stanceSummary());
    }
}
