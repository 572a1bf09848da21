package io.quotestance.quotes.model;

import io.quotestance.quotes.extraction.QuoteType;
import io.quotestance.quotes.extraction.SpeakerKind;

/** A quote as a search lists it: its stored fields with its speaker, read in one row without loading entities. */
public record ListedQuote(long id, long articleId, String text, QuoteType type, String cue, int startOffset,
        int endOffset, StanceLabel stanceLabel, String mention, ListedSpeaker speaker) {

    public record ListedSpeaker(long id, String name, SpeakerKind kind, String role, String affiliation) {
    }
}
