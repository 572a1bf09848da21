package io.quotestance.gateway.ratelimit;

/** A client wrote faster than its write rate; answered 429 with Retry-After. */
public class WriteRateExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    public WriteRateExceededException(long retryAfterSeconds) {
        super("write rate exceeded", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
