package io.quotestance.stance.service;

import io.quarkus.scheduler.Scheduled;
import io.quotestance.stance.classifier.StanceClassifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Brings automatic labels up to the running classifier's version after an upgrade, in batches, soon after start and
 * then periodically. Editors' labels stay in effect.
 */
@ApplicationScoped
public class StaleLabelRelabelling {

    private static final Logger LOG = Logger.getLogger(StaleLabelRelabelling.class);

    private final LabelService labels;
    private final int batchSize;

    StaleLabelRelabelling(LabelService labels, @ConfigProperty(name = "stance.relabel.batch-size") int batchSize) {
        this.labels = labels;
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "relabel-stale-labels", every = "${stance.relabel.every}",
            delayed = "${stance.relabel.delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relabelStaleLabels() {
        int relabelled = 0;
        int batch;
        do {
            batch = labels.relabelStale(batchSize);
            relabelled += batch;
        } while (batch == batchSize);
        if (relabelled > 0) {
            LOG.infof("Relabelled %d automatic labels with classifier %s", relabelled, StanceClassifier.MODEL_VERSION);
        }
    }
}
