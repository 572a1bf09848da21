package io.quotestance.quotes.extraction;

/** Who a statement is attributed to, following the stance guide's three kinds. */
public enum SpeakerKind {
    PERSON,
    ORGANIZATION,
    UNNAMED
}
