package io.quotestance.quotes;

import static io.quotestance.quotes.Fixtures.person;
import static io.quotestance.quotes.Fixtures.quote;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.quotes.model.QuoteFilter;
import io.quotestance.quotes.model.QuoteSearch;
import io.quotestance.quotes.model.SearchWords;
import io.quotestance.quotes.model.StanceLabel;
import io.quotestance.quotes.service.ArticleWriter;
import io.quotestance.quotes.service.QuoteTextSample;
import io.quotestance.quotes.service.VocabularyCache;
import jakarta.inject.Inject;

/**
 * Searches of words too rare to test quote by quote, which the service looks up in the word index once it has a
 * sample of quote texts: the quotes a case-insensitive match finds, page by page, among all quotes or one speaker's,
 * whatever the punctuation and case around the words, and a new word as soon as its quote is stored.
 */
@QuarkusTest
class WordIndexSearchTest extends DatabaseTest {

    @Inject
    QuoteTextSample sample;

    @Inject
    ArticleWriter writer;

    @Inject
    VocabularyCache vocabulary;

    @Inject
    MeterRegistry registry;

    /**
     * 20,000 quotes of common words, one in 2,000 with a rarer phrase amid punctuation: too rare to test quote by
     * quote, which a few thousand quotes would answer. Speaker 0 says three quarters of them, speaker 1 nearly a
     * quarter, both too many to test each for a rare word, and speaker 2 fifty.
     */
    @BeforeEach
    void storeQuotesAndDrawTheSample() throws SQLException {
        storeQuotes(20_000, """
                'Officials said on day ' || i || ' that '
                  || CASE WHEN i % 2000 = 0 THEN 'the Kremlin’s troops were there'
                          WHEN i % 2000 = 7 THEN 'it was FAKE NEWS, again'
                          WHEN i % 2000 = 11 THEN 'a ceasefire-deal (fake newsroom) held'
                          WHEN i % 2000 = 13 THEN 'the pro-Kremlin outlets lied'
                          WHEN i % 2000 = 408 THEN 'the Kremlin said so'
                          ELSE 'nothing had changed' END""",
                "CASE WHEN i % 2 = 0 THEN 'deny' ELSE 'confirm' END",
                "CASE WHEN i % 400 = 8 THEN 2 WHEN i % 4 = 0 THEN 1 ELSE 0 END");
        sample.drawAgain();
    }

    @Test
    void findsPageByPageWhatACaseInsensitiveMatchFinds() throws SQLException {
        int compared = 0;
        for (Long speaker : new Long[] { null, speakerNumbered(0), speakerNumbered(1), speakerNumbered(2) }) {
            for (String fragment : List.of("kremlin", "KREMLIN’S", "fake news", "ake new", "news, ag", "ceasefire-deal",
                    "fire-de", "(fake", "pro-kremlin outlets", "’s troo", "day 1234 ", "absent words")) {
                for (StanceLabel stance : new StanceLabel[] { null, StanceLabel.DENY }) {
                    List<Long> expected = idsMatching(speaker, fragment, stance);
                    for (int page = 0; page < 3; page++) {
                        var request = given().queryParam("q", fragment).queryParam("size", 4)
                                .queryParam("page", page);
                        if (speaker != null) {
                            request.queryParam("speaker", speaker);
                        }
                        if (stance != null) {
                            request.queryParam("stance", stance.value());
                        }
                        List<Long> found = request.get("/quotes").then().statusCode(200).extract().jsonPath()
                                .getList("items.id", Long.class);
                        assertThat(found).as("speaker %s, '%s', %s, page %d", speaker, fragment, stance, page)
                                .isEqualTo(expected.subList(Math.min(page * 4, expected.size()),
                                        Math.min(page * 4 + 4, expected.size())));
                        compared += found.size();
                    }
                }
            }
        }
        assertThat(compared).as("the comparison is of pages that hold quotes").isGreaterThan(200);
    }

