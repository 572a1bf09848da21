package io.quotestance.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class RecentLookupsTest {

    @Test
    void tellsAnIdNotedBefore() {
        RecentLookups lookups = new RecentLookups(1_000);

        assertThat(lookups.noteAgain(42)).isFalse();
        assertThat(lookups.noteAgain(42)).isTrue();
        assertThat(lookups.noteAgain(43)).isFalse();
    }

    @Test
    void takesFewNewIdsForNotedOnesUpToItsSize() {
        RecentLookups lookups = new RecentLookups(10_000);

        long mistaken = LongStream.rangeClosed(1, 10_000).filter(lookups::noteAgain).count();

        assertThat(mistaken).isLessThan(10_000 / 8);
    }

    @Test
    void forgetsEveryIdOnceItHasNotedMoreThanItsSize() {
        RecentLookups lookups = new RecentLookups(1_024);
        lookups.noteAgain(42);

        LongStream.rangeClosed(1_000_000, 1_001_024).forEach(lookups::noteAgain);

        assertThat(lookups.noteAgain(42)).isFalse();
    }
}
