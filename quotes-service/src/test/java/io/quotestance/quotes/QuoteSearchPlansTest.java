package io.quotestance.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.quotes.model.ListedQuote;
import io.quotestance.quotes.model.QuoteFilter;
import io.quotestance.quotes.model.QuoteSearch;
import io.quotestance.quotes.model.SearchWords;
import io.quotestance.quotes.model.StanceLabel;

/**
 * The query plans of every quote filter, alone and combined, on a corpus large enough for the planner to choose as it
 * would in production: every page and every count reads through an index, never a sequential scan of the quotes.
 */
@QuarkusTest
class QuoteSearchPlansTest extends DatabaseTest {

    private static final int SPEAKERS = 2_000;
    private static final int ARTICLES = 12_000;
    private static final int QUOTES_PER_ARTICLE = 10;

    /** The corpus takes tens of seconds to load on a slow machine, and no test here writes: one load serves all. */
    private static boolean corpusLoaded;

    @Override
    @BeforeEach
    void startOnEmptyTables() {
        if (corpusLoaded) {
            return;
        }
        super.startOnEmptyTables();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            loadCorpus(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        corpusLoaded = true;
    }

    /** 120,000 quotes: speakers quoted with a long tail, words drawn so that some are common and some rare. */
    private static void loadCorpus(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT setseed(0.42)");
            statement.execute("INSERT INTO quotes.speaker (speaker_key, name, kind, lookup_names)"
                    + " SELECT 'person:speaker ' || i, 'Speaker ' || i, 'person', ARRAY['speaker ' || i]"
                    + " FROM generate_series(1, " + SPEAKERS + ") i");
            statement.execute("INSERT INTO quotes.article (text, content_hash)"
                    + " SELECT 'Article ' || i, md5(i::text) || md5(i::text) FROM generate_series(1, " + ARTICLES + ") i");
            statement.execute("""
                    WITH words AS (SELECT ARRAY['the', 'troops', 'said', 'government', 'border', 'prices', 'talks',
                                                'ceasefire', 'report', 'evidence', 'claims', 'officials', 'fake news',
                                                'baseless', 'satellite', 'inflation', 'election', 'strike'] AS w),
                         first_speaker AS (SELECT min(id) AS id FROM quotes.speaker),
                         quotes AS (
                           SELECT a.id AS article_id, p.position,
                                  (SELECT id FROM first_speaker) + floor(%d * random() ^ 3)::int AS speaker_id,
                                  (SELECT string_agg(w[1 + floor(random() * random() * array_length(w, 1))::int], ' ')
                                     FROM words, generate_series(1, 8 + p.position + a.id %% 3)) AS text,
                                  (ARRAY['uncertain', 'uncertain', 'confirm', 'confirm', 'deny', 'concern', NULL])
                                    [1 + floor(random() * 7)::int] AS stance_label
                             FROM quotes.article a, generate_series(0, %d) p(position))
                    INSERT INTO quotes.quote (article_id, speaker_id, position, text, type, start_offset, end_offset,
                                              stance_label)
                    SELECT article_id, speaker_id, position, text, 'direct', 0, length(text), stance_label
                      FROM quotes ORDER BY article_id, position
                    """.formatted(SPEAKERS, QUOTES_PER_ARTICLE - 1));
            statement.execute("VACUUM ANALYZE quotes.quote");
        }
    }

    @Test
    void everyFilterAloneAndCombinedReadsThroughAnIndexAtEveryDepth() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long topSpeaker = queryLong("SELECT min(id) FROM quotes.speaker");
            long rareSpeaker = topSpeaker + SPEAKERS - 1;
            long article = queryLong("SELECT min(id) FROM quotes.article") + ARTICLES / 2;
            assertThat(queryLong("SELECT count(*) FROM quotes.quote WHERE speaker_id = " + topSpeaker))
                    .as("the most quoted speaker has thousands of quotes").isGreaterThan(5_000);