    private List<Long> idsMatching(Long speaker, String fragment, StanceLabel stance) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return idsMatching(connection, speaker, stance, fragment);
        }
    }

    @Test
    void aWordIsFoundAsSoonAsItsFirstQuoteIsStored() throws InterruptedException {
        awaitListening(true);
        assertThat(textsFound("zyzzyva")).isEmpty();
        String article = "“The Zyzzyva-beetle count doubled,” Ada Lee said.";
        Fixtures.store(writer, article, quote(article, "The Zyzzyva-beetle count doubled", person("Ada Lee", null, null)));

        assertThat(queryLong("SELECT count(*) FROM quotes.search_word WHERE word = 'zyzzyva'")).isEqualTo(1);
        assertThat(textsFound("zyzzyva")).containsExactly("The Zyzzyva-beetle count doubled");
        assertThat(textsFound("ZYZZYVA-b")).containsExactly("The Zyzzyva-beetle count doubled");
    }

    @Test
    void aWordStoredByAnotherReplicaIsFoundOnceItsTransactionCommits() throws InterruptedException {
        awaitListening(true);
        assertThat(textsFound("qwertzuiop")).isEmpty();
        storeQuoteThroughSql("the Qwertzuiop rule held");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (textsFound("qwertzuiop").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(textsFound("qwertzuiop")).containsExactly("the Qwertzuiop rule held");
        assertThat(textsFound("rule held")).containsExactly("the Qwertzuiop rule held");
    }

    @Test
    void anAnswerTheWordsAddedCannotChangeIsStillServedFromWhatWasKept() throws InterruptedException {
        awaitListening(true);
        textsFound("kremlin");
        assertThat(textsFound("qwertzuiop")).isEmpty();
        storeQuoteThroughSql("the Qwertzuiop rule held");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (textsFound("qwertzuiop").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        double keptBefore = keptPatterns();
        assertThat(textsFound("kremlin")).isNotEmpty();
        assertThat(keptPatterns() - keptBefore).as("patterns answered from what was kept").isEqualTo(1);
    }

    private double keptPatterns() {
        return registry.get("quotestance.vocabulary.patterns").tag("result", "kept").counter().count();
    }

    @Test
    void wordsStoredWhileTheServiceWasNotListeningAreFoundOnceItListensAgain() throws InterruptedException {
        awaitListening(true);
        assertThat(textsFound("qwertzuiop")).isEmpty();
        assertThat(queryLong("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '"
                + VocabularyCache.LISTENER_NAME + "' AND datname = current_database()")).isEqualTo(1);
        awaitListening(false);
        storeQuoteThroughSql("the Qwertzuiop rule held");
        awaitListening(true);

        assertThat(textsFound("qwertzuiop")).containsExactly("the Qwertzuiop rule held");
    }

    /** Once listening, the service keeps the vocabulary's answers; only then can a test see them go stale. */
    private void awaitListening(boolean listening) throws InterruptedException {
        textsFound("kremlin");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (vocabulary.listening() != listening && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(vocabulary.listening()).as("listening").isEqualTo(listening);
    }

    private static List<String> textsFound(String fragment) {
        return given().queryParam("q", fragment).get("/quotes").then().statusCode(200).extract().jsonPath()
                .getList("items.text", String.class);
    }

    /** A quote of the first speaker, stored as another replica of the service or any other client would. */
    private void storeQuoteThroughSql(String text) {
        queryLong("WITH stored AS (INSERT INTO quotes.quote (article_id, speaker_id, position, text, type,"
                + " start_offset, end_offset, stance_label) SELECT (SELECT id FROM quotes.article),"
                + " (SELECT min(id) FROM quotes.speaker), 20001, '" + text + "', 'direct', 0, 10, 'confirm'"
                + " RETURNING id) SELECT count(*) FROM stored");
    }

    @Test
    void aRareWordIsReadThroughTheWordIndexAmongTheNewestQuotesOrAllOfThemOrAMuchQuotedSpeakersOrAStances()
            throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE quotes.quote");
            for (Long speaker : new Long[] { null, speakerNumbered(0) }) {
                for (long newestIds : new long[] { 4_096, 0 }) {
                    for (StanceLabel stance : new StanceLabel[] { null, StanceLabel.DENY }) {
                        QuoteSearch.QuoteWords words = QuoteSearch.quoteWordsMatching(connection,
                                SearchWords.patterns("kremlin"), 200);
                        QuoteSearch search = new QuoteSearch(new QuoteFilter(
                                speaker == null ? null : List.of(speaker), stance, null, "kremlin"), false,
                                new QuoteSearch.WordLookup(words.matching(), words.lastQuoteId(), newestIds));
                        StringBuilder plan = new StringBuilder();
                        try (PreparedStatement explain = QuoteSearch.prepare(connection,
                                "EXPLAIN " + search.pageSql(20), search.pageParameters(0, 20));
                                ResultSet rows = explain.executeQuery()) {
                            while (rows.next()) {
                                plan.append(rows.getString(1)).append('\n');
                            }
                        }
                        assertThat(plan).as("speaker %s, newest ids %d, %s", speaker, newestIds, stance)
                                .containsPattern("Bitmap Index Scan on quote_(deny_)?words_idx")
                                .doesNotContain("trgm").doesNotContain("quote_speaker_");
                        // The speaker's quotes holding the word, or the stance's, from an index whose lists hold
                        // only those (the stance's own since V11); with both, whichever the planner reckons fewer.
                        String speakersWords = "Index Cond: .*speaker_id = ";
                        String stancesWords = "Bitmap Index Scan on quote_deny_words_idx";
                        String expected = "Bitmap Index Scan on quote_words_idx";
                        if (speaker != null && stance != null) {
                            expected = speakersWords + "|" + stancesWords;
                        } else if (speaker != null) {
                            expected = speakersWords;
                        } else if (stance != null) {
                            expected = stancesWords;
                        }
                        assertThat(plan).as("speaker %s, newest ids %d, %s", speaker, newestIds, stance)
                                .containsPattern(expected);
                    }
                }
            }
        }
    }
}
