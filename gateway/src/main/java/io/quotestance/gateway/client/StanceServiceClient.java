package io.quotestance.gateway.client;

import static java.time.temporal.ChronoUnit.MILLIS;
import static java.time.temporal.ChronoUnit.SECONDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * stance-service with its fault tolerance. Reads of stored labels and classifications for display fall back to
 * "no stance" so that quotes are still served; calls whose whole answer is a stance or a write (classify one
 * statement, the history, an override) have no fallback and end as 503 + Retry-After.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = SECONDS,
        skipOn = DownstreamRejectedException.class)
public class StanceServiceClient {

    /** stance-service takes at most this many items or ids in one call. */
    static final int MAX_BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(StanceServiceClient.class);

    @Inject
    @RestClient
    StanceServiceApi reads;

    @Inject
    @RestClient
    StanceComputeApi compute;

    /** The current labels of these quotes in one look-up (per 1,000 ids), or {@link LabelsFound#unavailable()}. */
    @Timeout(value = 1000, unit = MILLIS)
    @Fallback(fallbackMethod = "noLabelsFound")
    public Uni<LabelsFound> lookup(List<Long> quoteIds) {
        return Multi.createFrom().iterable(chunks(quoteIds))
                .onItem().transformToUniAndConcatenate(chunk -> reads.lookup(new LabelLookup(chunk)))
                .onItem().transformToIterable(CurrentStances::labels)
                .collect().asList()
                .map(LabelsFound::ofCurrent);
    }

    Uni<LabelsFound> noLabelsFound(List<Long> quoteIds, Throwable failure) {
        LOG.warnf("stance-service did not answer a look-up of %d labels, serving quotes without stance: %s",
                quoteIds.size(), describe(failure));
        return Uni.createFrom().item(LabelsFound.unavailable());
    }

    /** Stances for statements not stored, in order, or empty when stance-service could not answer in time. */
    @Timeout(value = 1500, unit = MILLIS)
    @Fallback(fallbackMethod = "noClassifications")
    public Optional<List<StanceResult>> classifyAll(List<ClassifyRequest> statements) {
        List<StanceResult> results = new ArrayList<>();
        for (List<ClassifyRequest> chunk : chunks(statements)) {
            results.addAll(reads.classifyAll(new ClassifyBatch(chunk)).results());
        }
        return Optional.of(results);
    }

    Optional<List<StanceResult>> noClassifications(List<ClassifyRequest> statements, Throwable failure) {
        LOG.warnf("stance-service did not classify %d statements, answering without stance: %s",
                statements.size(), describe(failure));
        return Optional.empty();
    }

    @Timeout(value = 1500, unit = MILLIS)
    public StanceResult classify(ClassifyRequest statement) {
        return reads.classify(statement);
    }

    /** Computes and stores automatic labels; failures propagate so that the caller decides how to degrade. */
    @Timeout(value = 11, unit = SECONDS)
    public List<Label> label(List<LabelItem> items) {
        List<Label> labels = new ArrayList<>();
        for (List<LabelItem> chunk : chunks(items)) {
            labels.addAll(compute.label(new LabelRequest(chunk)).labels());
        }
        return labels;
    }

    @Timeout(value = 5, unit = SECONDS)
    public Label override(long quoteId, LabelOverride override) {
        return compute.override(quoteId, override);
    }

    @Timeout(value = 1000, unit = MILLIS)
    public Label labelWithHistory(long quoteId) {
        return reads.labelWithHistory(quoteId);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_BATCH) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_BATCH)));
        }
        return chunks;
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
