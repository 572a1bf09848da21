package io.quotestance.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.quotestance.gateway.client.StanceResult;
import io.quotestance.gateway.client.StoredQuote;

class StanceCacheTest {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private final AtomicLong nanos = new AtomicLong();
    private final StanceCache cache = new StanceCache(100, TIME_TO_LIVE, nanos::get);

    @Test
    void keepsAStanceFromItsQuotesSecondLookUpOn() {
        cache.offer(Map.of(7L, stance("deny")));
        assertThat(cache.current(quote(7, "deny"))).isEmpty();

        cache.offer(Map.of(7L, stance("deny")));
        assertThat(cache.current(quote(7, "deny"))).contains(stance("deny"));
    }

    @Test
    void keepsNoStanceOfQuotesLookedUpOnlyOnce() {
        StanceCache roomy = new StanceCache(10_000, TIME_TO_LIVE, nanos::get);
        for (long id = 1; id <= 1_000; id++) {
            roomy.offer(Map.of(id, stance("deny")));
        }

        long kept = LongStream.rangeClosed(1, 1_000)
                .filter(id -> roomy.current(quote(id, "deny")).isPresent()).count();
        // The ids are noted in a table that can take a new id for one seen before: seldom while far from full.
        assertThat(kept).isLessThan(20);
    }

    @Test
    void servesACachedStanceWhileTheCopiedLabelAgrees() {
        lookedUpTwice(cache, Map.of(7L, stance("deny")));

        assertThat(cache.current(quote(7, "deny"))).contains(stance("deny"));
    }

    @Test
    void ignoresACachedStanceOnceTheCopiedLabelNamesAnother() {
        lookedUpTwice(cache, Map.of(7L, stance("deny")));

        // What an override through another gateway replica leaves behind: the copy names the editor's label.
        assertThat(cache.current(quote(7, "confirm"))).isEmpty();
    }

    @Test
    void ignoresACachedStanceWhenTheQuoteHasNoCopiedLabel() {
        lookedUpTwice(cache, Map.of(7L, stance("deny")));

        assertThat(cache.current(quote(7, null))).isEmpty();
    }

    @Test
    void dropsAStanceAfterItsTimeToLive() {
        lookedUpTwice(cache, Map.of(7L, stance("deny")));

        nanos.addAndGet(TIME_TO_LIVE.minusMillis(1).toNanos());
        assertThat(cache.current(quote(7, "deny"))).isPresent();
        nanos.addAndGet(Duration.ofMillis(2).toNanos());
        assertThat(cache.current(quote(7, "deny"))).isEmpty();
    }

    @Test
    void dropsAnInvalidatedStance() {
        lookedUpTwice(cache, Map.of(7L, stance("deny"), 8L, stance("deny")));

        cache.invalidate(7);

        assertThat(cache.current(quote(7, "deny"))).isEmpty();
        assertThat(cache.current(quote(8, "deny"))).isPresent();
    }

    @Test
    void keepsNoMoreThanItsMaximum() {
        StanceCache small = new StanceCache(10, TIME_TO_LIVE, nanos::get);
        for (long id = 1; id <= 50; id++) {
            lookedUpTwice(small, Map.of(id, stance("deny")));
        }

        long kept = LongStream.rangeClosed(1, 50)
                .filter(id -> small.current(quote(id, "deny")).isPresent()).count();
        assertThat(kept).isLessThanOrEqualTo(10);
    }

    @Test
    void aMaximumOfZeroCachesNothing() {
        StanceCache off = new StanceCache(0, TIME_TO_LIVE, nanos::get);

        lookedUpTwice(off, Map.of(7L, stance("deny")));

        assertThat(off.current(quote(7, "deny"))).isEmpty();
    }

    private static void lookedUpTwice(StanceCache cache, Map<Long, StanceResult> stances) {
        cache.offer(stances);
        cache.offer(stances);
    }

    private static StoredQuote quote(long id, String copiedLabel) {
        return new StoredQuote(id, 1L, "statement " + id, "direct", "said", 0, 10, copiedLabel, null);
    }

    private static StanceResult stance(String label) {
        return new StanceResult(label, 0.9, null, List.of(), "auto", "test-1");
    }
}
