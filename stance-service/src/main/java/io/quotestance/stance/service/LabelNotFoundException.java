package io.quotestance.stance.service;

/** The quote has no stance label yet. */
public class LabelNotFoundException extends RuntimeException {

    private final long quoteId;

    public LabelNotFoundException(long quoteId) {
        super("Quote " + quoteId + " has no stance label");
        this.quoteId = quoteId;
    }

    public long quoteId() {
        return quoteId;
    }
}
