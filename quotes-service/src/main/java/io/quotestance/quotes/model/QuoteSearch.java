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
 * first (by id, which grows as they are stored), or in text order within one article. A page is one statement: one
 * walk along an index range reads the ids of the page and of up to {@link #COUNT_AHEAD} matches past it, which count
 * how many match (an exact count of a filter that matches most of a million quotes would cost far more than the
 * page), and only the page's quotes are then read with their speakers. A text search, matched row by row, looks no
 * further than one match past the page. Rows are read with plain JDBC into {@link ListedQuote}s: building entities
 * cost more CPU than the rest of a search request together.
 * <p>
 * A word among all quotes, or one speaker's or stance's, is found through the word index (V7, with the speaker since
 * V8; each stance's own since V11) when it has words to look up: the quote words that the fragment's words may be
 * (see {@link SearchWords}), among a window of the newest ids wide enough, as the service reckons, to hold the page
 * twice over; should it hold fewer, the window widens eightfold until it takes in every quote. The planner is given
 * the window's first id as a value: with the last id read in the statement it could not tell how few quotes the window
 * holds, and walked every quote newest first testing each (200-700 ms).
 * <p>
 * Otherwise a word is found through the trigram index, or by testing quote after quote along another index when the
 * planner reckons that cheaper. It often reckons wrong. For one speaker's quotes it intersects that speaker's index with
 * the trigram index, whose scan of a word made of common trigrams costs 5-30 ms on a million quotes; testing each of
 * the speaker's quotes in their index, which holds the lower-case text (V5), cost 18 ms over ten words for the most
 * quoted speaker of the bench corpus (36,685 quotes) against 56 ms, and less for every other. Among all quotes, a
 * phrase in 0.1-0.2 % of them is too rare for its statistics, which sample a thousand quotes: the planner takes the
 * trigram index, 38-125 ms for "interest rates", where testing the newest quotes one by one finds a page in 4 ms. So a
 * word of one speaker not looked up in the word index, and a word the service reckons common (see
 * {@code QuoteTextSample}), are tested in each quote, with a test that no index serves and one plan for every word.
 */
public final class QuoteSearch {

    /** Matches counted beyond the end of the page at most. */
    public static final int COUNT_AHEAD = 100;
    /** The deepest match a page may reach; deeper pages are refused (see {@code QuoteService}). */
    public static final int MAX_DEPTH = 10_000;

    private static final String COLUMNS = "q.id, q.article_id, q.text, q.type, q.cue, q.start_offset, q.end_offset,"
            + " q.stance_label, q.mention, s.id, s.name, s.kind, s.role, s.affiliation";
    /** The page statement's column with the number of matches read. */
    private static final int MATCHES_COLUMN = 15;

    /** Ids in a block of the word index (V7), whose newest blocks a word search may be confined to. */
    public static final int IDS_PER_BLOCK = 1024;

    private final QuoteFilter filter;
    private final WordLookup words;
    private final String where;
    private final String order;
    private final String matchColumns;
    private final String matchOrder;
    private final int lookAhead;
    private final List<Object> parameters;
    private final boolean onePlanServesAllValues;

    /**
     * @param commonWord whether the filter's word is in enough quotes that testing them one by one, in the order of the
     *                   page, finds the page sooner than looking the word up (ignored without a word)
     */
    public QuoteSearch(QuoteFilter filter, boolean commonWord) {
        this(filter, commonWord, null);
    }

    /**
     * The quote words that a searched fragment's words may be, each array to be met by at least one word of a
     * quote (see {@link SearchWords}), and how many of the ids up to the last quote's to look among, by blocks of
     * {@value #IDS_PER_BLOCK}, or 0 for all of them.
     */
    public record WordLookup(List<String[]> anyOfEach, long lastQuoteId, long newestIds) {

        /** Eight times as many of the newest ids, or all. */
        WordLookup widened() {
            return new WordLookup(anyOfEach, lastQuoteId, newestIds * 8 >= lastQuoteId ? 0 : newestIds * 8);
        }
    }

    /**
     * @param words where the word index finds the filter's word, or null to test quotes one by one or look the word
     *              up in the trigram index
     */
    public QuoteSearch(QuoteFilter filter, boolean commonWord, WordLookup words) {
        this.filter = filter;
        this.words = words;
        boolean oneSpeaker = filter.speakerIds() != null && filter.speakerIds().size() == 1;
        boolean wordTestedInEachQuote = words == null && filter.textFragment() != null && (oneSpeaker || commonWord);
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (oneSpeaker) {
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
        if (words != null) {
            // Only the index's candidates are tested for the fragment itself, with a test the trigram index cannot
            // serve: the planner would otherwise intersect both indexes, reading the trigram index's long lists.
            if (words.newestIds() > 0) {
                // A value, not a subquery of the last id: only knowing it does the planner see how few quotes the
                // window holds, and read the index rather than walk every quote newest first.
                conditions.add("(q.id / " + IDS_PER_BLOCK + ") >= ?");
                values.add(Math.max(0, words.lastQuoteId() - words.newestIds()) / IDS_PER_BLOCK);
            }
            for (String[] anyOf : words.anyOfEach()) {
                conditions.add("quotes.search_words(q.text_lower) && ?");
                values.add(anyOf);
            }
            conditions.add("strpos(q.text_lower, lower(?)) > 0");
            values.add(filter.textFragment());
        } else if (wordTestedInEachQuote) {
            // The same case-insensitive substring test as the LIKE below, in a form the trigram index cannot serve.
            conditions.add("strpos(q.text_lower, lower(?)) > 0");
            values.add(filter.textFragment());
        } else if (filter.textFragment() != null) {
            // Case-insensitive as ILIKE, on the stored lower-case copy (V3); a leading wildcard is served by its
            // pg_trgm index.
            conditions.add("q.text_lower LIKE lower(?) ESCAPE '\\'");
            values.add(Like.containing(filter.textFragment()));
        }
        // One speaker has an index of its own, (speaker_id, id) or with the stance, whether quoted 30,000 times or
        // twice, and a word tested in each quote is found along the same index whichever the word; a name matching
        // several speakers, or a word looked up, has no such plan.
        this.onePlanServesAllValues = (oneSpeaker || filter.speakerIds() == null)
                && (filter.textFragment() == null || wordTestedInEachQuote);
        this.where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        this.parameters = Collections.unmodifiableList(values);
        boolean inTextOrder = filter.articleId() != null;
        this.order = inTextOrder ? " ORDER BY q.position" : " ORDER BY q.id DESC";
        // Only the id otherwise, so that a filter's index ending in the id answers without reading the table.
        this.matchColumns = inTextOrder ? "q.id, q.position" : "q.id";
        this.matchOrder = inTextOrder ? " ORDER BY m.position" : " ORDER BY m.id DESC";
        // Text is matched row by row: counting a word in 1 % of a million quotes reads a lot of them.
        this.lookAhead = filter.textFragment() == null ? COUNT_AHEAD : 0;
    }

    /**
     * One page of matches with their speakers, in order, and as last column the number of matches from the page on
     * (up to {@value #COUNT_AHEAD} past it, or none for text, and one more); for {@link #pageParameters}. The page
     * size is written into the statement, which the plan reused for every page needs: as a parameter, PostgreSQL
     * planned for a tenth of the table and hashed every speaker. The offset and the filters are parameters.
     */
    public String pageSql(int limit) {
        return "WITH matches AS MATERIALIZED (SELECT " + matchColumns + " FROM quotes.quote q" + where + order
                + " LIMIT ? OFFSET ?) SELECT " + COLUMNS + ", (SELECT count(*) FROM matches)"
                + " FROM (SELECT m.id FROM matches m" + matchOrder + " LIMIT " + limit + ") page"
                + " JOIN quotes.quote q ON q.id = page.id JOIN quotes.speaker s ON s.id = q.speaker_id" + order;
    }

    public List<Object> pageParameters(int offset, int limit) {
        return with((long) matchesRead(limit), (long) offset);
    }

    /**
     * Whether one plan serves every value of this search's filters: not for a word looked up, which is in a third of
     * the quotes or in none, nor for a name matching several speakers, where some are quoted 30,000 times and others
     * twice.
     */
    public boolean onePlanServesAllValues() {
        return onePlanServesAllValues;
    }

    private int matchesRead(int limit) {
        return limit + lookAhead + 1;
    }

    /**
     * The number of matches, counting no further than {@link #countParameters}'s limit: for a page past the last
     * match, which the page statement cannot count. Ordered like the page, so that it reads the page's index.
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

    /** The statement of {@link #ofArticle}, for tests to EXPLAIN; its one parameter is the article's id. */
    public static final String ARTICLE_QUOTES_SQL = "SELECT " + COLUMNS + " FROM quotes.quote q"
            + " JOIN quotes.speaker s ON s.id = q.speaker_id WHERE q.article_id = ? ORDER BY q.position";

    /** All the quotes of an article with their speakers, in text order. */
    public static List<ListedQuote> ofArticle(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement statement = prepare(connection, ARTICLE_QUOTES_SQL, List.of(articleId));
                ResultSet rows = statement.executeQuery()) {
            List<ListedQuote> quotes = new ArrayList<>();
            while (rows.next()) {
                quotes.add(listedQuote(rows));
            }
            return quotes;
        }
    }

    /** Runs the search: the page's quotes with their speakers, and how many match (see {@link Page}). */
    public Page run(Connection connection, int offset, int limit) throws SQLException {
        List<ListedQuote> quotes = new ArrayList<>(limit);
        long fromThePageOn = 0;
        try (PreparedStatement statement = prepare(connection, pageSql(limit), pageParameters(offset, limit));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                quotes.add(listedQuote(rows));
                fromThePageOn = rows.getLong(MATCHES_COLUMN);
            }
        }
        if (words != null && words.newestIds() > 0 && fromThePageOn < matchesRead(limit)) {
            // Fewer matches among the newest quotes than the page needs: the page may lie further back.
            return new QuoteSearch(filter, false, words.widened()).run(connection, offset, limit);
        }
        if (quotes.isEmpty() && offset > 0) {
            // A page past the last match: how many there are is then counted from the first one.
            return new Page(quotes, count(connection, countParameters(0, offset)), true);
        }
        return new Page(quotes, offset + fromThePageOn, fromThePageOn < matchesRead(limit));
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

    /** The id of the last quote stored, and the vocabulary's words matching each pattern, in order. */
    public record QuoteWords(long lastQuoteId, List<String[]> matching) {
    }

    /**
     * The vocabulary's words matching each pattern of {@link SearchWords#patterns}, lower-casing the pattern as the
     * index lower-cases quote text: up to {@code most} of them, and one more when there are more.
     */
    public static QuoteWords quoteWordsMatching(Connection connection, List<String> patterns, int most)
            throws SQLException {
        // One subquery a pattern, so that each is planned for its own value: a pattern of three letters or more is
        // found through the vocabulary's trigram index, a whole word through its key.
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (String pattern : patterns) {
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT ").append(values.size())
                    .append(", (SELECT max(id) FROM quotes.quote), ARRAY(SELECT w.word FROM quotes.search_word w WHERE ")
                    .append(pattern.contains("%") ? "w.word LIKE lower(?)" : "w.word = lower(?)")
                    .append(" LIMIT ").append(most + 1).append(")");
            values.add(pattern);
        }
        sql.append(" ORDER BY 1");
        try (PreparedStatement statement = prepare(connection, sql.toString(), values);
                ResultSet rows = statement.executeQuery()) {
            long lastQuoteId = 0;
            List<String[]> matching = new ArrayList<>(patterns.size());
            while (rows.next()) {
                lastQuoteId = rows.getLong(2);
                matching.add((String[]) rows.getArray(3).getArray());
            }
            return new QuoteWords(lastQuoteId, matching);
        }
    }

    /** The id of the last quote stored, or 0. */
    public static long lastQuoteId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT max(id) FROM quotes.quote");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The statement with its parameters bound; a {@code Long[]} goes as a PostgreSQL {@code bigint[]}, a
     * {@code String[]} as a {@code text[]}.
     */
    public static PreparedStatement prepare(Connection connection, String sql, List<Object> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof Long[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("bigint", ids));
                } else if (values.get(i) instanceof String[] texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts));
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
