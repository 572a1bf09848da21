package io.quotestance.stance.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quotestance.stance.classifier.StanceLabel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One label a quote was given, automatic or by an editor; never changed once written. */
@Entity
@Table(name = "stance_label_history")
public class LabelHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quote_id", nullable = false)
    public Long quoteId;

    @Column(nullable = false)
    public StanceLabel label;

    @Column(nullable = false)
    public LabelSource source;

    public double confidence;

    @Column(name = "model_version")
    public String modelVersion;

    public String editor;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static void record(long quoteId, StanceSnapshot given, LabelSource source, String editor, String note,
            Instant at) {
        LabelHistoryEntry entry = new LabelHistoryEntry();
        entry.quoteId = quoteId;
        entry.label = given.label();
        entry.source = source;
        entry.confidence = given.confidence();
        entry.modelVersion = given.modelVersion();
        entry.editor = editor;
        entry.note = note;
        entry.createdAt = at;
        entry.persist();
    }

    /** Oldest first; entries written in the same instant keep their insertion order. */
    public static List<LabelHistoryEntry> forQuote(long quoteId) {
        return list("quoteId = ?1 order by createdAt, id", quoteId);
    }
}
