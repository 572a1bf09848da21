package io.quotestance.quotes.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quotestance.quotes.extraction.QuoteType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Collection;
import java.util.List;

/** One statement of an article attributed to a speaker, with the copy of its current stance label. */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    public Long articleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id", nullable = false, updatable = false)
    public Speaker speaker;

    /** Order of the quote in its article, from 0. */
    @Column(nullable = false, updatable = false)
    public int position;

    /** The words the article uses for the speaker at this quote. */
    public String mention;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Convert(converter = Converters.QuoteTypeConverter.class)
    @Column(nullable = false, length = 16)
    public QuoteType type;

    public String cue;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    /** Copied from stance-service, only to filter and count; null until the gateway writes it. */
    @Convert(converter = Converters.StanceLabelConverter.class)
    @Column(name = "stance_label", length = 16)
    public StanceLabel stanceLabel;

    @Version
    @Column(nullable = false)
    public long version;

    /** The oldest quotes without a copied label. */
    public static List<Quote> listUnlabelled(int limit) {
        return find("stanceLabel is null order by id").range(0, limit - 1).list();
    }

    /** Sets the copied label of the quotes with these ids that exist, bumping their versions. */
    public static int updateStanceLabel(StanceLabel label, Collection<Long> quoteIds) {
        return getEntityManager()
                .createQuery("update versioned Quote set stanceLabel = :label where id in :ids")
                .setParameter("label", label)
                .setParameter("ids", quoteIds)
                .executeUpdate();
    }
}
