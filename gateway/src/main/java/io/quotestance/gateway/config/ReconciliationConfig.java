package io.quotestance.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The stance reconciliation job, under {@code quotestance.reconciliation}. */
@ConfigMapping(prefix = "quotestance.reconciliation")
public interface ReconciliationConfig {

    /**
     * How often the job runs, as a duration ({@code 30s}); {@code off} disables it. Read by the {@code @Scheduled}
     * annotation, declared here so that it is documented and validated with the rest.
     */
    @WithDefault("30s")
    String every();

    /** Quotes labelled per stance-service call (1..1000, a stance-service batch). */
    @WithDefault("200")
    int batchSize();

    /** Batches in one run at most, so that a run ends even when a copy keeps failing to land. */
    @WithDefault("50")
    int maxBatchesPerRun();
}
