package io.quotestance.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many API requests the gateway works on at once, and how the others wait, under {@code quotestance.admission}. */
@ConfigMapping(prefix = "quotestance.admission")
public interface AdmissionConfig {

    /** API requests worked on at once; the others wait their turn in arrival order. 0 admits every request at once. */
    @WithDefault("8")
    int maxInFlight();

    /** API requests waiting at most; more answer 503 with Retry-After at once. */
    @WithDefault("512")
    int maxWaiting();

    /** How long a request may wait for its turn before it answers 503 with Retry-After. */
    @WithDefault("5s")
    Duration maxWait();
}
