package io.quotestance.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quotestance.gateway.config.GatewayConfig;

/**
 * One token bucket per client: a client may write {@code write-burst} times at once, then
 * {@code writes-per-minute} on average. Clients are the authenticated token identities, so the number of buckets is
 * bounded by the configured tokens (writes are refused before this without a valid token).
 */
@ApplicationScoped
public class WriteRateLimits {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;

    @Inject
    WriteRateLimits(GatewayConfig config) {
        this(config.writeBurst(), config.writesPerMinute(), System::nanoTime);
    }

    WriteRateLimits(int burst, int perMinute, LongSupplier clock) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("write-burst and writes-per-minute must be at least 1");
        }
        this.capacity = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.clock = clock;
    }

    /** Takes one write from the client's bucket, or throws with how long the client must wait for the next one. */
    public void acquire(String client) {
        long waitNanos = buckets.computeIfAbsent(client, key -> new Bucket(capacity, clock.getAsLong()))
                .take(clock.getAsLong());
        if (waitNanos > 0) {
            throw new WriteRateExceededException(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        /** 0 when a token was taken, else the nanoseconds until one is available. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }
    }
}
