package io.quotestance.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WriteRateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final WriteRateLimits limits = new WriteRateLimits(3, 6, now::get); // 3 at once, then one per 10 s

    @Test
    void aBurstIsAllowedThenTheNextWriteWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            limits.acquire("alice");
        }
        assertThatThrownBy(() -> limits.acquire("alice")).isInstanceOfSatisfying(WriteRateExceededException.class,
                exceeded -> assertThat(exceeded.retryAfterSeconds()).isEqualTo(10));

        now.addAndGet(4_000_000_000L);
        assertThatThrownBy(() -> limits.acquire("alice")).isInstanceOfSatisfying(WriteRateExceededException.class,
                exceeded -> assertThat(exceeded.retryAfterSeconds()).isEqualTo(6));

        now.addAndGet(6_000_000_000L);
        assertThatCode(() -> limits.acquire("alice")).doesNotThrowAnyException();
    }

    @Test
    void eachClientHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limits.acquire("alice");
        }
        assertThatCode(() -> limits.acquire("bob")).doesNotThrowAnyException();
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 3; i++) {
            limits.acquire("alice");
        }
        assertThatThrownBy(() -> limits.acquire("alice")).isInstanceOf(WriteRateExceededException.class);
    }
}
