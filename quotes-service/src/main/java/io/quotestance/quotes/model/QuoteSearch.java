package io.quotestance.quotes.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.quotestance.quotes.extraction.QuoteType;
import io.quotestance.quotes.extraction.SpeakerKind;

/**
 * The SQL of a quote search, in one place so that tests can {@code EXPLAIN} exactly what runs. Quotes come newest
 * first (by id, which grows as they are stored), or in text order within one article. A page is one statement: its
 * ids from one index range, joined with those quotes and their speakers. Counting stops {@link #COUNT_AHEAD} matches
 * past the page: an exact count of a filter that matches most of a million quotes would cost far more than the page
 * itself. A text search counts no further than one match past the page. Rows are read with plain JDBC into
 * {@link ListedQuote}s: building entities cost more CPU than the rest of a search request together.
 */
public final class QuoteSearch {

    /** Matches counted beyond the end of the page at most. */
    public static final int COUNT_AHEAD = 100;
    /** The deepest match a page may reach; deeper pages are refused (see {@code QuoteService}). */
    public static final int MAX_DEPTH = 10_000;

    private static final String COLUMNS = "q.id, q.article_id, q.text, q.type, q.cue, q.start_offset, q.end_offset,"
            + " q.stance_label, q.mention, s.id, s.name, s.kind, s.role, s.affiliation";

    private final String where;
    private final String order;
    private final boolean countsAhead;
    private final List<Object> parameters;

    public QuoteSearch(QuoteFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.speakerIds() != null && filter.speakerIds().size() == 1) {
            // Equality, not "= ANY": only then does PostgreSQL read the (speaker_id, id) index in id order and stop
            // after a page; with an array it filtered the whole id order, 5 ms for a speaker quoted 30,000 times.
            conditions.add("q.speaker_id = ?");
            values.add(filter.speakerIds().get(0));
        } else if (filter.speakerIds() != null) {
            conditions.add("q.speaker_id = ANY (?)");
            values.add(filter.speakerIds().toArray(Long[]::new));
        }
        if (filter.stance() != null) {
            conditions.add("q.stance_label = ?");
            values.add(filter.stance().value());
        }
        if (filter.articleId() != null) {
            conditions.add("q.article_id = ?");
            values.add(filter.articleId());
        }
        if (filter.textFragment() != null) {
            // ILIKE with a leading wildcard is served by the pg_trgm index on quote.text.
            conditions.add("q.text ILIKE ? ESCAPE '\\'");
            values.add(Like.containing(filter.textFragment()));
        }
        this.where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        this.parameters = Collections.unmodifiableList(values);
        this.order = filter.articleId() != null ? " ORDER BY q.position" : " ORDER BY q.id DESC";
        // Text is matched row by row: counting a word in 1 % of a million quotes reads a lot of them.
        this.countsAhead = filter.textFragment() == null;
    }

    /**
     * One page of matches with their speakers, in order, for {@link #pageParameters}. The ids come first from the
     * filter's index range; only the page's rows are then read. Limit and offset are parameters, so that the
     * statement is the same for every page.
     */
    public String pageSql() {
        return "SELECT " + COLUMNS + " FROM (SELECT q.id FROM quotes.quote q" + where + order
                + " LIMIT ? OFFSET ?) page JOIN quotes.quote q ON q.id = page.id"
                + " JOIN quotes.speaker s ON s.id = q.speaker_id" + order;
    }

    public List<Object> pageParameters(int offset, int limit) {
        return with((long) limit, (long) offset);
    }

    /**
     * The number of matches, counting no further than {@link #countParameters}'s limit. Ordered like the page, so that
     * the count reads on along the page's index rather than start a scan of its own.
     */
    public String cappedCountSql() {
        return "SELECT count(*) FROM (SELECT 1 FROM quotes.quote q" + where + order + " LIMIT ?) m";
    }

    /** Counts up to {@value #COUNT_AHEAD} matches past a page at this offset and size, and one more. */
    public List<Object> countParameters(int offset, int limit) {
        return with(countLimit(offset, limit));
    }

    private static long countLimit(int offset, int limit) {
        return (long) offset + limit + COUNT_AHEAD + 1;
    }

    private List<Object> with(Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(more));
        return all;
    }

    /** All the quotes of an article with their speakers, in text order. */
    public static List<ListedQuote> ofArticle(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement statement = prepare(connection, "SELECT " + COLUMNS + " FROM quotes.quote q"
                + " JOIN quotes.speaker s ON s.id = q.speaker_id WHERE q.article_id = ? ORDER BY q.position",
                List.of(articleId)); ResultSet rows = statement.executeQuery()) {
            List<ListedQuote> quotes = new ArrayList<>();
            while (rows.next()) {
                quotes.add(listedQuote(rows));
            }
            return quotes;
        }
    }

    /** Runs the search: the page's quotes with their speakers, and how many match (see {@link Page}). */
    public Page run(Connection connection, int offset, int limit) throws SQLException {
        if (countsAhead) {
            List<ListedQuote> quotes = page(connection, offset, limit);
            long matches = count(connection, countParameters(offset, limit));
            return new Page(quotes, matches, matches < countLimit(offset, limit));
        }
        // One row past the page tells whether another page follows, for the price of the page itself.
        List<ListedQuote> oneMore = page(connection, offset, limit + 1);
        boolean exact = oneMore.size() <= limit;
        long matches = exact && oneMore.isEmpty() && offset > 0
                ? count(connection, countParameters(0, offset))
                : offset + oneMore.size();
        return new Page(oneMore.subList(0, Math.min(limit, oneMore.size())), matches, exact);
    }

    private List<ListedQuote> page(Connection connection, int offset, int limit) throws SQLException {
        try (PreparedStatement statement = prepare(connection, pageSql(), pageParameters(offset, limit));
                ResultSet rows = statement.executeQuery()) {
            List<ListedQuote> quotes = new ArrayList<>(limit);
            while (rows.next()) {
                quotes.add(listedQuote(rows));
            }
            return quotes;
        }
    }

    private long count(Connection connection, List<Object> countParameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, cappedCountSql(), countParameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static ListedQuote listedQuote(ResultSet rows) throws SQLException {
        var speaker = new ListedQuote.ListedSpeaker(rows.getLong(10), rows.getString(11),
                LowerCaseEnumConverter.fromColumn(SpeakerKind.class, rows.getString(12)), rows.getString(13),
                rows.getString(14));
        return new ListedQuote(rows.getLong(1), rows.getLong(2), rows.getString(3),
                LowerCaseEnumConverter.fromColumn(QuoteType.class, rows.getString(4)), rows.getString(5),
                rows.getInt(6), rows.getInt(7), LowerCaseEnumConverter.fromColumn(StanceLabel.class, rows.getString(8)),
                rows.getString(9), speaker);
    }

    /** The statement with its parameters bound; a {@code Long[]} goes as a PostgreSQL {@code bigint[]}. */
    public static PreparedStatement prepare(Connection connection, String sql, List<Object> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof Long[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("bigint", ids));
                } else {
                    statement.setObject(i + 1, values.get(i));
                }
            }
            return statement;
        } catch (SQLException | RuntimeException failure) {
            statement.close();
            throw failure;
        }
    }

    /** A page of quotes and how many match: exactly when {@code exact}, else at least {@code total}. */
    public record Page(List<ListedQuote> quotes, long total, boolean exact) {
    }
}
