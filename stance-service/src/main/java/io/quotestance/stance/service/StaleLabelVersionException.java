package io.quotestance.stance.service;

/** An editor worked from a label version that is no longer the current one. */
public class StaleLabelVersionException extends RuntimeException {

    public StaleLabelVersionException(long quoteId, long expectedVersion, Long currentVersion) {
        super(currentVersion == null
                ? "Quote " + quoteId + " has no label yet, so version " + expectedVersion + " cannot be current"
                : "Quote " + quoteId + " is at label version " + currentVersion + ", not " + expectedVersion);
    }
}
