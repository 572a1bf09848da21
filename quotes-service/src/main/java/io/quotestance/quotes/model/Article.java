package io.quotestance.quotes.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A news article as submitted; its text is the idempotency key of ingestion, through {@link #contentHash}. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 2000)
    public String url;

    @Column(length = 500)
    public String title;

    @Column(length = 200)
    public String outlet;

    @Column(name = "published_at")
    public Instant publishedAt;

    // Never needed to answer a request, and up to 200,000 characters: loaded only when read.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "content_hash", length = 64, nullable = false, unique = true)
    public String contentHash;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    public static List<Article> listNewestFirst(int page, int size) {
        return findAll(Sort.descending("createdAt", "id")).page(page, size).list();
    }

    /**
     * Inserts the article unless one with the same content hash exists, in the current transaction. A concurrent
     * insert of the same text makes this wait for that transaction and then insert nothing. Native SQL names the
     * schema: the connections' search path is not the service's schema.
     *
     * @return the new article's id, or empty when the text was stored already
     */
    public static OptionalLong insertIfAbsent(NewArticle article, String contentHash) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO quotes.article (url, title, outlet, published_at, text, content_hash) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (content_hash) DO NOTHING RETURNING id")) {
                insert.setString(1, article.url());
                insert.setString(2, article.title());
                insert.setString(3, article.outlet());
                if (article.publishedAt() == null) {
                    insert.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    insert.setObject(4, article.publishedAt().atOffset(ZoneOffset.UTC));
                }
                insert.setString(5, article.text());
                insert.setString(6, contentHash);
                try (ResultSet inserted = insert.executeQuery()) {
                    return inserted.next() ? OptionalLong.of(inserted.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }
}
