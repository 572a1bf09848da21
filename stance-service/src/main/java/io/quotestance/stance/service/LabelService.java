package io.quotestance.stance.service;

import io.quotestance.stance.classifier.StanceClassifier;
import io.quotestance.stance.model.EffectiveLabel;
import io.quotestance.stance.model.LabelHistoryEntry;
import io.quotestance.stance.model.LabelSource;
import io.quotestance.stance.model.QuoteLabel;
import io.quotestance.stance.model.StanceSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Stored labels: automatic ones from the classifier, editors' overrides, and the history of both. */
@ApplicationScoped
public class LabelService {

    private final StanceClassifier classifier;
    private final DataSource dataSource;

    public LabelService(StanceClassifier classifier, DataSource dataSource) {
        this.classifier = classifier;
        this.dataSource = dataSource;
    }

    /**
     * Labels each quote unless the current classifier has labelled it already. A quote labelled by an older
     * classifier is relabelled; an editor's label stays in effect and only the automatic result behind it is
     * refreshed.
     *
     * @return the stored label of each statement, in the order given
     */
    @Transactional
    public List<QuoteLabel> labelAutomatically(List<QuoteStatement> statements) {
        Instant now = now();
        // One statement per quote, taken in id order: rows are locked and inserted in the same order by every
        // concurrent batch, so that batches wait for each other instead of deadlocking.
        Map<Long, QuoteStatement> byQuote = new TreeMap<>();
        statements.forEach(statement -> byQuote.putIfAbsent(statement.quoteId(), statement));
        Map<Long, QuoteLabel> stored = QuoteLabel.lockByQuoteIds(byQuote.keySet()).stream()
                .collect(Collectors.toMap(row -> row.quoteId, Function.identity()));

        for (QuoteStatement statement : byQuote.values()) {
            QuoteLabel row = stored.get(statement.quoteId());
            if (row == null) {
                stored.put(statement.quoteId(), insertAutomatic(statement, now));
            } else if (row.needsAutomaticFrom(StanceClassifier.MODEL_VERSION)) {
                StanceSnapshot result = StanceSnapshot.of(classifier.classify(statement.input()));
                row.remember(statement.input());
                row.refreshAutomatic(result, now);
                LabelHistoryEntry.record(row.quoteId, result, LabelSource.AUTO, null, null, now);
            }
        }
        // Flushed here so that the versions returned are the stored ones.
        QuoteLabel.flush();
        return statements.stream().map(statement -> stored.get(statement.quoteId())).toList();
    }

    /**
     * Relabels up to {@code limit} automatic labels computed by another classifier version from their stored
     * statements. An editor's label stays in effect; only the automatic result behind it is refreshed.
     *
     * @return how many labels were relabelled
     */
    @Transactional
    public int relabelStale(int limit) {
        Instant now = now();
        List<QuoteLabel> stale = QuoteLabel.lockStale(StanceClassifier.MODEL_VERSION, limit);
        for (QuoteLabel row : stale) {
            StanceSnapshot result = StanceSnapshot.of(classifier.classify(row.statement()));
            row.refreshAutomatic(result, now);
            LabelHistoryEntry.record(row.quoteId, result, LabelSource.AUTO, null, null, now);
        }
        return stale.size();
    }

    /** Batch look-up in one query; quotes without a label are left out, the others keep the order asked. */
    public List<EffectiveLabel> findEffective(List<Long> quoteIds) {
        Set<Long> distinct = new LinkedHashSet<>(quoteIds);
        if (distinct.isEmpty()) {
            return List.of();
        }
        Map<Long, EffectiveLabel> found;
        try (Connection connection = dataSource.getConnection()) {
            found = EffectiveLabel.find(connection, distinct).stream()
                    .collect(Collectors.toMap(EffectiveLabel::quoteId, Function.identity()));
        } catch (SQLException failure) {
            throw new PersistenceException("label look-up failed", failure);
        }
        return distinct.stream().filter(found::containsKey).map(found::get).toList();
    }

    public LabelWithHistory findWithHistory(long quoteId) {
        QuoteLabel label = QuoteLabel.<QuoteLabel>findByIdOptional(quoteId)
                .orElseThrow(() -> new LabelNotFoundException(quoteId));
        return new LabelWithHistory(label, LabelHistoryEntry.forQuote(quoteId));
    }

    /**
     * Puts an editor's label in effect. The automatic result stays on the row and in the history. Two editors who
     * saw the same version cannot both win: the second one gets a {@link StaleLabelVersionException}, or an
     * optimistic lock failure when both checks passed at the same moment.
     */
    @Transactional
    public QuoteLabel labelByEditor(long quoteId, EditorLabel decision) {
        Instant now = now();
        StanceSnapshot chosen = StanceSnapshot.byEditor(decision.label());
        QuoteLabel row = QuoteLabel.findById(quoteId);
        if (row == null) {
            if (decision.expectedVersion() != null) {
                throw new StaleLabelVersionException(quoteId, decision.expectedVersion(), null);
            }
            QuoteLabel fresh = QuoteLabel.byEditor(quoteId, chosen, decision.editor(), decision.note(), now);
            if (QuoteLabel.insertIfAbsent(fresh)) {
                LabelHistoryEntry.record(quoteId, chosen, LabelSource.HUMAN, decision.editor(), decision.note(), now);
                return QuoteLabel.findById(quoteId);
            }
            // Another request labelled the quote in the meantime; this editor's label goes over it.
            row = QuoteLabel.findById(quoteId, LockModeType.PESSIMISTIC_WRITE);
        } else if (decision.expectedVersion() != null && decision.expectedVersion() != row.version) {
            throw new StaleLabelVersionException(quoteId, decision.expectedVersion(), row.version);
        }
        row.overrideBy(chosen, decision.editor(), decision.note(), now);
        LabelHistoryEntry.record(quoteId, chosen, LabelSource.HUMAN, decision.editor(), decision.note(), now);
        // Flushed here so that a concurrent change surfaces as an optimistic lock failure inside this call.
        QuoteLabel.flush();
        return row;
    }

    private QuoteLabel insertAutomatic(QuoteStatement statement, Instant now) {
        StanceSnapshot result = StanceSnapshot.of(classifier.classify(statement.input()));
        QuoteLabel fresh = QuoteLabel.automatic(statement.quoteId(), statement.input(), result, now);
        if (QuoteLabel.insertIfAbsent(fresh)) {
            LabelHistoryEntry.record(statement.quoteId(), result, LabelSource.AUTO, null, null, now);
            return QuoteLabel.findById(statement.quoteId());
        }
        // A concurrent request labelled the quote first; its row is as good as ours unless the model differs.
        QuoteLabel existing = QuoteLabel.findById(statement.quoteId(), LockModeType.PESSIMISTIC_WRITE);
        if (existing.needsAutomaticFrom(StanceClassifier.MODEL_VERSION)) {
            existing.remember(statement.input());
            existing.refreshAutomatic(result, now);
            LabelHistoryEntry.record(existing.quoteId, result, LabelSource.AUTO, null, null, now);
        }
        return existing;
    }

    /** PostgreSQL keeps microseconds; truncating keeps returned and re-read timestamps equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
