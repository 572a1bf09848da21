package io.quotestance.stance.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quotestance.stance.classifier.StanceInput;
import io.quotestance.stance.config.DatabaseJson;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The stance label of one quote: the effective one and the last automatic result behind it. */
@Entity
@Table(name = "stance_label")
public class QuoteLabel extends PanacheEntityBase {

    private static final StanceLabelConverter LABELS = new StanceLabelConverter();
    private static final LabelSourceConverter SOURCES = new LabelSourceConverter();

    /** The quote's id in quotes-service; no foreign key, the quote lives in another service. */
    @Id
    @Column(name = "quote_id")
    public Long quoteId;

    @Embedded
    public StanceSnapshot effective;

    @Column(name = "source", nullable = false)
    public LabelSource source;

    public String editor;

    public String note;

    /** The classifier's last result, kept when an editor overrides it; {@code null} until the classifier has run. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "label", column = @Column(name = "auto_label")),
            @AttributeOverride(name = "confidence", column = @Column(name = "auto_confidence")),
            @AttributeOverride(name = "scores", column = @Column(name = "auto_scores")),
            @AttributeOverride(name = "evidence", column = @Column(name = "auto_evidence")),
            @AttributeOverride(name = "modelVersion", column = @Column(name = "auto_model_version"))
    })
    public StanceSnapshot automatic;

    /** The statement the automatic label was computed from, kept to relabel it when the classifier changes. */
    @Column(name = "statement_text")
    public String statementText;

    @Column(name = "statement_cue")
    public String statementCue;

    @Column(name = "statement_claim")
    public String statementClaim;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static QuoteLabel automatic(long quoteId, StanceInput statement, StanceSnapshot result, Instant at) {
        QuoteLabel row = new QuoteLabel();
        row.quoteId = quoteId;
        row.remember(statement);
        row.source = LabelSource.AUTO;
        row.effective = result;
        row.automatic = result;
        row.updatedAt = at;
        return row;
    }

    public static QuoteLabel byEditor(long quoteId, StanceSnapshot chosen, String editor, String note, Instant at) {
        QuoteLabel row = new QuoteLabel();
        row.quoteId = quoteId;
        row.overrideBy(chosen, editor, note, at);
        return row;
    }

    /**
     * Loads and locks the rows until the transaction ends, in id order so that concurrent batches lock in the same
     * order and cannot deadlock; a batch that waited sees the rows as the other one left them.
     */
    public static List<QuoteLabel> lockByQuoteIds(Collection<Long> quoteIds) {
        if (quoteIds.isEmpty()) {
            return List.of();
        }
        return find("quoteId in ?1 order by quoteId", quoteIds).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Inserts the row unless the quote has one already, without failing when another transaction inserts it at the
     * same moment: PostgreSQL waits for that transaction and then skips the insert.
     *
     * @return whether this row was inserted
     */
    public static boolean insertIfAbsent(QuoteLabel row) {
        StanceSnapshot auto = row.automatic;
        NativeQuery<?> insert = getEntityManager().createNativeQuery("""
                        INSERT INTO {h-schema}stance_label (quote_id, label, source, confidence, scores, evidence,
                            model_version, editor, note, auto_label, auto_confidence, auto_scores, auto_evidence,
                            auto_model_version, statement_text, statement_cue, statement_claim, version, updated_at)
                        VALUES (:quoteId, :label, :source, :confidence, CAST(:scores AS jsonb), CAST(:evidence AS jsonb),
                            :modelVersion, :editor, :note, :autoLabel, :autoConfidence, CAST(:autoScores AS jsonb),
                            CAST(:autoEvidence AS jsonb), :autoModelVersion, :statementText, :statementCue,
                            :statementClaim, 0, :updatedAt)
                        ON CONFLICT (quote_id) DO NOTHING
                        """).unwrap(NativeQuery.class);
        int inserted = insert
                .setParameter("quoteId", row.quoteId, Long.class)
                .setParameter("label", LABELS.convertToDatabaseColumn(row.effective.label()), String.class)
                .setParameter("source", SOURCES.convertToDatabaseColumn(row.source), String.class)
                .setParameter("confidence", row.effective.confidence(), Double.class)
                .setParameter("scores", DatabaseJson.write(row.effective.scores()), String.class)
                .setParameter("evidence", DatabaseJson.write(row.effective.evidence()), String.class)
                .setParameter("modelVersion", row.effective.modelVersion(), String.class)
                .setParameter("editor", row.editor, String.class)
                .setParameter("note", row.note, String.class)
                .setParameter("autoLabel", auto == null ? null : LABELS.convertToDatabaseColumn(auto.label()),
                        String.class)
                .setParameter("autoConfidence", auto == null ? null : auto.confidence(), Double.class)
                .setParameter("autoScores", auto == null ? null : DatabaseJson.write(auto.scores()), String.class)
                .setParameter("autoEvidence", auto == null ? null : DatabaseJson.write(auto.evidence()), String.class)
                .setParameter("autoModelVersion", auto == null ? null : auto.modelVersion(), String.class)
                .setParameter("statementText", row.statementText, String.class)
                .setParameter("statementCue", row.statementCue, String.class)
                .setParameter("statementClaim", row.statementClaim, String.class)
                .setParameter("updatedAt", row.updatedAt, Instant.class)
                .executeUpdate();
        return inserted == 1;
    }

    public boolean isByEditor() {
        return source == LabelSource.HUMAN;
    }

    /**
     * Rows whose automatic label came from another classifier version and whose statement is known, oldest quote
     * first, locked; rows another transaction holds are skipped, so that relabelling runs never wait for each other.
     */
    public static List<QuoteLabel> lockStale(String modelVersion, int limit) {
        return find("statementText is not null and (automatic.modelVersion is null or automatic.modelVersion <> ?1)"
                + " order by quoteId", modelVersion)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit)
                .list();
    }

    /** The statement as the classifier takes it. */
    public StanceInput statement() {
        return new StanceInput(statementText, statementCue, statementClaim);
    }

    public void remember(StanceInput statement) {
        statementText = statement.text();
        statementCue = statement.cue();
        statementClaim = statement.claim();
    }

    /** Whether the automatic part still has to be computed by the given classifier version. */
    public boolean needsAutomaticFrom(String modelVersion) {
        return automatic == null || !modelVersion.equals(automatic.modelVersion());
    }

    /** Records a new automatic result; it becomes the effective label unless an editor has chosen one. */
    public void refreshAutomatic(StanceSnapshot result, Instant at) {
        automatic = result;
        if (!isByEditor()) {
            effective = result;
        }
        updatedAt = at;
    }

    public void overrideBy(StanceSnapshot chosen, String editor, String note, Instant at) {
        this.source = LabelSource.HUMAN;
        this.effective = chosen;
        this.editor = editor;
        this.note = note;
        this.updatedAt = at;
    }
}
