package io.quotestance.quotes.extraction;

/**
 * Text between quotation marks.
 *
 * @param open         offset of the opening mark
 * @param contentStart offset just after the opening mark
 * @param contentEnd   exclusive end of the quoted words (the closing mark, or the paragraph end when unclosed)
 * @param closed       whether a closing mark ends the span; an unclosed span runs to the end of its paragraph
 */
record QuotationSpan(int open, int contentStart, int contentEnd, boolean closed) {

    /** Exclusive end of the span including its closing mark. */
    int end() {
        return closed ? contentEnd + 1 : contentEnd;
    }

    boolean contains(int offset) {
        return offset >= open && offset < end();
    }
}
