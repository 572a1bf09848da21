package io.quotestance.stance.rest;

import jakarta.validation.Payload;

/** Input limits of the internal API. */
final class Limits {

    static final int MAX_TEXT_CHARS = 200_000;
    static final int MAX_BATCH = 1_000;
    static final int MAX_NOTE_CHARS = 2_000;
    static final int MAX_EDITOR_CHARS = 200;
    static final int MAX_CUE_CHARS = 200;
    static final int MAX_CLAIM_CHARS = 2_000;

    /** Marks a constraint whose violation means the body is too large (413) rather than wrong (400). */
    interface TooLarge extends Payload {
    }

    private Limits() {
    }
}
