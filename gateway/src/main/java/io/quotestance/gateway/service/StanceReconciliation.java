package io.quotestance.gateway.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quotestance.gateway.client.Label;
import io.quotestance.gateway.client.LabelItem;
import io.quotestance.gateway.client.QuotesServiceClient;
import io.quotestance.gateway.client.StanceLabelCopies;
import io.quotestance.gateway.client.StanceLabelCopy;
import io.quotestance.gateway.client.StanceServiceClient;
import io.quotestance.gateway.client.StoredQuote;
import io.quotestance.gateway.config.ReconciliationConfig;

/**
 * Labels the quotes that were stored while stance-service was down or slow. quotes-service knows them by their null
 * copied label; each run takes them oldest first, has stance-service label them and copies the labels back. Running
 * it again changes nothing: stance-service keeps a label it already computed (and never touches an editor's), and
 * a labelled quote is no longer listed. When stance-service is down the run stops at the first failure and the next
 * run tries again.
 */
@ApplicationScoped
public class StanceReconciliation {

    private static final Logger LOG = Logger.getLogger(StanceReconciliation.class);

    private final QuotesServiceClient quotes;
    private final StanceServiceClient stance;
    private final ReconciliationConfig config;

    StanceReconciliation(QuotesServiceClient quotes, StanceServiceClient stance, ReconciliationConfig config) {
        this.quotes = quotes;
        this.stance = stance;
        this.config = config;
    }

    // SKIP: a run still busy (a long backlog, slow services) is never joined by a second one labelling the same quotes.
    @Scheduled(identity = "stance-reconciliation", every = "${quotestance.reconciliation.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        reconcile();
    }

    /** Labels and copies back what is unlabelled now; answers how many quotes got their label copied. */
    public synchronized int reconcile() {
        int copied = 0;
        for (int batch = 0; batch < config.maxBatchesPerRun(); batch++) {
            List<StoredQuote> unlabelled;
            List<Label> labels;
            try {
                unlabelled = quotes.unlabelled(config.batchSize());
                if (unlabelled.isEmpty()) {
                    break;
                }
                labels = stance.label(unlabelled.stream()
                        .map(quote -> new LabelItem(quote.id(), quote.text(), quote.cue(), null))
                        .toList());
                quotes.copyStanceLabels(new StanceLabelCopies(labels.stream()
                        .map(label -> new StanceLabelCopy(label.quoteId(), label.label()))
                        .toList()));
            } catch (RuntimeException failure) {
                LOG.infof("Stance reconciliation stopped after %d copied labels, next run tries again: %s", copied,
                        failure.toString());
                break;
            }
            copied += labels.size();
            if (unlabelled.size() < config.batchSize()) {
                break;
            }
        }
        if (copied > 0) {
            LOG.infof("Stance reconciliation labelled %d quotes stored while stance-service was unavailable", copied);
        }
        return copied;
    }
}