            Map<String, QuoteFilter> filters = new LinkedHashMap<>();
            filters.put("no filter", new QuoteFilter(null, null, null, null));
            filters.put("most quoted speaker", new QuoteFilter(List.of(topSpeaker), null, null, null));
            filters.put("rarely quoted speaker", new QuoteFilter(List.of(rareSpeaker), null, null, null));
            filters.put("speaker name matching two", new QuoteFilter(List.of(topSpeaker, rareSpeaker), null, null, null));
            filters.put("stance", new QuoteFilter(null, StanceLabel.DENY, null, null));
            filters.put("article", new QuoteFilter(null, null, article, null));
            filters.put("rare text", new QuoteFilter(null, null, null, "fake news"));
            filters.put("common text", new QuoteFilter(null, null, null, "the"));
            filters.put("absent text", new QuoteFilter(null, null, null, "nowhere-to-be-found"));
            filters.put("speaker + stance", new QuoteFilter(List.of(topSpeaker), StanceLabel.CONCERN, null, null));
            filters.put("speaker + article", new QuoteFilter(List.of(topSpeaker), null, article, null));
            filters.put("stance + text", new QuoteFilter(null, StanceLabel.CONFIRM, null, "troops"));
            filters.put("stance + absent text", new QuoteFilter(null, StanceLabel.DENY, null, "nowhere-to-be-found"));
            filters.put("speaker + text", new QuoteFilter(List.of(topSpeaker), null, null, "baseless"));
            filters.put("rarely quoted speaker + text", new QuoteFilter(List.of(rareSpeaker), null, null, "baseless"));
            filters.put("speaker + stance + text",
                    new QuoteFilter(List.of(rareSpeaker), StanceLabel.DENY, null, "the"));
            filters.put("article + stance", new QuoteFilter(null, StanceLabel.UNCERTAIN, article, null));
            filters.put("article + text", new QuoteFilter(null, null, article, "the"));
            filters.put("all four", new QuoteFilter(List.of(topSpeaker), StanceLabel.DENY, article, "said"));

            for (Map.Entry<String, QuoteFilter> filter : filters.entrySet()) {
                // A word is looked up or, when the service reckons it common, tested in each quote: both ways.
                for (boolean commonWord : filter.getValue().textFragment() == null ? new boolean[] { false }
                        : new boolean[] { false, true }) {
                    QuoteSearch search = new QuoteSearch(filter.getValue(), commonWord);
                    String which = filter.getKey() + (commonWord ? ", a common word" : "");
                    for (int offset : new int[] { 0, QuoteSearch.MAX_DEPTH - 20 }) {
                        assertThat(plan(connection, search.pageSql(20), search.pageParameters(offset, 20)))
                                .as("page at offset %d, %s", offset, which)
                                .doesNotContain("Seq Scan");
                        assertThat(plan(connection, search.cappedCountSql(), search.countParameters(offset, 20)))
                                .as("count at offset %d, %s", offset, which)
                                .doesNotContain("Seq Scan");
                        if (search.onePlanServesAllValues()) {
                            // The plan kept for every page and value: the same walk along an index, then a join of
                            // the page's twenty quotes, never a hash of every speaker.
                            assertThat(keptPlan(connection, search.pageSql(20), search.pageParameters(offset, 20)))
                                    .as("kept page plan at offset %d, %s", offset, which)
                                    .doesNotContain("Seq Scan").doesNotContain("Hash");
                            assertThat(keptPlan(connection, search.cappedCountSql(),
                                    search.countParameters(offset, 20)))
                                    .as("kept count plan at offset %d, %s", offset, which)
                                    .doesNotContain("Seq Scan");
                        }
                    }
                }
            }

            // A word looked up in the word index, among the newest quotes or all of them, with a stance or without:
            // never a sequential scan, and among the newest the index's candidates, whose window the walk of every
            // quote newest first would not know to stop at. (The service tests a common word in each quote instead,
            // and looks a word up among all quotes only when rare; walking to the common words of this corpus is
            // then the better plan. WordIndexSearchTest has rare ones.)
            for (String wordFilter : List.of("rare text", "common text", "stance + text")) {
                for (long newestIds : new long[] { 4_096, 0 }) {
                    QuoteSearch search = new QuoteSearch(filters.get(wordFilter), false,
                            wordLookup(connection, filters.get(wordFilter).textFragment(), newestIds));
                    String which = wordFilter + ", newest ids " + newestIds;
                    assertThat(search.onePlanServesAllValues()).as(which).isFalse();
                    for (int offset : new int[] { 0, QuoteSearch.MAX_DEPTH - 20 }) {
                        String pagePlan = plan(connection, search.pageSql(20), search.pageParameters(offset, 20));
                        assertThat(pagePlan).as("page at offset %d, %s", offset, which).doesNotContain("Seq Scan");
                        if (newestIds > 0 && wordFilter.equals("rare text")) {
                            assertThat(pagePlan).as("page at offset %d, %s", offset, which)
                                    .contains("Bitmap Index Scan on quote_words_idx");
                        }
                        assertThat(plan(connection, search.cappedCountSql(), search.countParameters(offset, 20)))
                                .as("count at offset %d, %s", offset, which)
                                .doesNotContain("Seq Scan");
                    }
                }
            }

            // The most quoted speaker's first page walks that speaker's own index in id order and stops after the
            // page, rather than filter every quote in id order until twenty of theirs turn up.
            assertThat(firstPagePlan(connection, filters.get("most quoted speaker")))
                    .contains("Index Only Scan Backward using quote_speaker_newest_text_idx");

