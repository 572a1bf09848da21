package io.quotestance.gateway.service;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quotestance.gateway.client.StanceResult;
import io.quotestance.gateway.client.StoredQuote;
import io.quotestance.gateway.config.StanceCacheConfig;

/**
 * The stances this gateway has recently shown, so that a quote read again and again needs quotes-service only. A
 * stance is kept from its quote's second look-up within a while on: quotes read once, as most quotes of an article
 * opened at random are, would only push out the often read ones, and filled the heap with entries that lived long
 * enough to be collected only in full (60-80 ms pauses every few seconds under random reads, BENCHMARKS.md). A cached
 * stance is shown only while quotes-service's copy of the quote's label still names the same label: an override
 * through any gateway replica rewrites that copy before it answers, so every replica looks the quote up again at
 * once. A change that keeps the label shows when the entry expires.
 */
@ApplicationScoped
public class StanceCache {

    /** How many times the cache's size in distinct quotes a quote may wait between its first and second look-up. */
    private static final int LOOK_UP_AGAIN_WITHIN = 6;

    private final Cache<Long, StanceResult> byQuoteId;
    private final RecentLookups lookedUp;
    private final Counter served;
    private final Counter notServed;

    @Inject
    StanceCache(StanceCacheConfig config, MeterRegistry registry) {
        this(config.maxEntries(), config.timeToLive(), Ticker.systemTicker(), registry);
    }

    StanceCache(int maxEntries, Duration timeToLive, Ticker ticker) {
        this(maxEntries, timeToLive, ticker, new SimpleMeterRegistry());
    }

    private StanceCache(int maxEntries, Duration timeToLive, Ticker ticker, MeterRegistry registry) {
        byQuoteId = maxEntries == 0 ? null
                : Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(timeToLive).ticker(ticker)
                        // Evicting on the calling thread: the default pool would only add a hand-off per write.
                        .executor(Runnable::run).build();
        lookedUp = byQuoteId == null ? null : new RecentLookups(LOOK_UP_AGAIN_WITHIN * maxEntries);
        // Served or not, the copy check included: what an operator sizing the cache needs to know.
        served = reads("served", registry);
        notServed = reads("looked-up", registry);
        if (byQuoteId != null) {
            Gauge.builder("quotestance.stance.cache.size", byQuoteId, Cache::estimatedSize)
                    .description("Quotes whose stance the cache holds").register(registry);
        }
    }

    private static Counter reads(String result, MeterRegistry registry) {
        return Counter.builder("quotestance.stance.cache.reads").tag("result", result)
                .description("Quotes shown with a stance from the cache (served) or looked up at stance-service, the"
                        + " cache not holding it or its label no longer matching the copy (looked-up)")
                .register(registry);
    }

    /** The cached stance of this quote, when there is one and the copied label in quotes-service agrees with it. */
    Optional<StanceResult> current(StoredQuote quote) {
        if (byQuoteId == null || quote.id() == null || quote.stanceLabel() == null) {
            notServed.increment();
            return Optional.empty();
        }
        Optional<StanceResult> current = Optional.ofNullable(byQuoteId.getIfPresent(quote.id()))
                .filter(cached -> Objects.equals(cached.label(), quote.stanceLabel()));
        (current.isPresent() ? served : notServed).increment();
        return current;
    }

    /** Offers stances just looked up; each is kept if its quote was looked up a while ago too. */
    void offer(Map<Long, StanceResult> stancesByQuoteId) {
        if (byQuoteId == null) {
            return;
        }
        stancesByQuoteId.forEach((quoteId, stance) -> {
            if (lookedUp.noteAgain(quoteId)) {
                byQuoteId.put(quoteId, stance);
            }
        });
    }

    void invalidate(long quoteId) {
        if (byQuoteId != null) {
            byQuoteId.invalidate(quoteId);
        }
    }
}
