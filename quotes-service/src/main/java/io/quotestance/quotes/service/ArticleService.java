package io.quotestance.quotes.service;

import io.quotestance.quotes.extraction.ExtractedQuote;
import io.quotestance.quotes.model.Article;
import io.quotestance.quotes.model.ListedQuote;
import io.quotestance.quotes.model.NewArticle;
import io.quotestance.quotes.model.Quote;
import io.quotestance.quotes.model.QuoteSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Ingestion and reading of articles. */
@ApplicationScoped
public class ArticleService {

    /** An article with its quotes in order; {@code created} tells whether this request stored it. */
    public record ArticleWithQuotes(Article article, List<ListedQuote> quotes, boolean created) {
    }

    /** An article of a listing, with its number of quotes. */
    public record ArticleListing(Article article, long quoteCount) {
    }

    private final ExtractionService extraction;
    private final ArticleWriter writer;
    /** The quotes of one article want the same plan whatever the article: it is planned once per connection. */
    private final DataSource onePlanDataSource;

    ArticleService(ExtractionService extraction, ArticleWriter writer,
            @io.quarkus.agroal.DataSource("one-plan") DataSource onePlanDataSource) {
        this.extraction = extraction;
        this.writer = writer;
        this.onePlanDataSource = onePlanDataSource;
    }

    /**
     * Stores the article unless its text (trimmed) is stored already, in which case the stored one is returned and
     * the metadata of this request are ignored.
     */
    public ArticleWithQuotes ingest(NewArticle article) {
        extraction.requireWithinLimit(article.text());
        String contentHash = contentHash(article.text());
        Optional<Article> stored = Article.findByContentHash(contentHash);
        if (stored.isPresent()) {
            return withQuotes(stored.get(), false);
        }
        // Extraction runs outside the transaction; the writer still copes with a concurrent insert of the same text.
        List<ExtractedQuote> quotes = extraction.extract(article.text());
        ArticleWriter.StoreOutcome outcome = writer.store(article, contentHash, quotes);
        return withQuotes(Article.<Article>findById(outcome.articleId()), outcome.created());
    }

    public ArticleWithQuotes get(long id) {
        Article article = Article.<Article>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("article", id));
        return withQuotes(article, false);
    }

    public PageResult<ArticleListing> list(int page, int size) {
        List<Article> articles = Article.listNewestFirst(page, size);
        Map<Long, Long> quoteCounts = articles.isEmpty() ? Map.of()
                : Quote.getEntityManager()
                        .createQuery("select q.articleId, count(q) from Quote q where q.articleId in :ids group by q.articleId",
                                Object[].class)
                        .setParameter("ids", articles.stream().map(article -> article.id).toList())
                        .getResultStream()
                        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        List<ArticleListing> items = articles.stream()
                .map(article -> new ArticleListing(article, quoteCounts.getOrDefault(article.id, 0L)))
                .toList();
        return new PageResult<>(items, Article.count());
    }

    /** SHA-256, in hex, of the text without leading and trailing white space. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private ArticleWithQuotes withQuotes(Article article, boolean created) {
        try (Connection connection = onePlanDataSource.getConnection()) {
            return new ArticleWithQuotes(article, QuoteSearch.ofArticle(connection, article.id), created);
        } catch (SQLException failure) {
            throw new PersistenceException("reading the quotes of article " + article.id + " failed", failure);
        }
    }
}
