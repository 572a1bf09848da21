package io.quotestance.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's cache of the stances it has shown, under {@code quotestance.stance-cache}. */
@ConfigMapping(prefix = "quotestance.stance-cache")
public interface StanceCacheConfig {

    /** Quotes whose stance is kept, the least recently used dropped first; 0 turns the cache off. */
    @WithDefault("20000")
    int maxEntries();

    /**
     * How long a cached stance may be shown. Bounds how late a change that keeps the label shows: an editor setting
     * the label the machine gave, or stance-service relabelling with a new classifier version.
     */
    @WithDefault("30s")
    Duration timeToLive();
}