            // One speaker's searches plan once, for the most quoted speaker as for the rarest: the plan kept walks that
            // speaker's index, with the stance's where one is asked for. With a word, however often the speaker is
            // quoted, each of their quotes is tested along their index, which holds the text, never through the
            // trigram index.
            for (String speakerFilter : List.of("most quoted speaker", "rarely quoted speaker", "speaker + text",
                    "rarely quoted speaker + text")) {
                assertThat(new QuoteSearch(filters.get(speakerFilter), false).onePlanServesAllValues())
                        .as(speakerFilter).isTrue();
                assertThat(keptPagePlan(connection, filters.get(speakerFilter), false, 0)).as(speakerFilter)
                        .contains("Index Only Scan Backward using quote_speaker_newest_text_idx")
                        .doesNotContain("trgm");
            }
            assertThat(keptPagePlan(connection, filters.get("speaker + stance"), false, 0))
                    .contains("Index Only Scan Backward using quote_speaker_stance_newest_idx");
            // A speaker's word with a stance as well: along one of the speaker's indexes, not the trigram index.
            assertThat(keptPagePlan(connection, filters.get("speaker + stance + text"), false, 0))
                    .contains("Index Scan Backward using quote_speaker_").doesNotContain("trgm");

            // A stance with a common word walks that stance's index, which holds the text, and tests the text of its
            // quotes only, rather than walk every quote, which the planner prefers when it costs each row fetched as a
            // random disk read.
            assertThat(firstPagePlan(connection, filters.get("stance + text")))
                    .contains("Index Only Scan Backward using quote_stance_newest_text_idx");
            // A word the service reckons common is tested quote by quote newest first, alone or with a stance along
            // that stance's index, with one plan for every word.
            for (String textFilter : List.of("common text", "rare text")) {
                assertThat(new QuoteSearch(filters.get(textFilter), true).onePlanServesAllValues()).isTrue();
                assertThat(keptPagePlan(connection, filters.get(textFilter), true, 0)).as(textFilter)
                        .contains("Index Scan Backward using quote_pkey").doesNotContain("trgm");
            }
            assertThat(keptPagePlan(connection, filters.get("stance + text"), true, 0))
                    .contains("Index Only Scan Backward using quote_stance_newest_text_idx").doesNotContain("trgm");
            // A stance alone reads the slimmer index without the text, deep pages as the first.
            assertThat(keptPagePlan(connection, filters.get("stance"), false, QuoteSearch.MAX_DEPTH - 20))
                    .contains("Index Only Scan Backward using quote_stance_newest_idx");

            // A rare word is looked up in the trigram index; with a stance, in that stance's own.
            assertThat(firstPagePlan(connection, filters.get("absent text"))).contains("quote_text_lower_trgm_idx");
            assertThat(firstPagePlan(connection, filters.get("stance + absent text")))
                    .contains("quote_deny_text_trgm_idx");

