package io.quotestance.quotes.extraction;

/** How a statement is reported: in quotation marks, as a reported clause, or a quoted fragment inside reported speech. */
public enum QuoteType {
    DIRECT,
    INDIRECT,
    MIXED
}
