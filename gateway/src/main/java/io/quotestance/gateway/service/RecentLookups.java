package io.quotestance.gateway.service;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The quote ids looked up lately, one bit each in a fixed table (a Bloom filter with one hash). The table is cleared
 * once it holds an eighth as many ids as it has bits, so it never grows and takes an id it has not seen for one it
 * has at most about one time in eight.
 */
final class RecentLookups {

    private static final long GOLDEN_RATIO = 0x9E3779B97F4A7C15L;

    private final AtomicLongArray words;
    private final int log2Bits;
    private final int clearAfter;
    private final AtomicInteger noted = new AtomicInteger();

    /** A table that holds {@code ids} ids between clearings, rounded up to a power of two. */
    RecentLookups(int ids) {
        log2Bits = Math.max(10, 64 - Long.numberOfLeadingZeros(8L * Math.max(ids, 1) - 1));
        words = new AtomicLongArray(1 << (log2Bits - 6));
        clearAfter = 1 << (log2Bits - 3);
    }

    /** Notes the id, and tells whether it was noted before since the table was last cleared. */
    boolean noteAgain(long id) {
        int bit = (int) ((id * GOLDEN_RATIO) >>> (64 - log2Bits));
        int word = bit >>> 6;
        long mask = 1L << (bit & 63);
        long before;
        do {
            before = words.get(word);
            if ((before & mask) != 0) {
                return true;
            }
        } while (!words.compareAndSet(word, before, before | mask));
        if (noted.incrementAndGet() >= clearAfter) {
            // Two threads may both clear: the second only drops a few ids just noted, which costs one more look-up.
            noted.set(0);
            for (int i = 0; i < words.length(); i++) {
                words.set(i, 0);
            }
        }
        return false;
    }
}