            // An article's quotes, read on the one-plan connections: the plan kept for every article reads the
            // article's index.
            assertThat(keptPlan(connection, QuoteSearch.ARTICLE_QUOTES_SQL, List.of(article)))
                    .doesNotContain("Seq Scan").contains("quote_article_position_key");
        }
    }

    @Test
    void aWordTestedInEachQuoteFindsWhatACaseInsensitiveMatchFinds() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long topSpeaker = queryLong("SELECT min(id) FROM quotes.speaker");
            // One speaker's quotes, whoever the speaker, and all quotes with a word reckoned common.
            List<Long> speakers = Arrays.asList(topSpeaker, topSpeaker + 40, topSpeaker + SPEAKERS / 2,
                    topSpeaker + SPEAKERS - 1, null);
            int compared = 0;
            for (Long speaker : speakers) {
                for (String fragment : List.of("BASELESS", "fake news", "ke ne", "the", "s s", "%", "_", "absent")) {
                    for (StanceLabel stance : new StanceLabel[] { null, StanceLabel.CONFIRM }) {
                        List<Long> expected = idsMatching(connection, speaker, stance, fragment);
                        QuoteSearch search = new QuoteSearch(new QuoteFilter(
                                speaker == null ? null : List.of(speaker), stance, null, fragment), true);
                        for (int offset : new int[] { 0, 20, 200 }) {
                            QuoteSearch.Page page = search.run(connection, offset, 20);
                            String which = "speaker %s, %s, '%s', offset %d".formatted(speaker, stance, fragment,
                                    offset);
                            assertThat(page.quotes().stream().map(ListedQuote::id).toList()).as(which)
                                    .isEqualTo(expected.subList(Math.min(offset, expected.size()),
                                            Math.min(offset + 20, expected.size())));
                            assertThat(page.exact()).as(which).isEqualTo(expected.size() <= offset + 20);
                            if (page.exact()) {
                                assertThat(page.total()).as(which).isEqualTo(expected.size());
                            }
                            compared += page.quotes().size();
                        }
                    }
                }
            }
            assertThat(compared).as("the comparison is of pages that hold quotes").isGreaterThan(500);
        }
    }

    @Test
    void aWordLookedUpInTheWordIndexFindsWhatACaseInsensitiveMatchFinds() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            int compared = 0;
            for (String fragment : List.of("BASELESS", "fake news", "ake new", "ews bas", "Troops said", " the ",
                    "ceasefire talks", "absent")) {
                for (StanceLabel stance : new StanceLabel[] { null, StanceLabel.CONFIRM }) {
                    List<Long> expected = idsMatching(connection, null, stance, fragment);
                    // A window of the newest ids too narrow for deep pages, one wider, and all of them.
                    for (long newestIds : new long[] { 1_024, 50_000, 0 }) {
                        QuoteSearch.WordLookup words = wordLookup(connection, fragment, newestIds);
                        String which = "%s, '%s', newest ids %d".formatted(stance, fragment, newestIds);
                        if (words.anyOfEach().stream().anyMatch(quoteWords -> quoteWords.length == 0)) {
                            // The service answers without searching: no quote has a word the fragment's could be.
                            assertThat(expected).as(which).isEmpty();
                            continue;
                        }
                        QuoteSearch search = new QuoteSearch(new QuoteFilter(null, stance, null, fragment), false, words);
                        for (int offset : new int[] { 0, 20, 200, 5_000 }) {
                            QuoteSearch.Page page = search.run(connection, offset, 20);
                            String where = which + ", offset " + offset;
                            assertThat(page.quotes().stream().map(ListedQuote::id).toList()).as(where)
                                    .isEqualTo(expected.subList(Math.min(offset, expected.size()),
                                            Math.min(offset + 20, expected.size())));
                            assertThat(page.exact()).as(where).isEqualTo(expected.size() <= offset + 20);
                            if (page.exact()) {
                                assertThat(page.total()).as(where).isEqualTo(expected.size());
                            }
                            compared += page.quotes().size();
                        }
                    }
                }
            }
            assertThat(compared).as("the comparison is of pages that hold quotes").isGreaterThan(1_000);
        }
    }

    /** Where the word index finds the fragment's words, as the service looks them up. */
    private static QuoteSearch.WordLookup wordLookup(Connection connection, String fragment, long newestIds)
            throws SQLException {
        QuoteSearch.QuoteWords words = QuoteSearch.quoteWordsMatching(connection, SearchWords.patterns(fragment), 200);
        return new QuoteSearch.WordLookup(words.matching(), words.lastQuoteId(), newestIds);
    }

    /** The plan of the first page of twenty for these filters, planned for their values, a word looked up. */
    private static String firstPagePlan(Connection connection, QuoteFilter filter) throws SQLException {
        QuoteSearch search = new QuoteSearch(filter, false);
        return plan(connection, search.pageSql(20), search.pageParameters(0, 20));
    }

    /** The plan kept for a page of twenty at this offset for these filters. */
    private static String keptPagePlan(Connection connection, QuoteFilter filter, boolean commonWord, int offset)
            throws SQLException {
        QuoteSearch search = new QuoteSearch(filter, commonWord);
        return keptPlan(connection, search.pageSql(20), search.pageParameters(offset, 20));
    }

    /**
     * The plan PostgreSQL keeps for the statement when it plans it once for every value, as on quotes-service's
     * one-plan connections (plan_cache_mode = force_generic_plan), shown for these values.
     */
    private static String keptPlan(Connection connection, String sql, List<Object> parameters) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int placeholder = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++placeholder);
            } else {
                numbered.append(c);
            }
        }
        String values = parameters.stream()
                .map(value -> value instanceof String text ? "'" + text.replace("'", "''") + "'" : value.toString())
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            String mode;
            try (ResultSet rows = statement.executeQuery("SHOW plan_cache_mode")) {
                rows.next();
                mode = rows.getString(1);
            }
            statement.execute("SET plan_cache_mode = force_generic_plan");
            statement.execute("PREPARE kept_plan AS " + numbered);
            try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE kept_plan(" + values + ")")) {
                StringBuilder plan = new StringBuilder();
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
                return plan.toString();
            } finally {
                statement.execute("DEALLOCATE kept_plan");
                statement.execute("SET plan_cache_mode = " + mode);
            }
        }
    }

    /** The plan PostgreSQL chooses for the statement with these parameter values, as text. */
    private static String plan(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement explain = QuoteSearch.prepare(connection, "EXPLAIN " + sql, parameters)) {
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
