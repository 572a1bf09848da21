package io.quotestance.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.quotes.model.StanceLabel;
import io.quotestance.quotes.service.QuoteTextSample;
import jakarta.inject.Inject;

/**
 * How common the sample of quote texts reckons a word, which decides whether a search tests quotes one by one or
 * looks the word up; on 4,000 quotes with words of known frequency.
 */
@QuarkusTest
class QuoteTextSampleTest extends DatabaseTest {

    @Inject
    QuoteTextSample sample;

    /**
     * Every quote says "reported"; every tenth "ceasefire", every fourth is a denial, and one says "kremlin". One quote
     * in fifty is speaker 1's, all the others speaker 0's.
     */
    @BeforeEach
    void storeQuotesOfKnownWords() throws SQLException {
        storeQuotes(4_000, """
                'It was Reported '
                  || CASE WHEN i % 10 = 0 THEN 'after the ceasefire ' ELSE '' END
                  || CASE WHEN i % 4 = 0 THEN 'and then denied' ELSE 'at noon' END
                  || CASE WHEN i = 2000 THEN ' by the Kremlin' ELSE '' END""",
                "CASE WHEN i % 4 = 0 THEN 'deny' ELSE 'confirm' END", "CASE WHEN i % 50 = 10 THEN 1 ELSE 0 END");
        sample.drawAgain();
    }

    /**
     * Whether testing at most 1,000 quotes one by one finds this many matches: a quarter of those stored, since testing
     * all 4,000 costs little enough whatever the word.
     */
    private boolean common(String fragment, StanceLabel stance, int matchesNeeded) {
        return sample.shareOf(fragment, stance, null).orElseThrow().commonEnoughToTestEachQuote(matchesNeeded, 1_000);
    }

    private long newestIdsHolding(String fragment, StanceLabel stance, int matchesNeeded) {
        return sample.shareOf(fragment, stance, null).orElseThrow().newestIdsHolding(matchesNeeded);
    }

    @Test
    void aWordInMostQuotesIsCommonWhateverItsCase() {
        assertThat(common("REPORTED", null, 21)).isTrue();
        assertThat(common("it was reported", null, 21)).isTrue();
    }

    @Test
    void aWordInOneQuoteOrNoneIsLookedUp() {
        assertThat(common("kremlin", null, 21)).isFalse();
        assertThat(common("nowhere to be found", null, 21)).isFalse();
    }

    @Test
    void aDeepPageOfAWordInOneQuoteInTenIsLookedUpThoughItsFirstPageIsNot() {
        assertThat(common("ceasefire", null, 21)).isTrue();
        // 101 matches of a word in a tenth of the quotes would take testing 1,010 of them.
        assertThat(common("ceasefire", null, 101)).isFalse();
    }

    @Test
    void aWordIsReckonedAmongTheQuotesOfTheStanceAsked() {
        assertThat(common("denied", StanceLabel.DENY, 21)).isTrue();
        assertThat(common("denied", StanceLabel.CONFIRM, 21)).isFalse();
        // No quote is uncertain: testing every one of them costs nothing.
        assertThat(common("denied", StanceLabel.UNCERTAIN, 21)).isTrue();
    }

    @Test
    void aWordIsSoughtAmongTheNewestQuotesThatHoldItsPageTwiceOverAndARareOneAmongAll() {
        // In every quote: twice the 21 matches needed.
        assertThat(newestIdsHolding("reported", null, 21)).isEqualTo(42);
        // In a tenth of them: some 420 quotes, as the sample reckons.
        assertThat(newestIdsHolding("ceasefire", null, 21)).isBetween(300L, 600L);
        // In one: reading its few quotes among all costs less than a window wide enough.
        assertThat(newestIdsHolding("kremlin", null, 21)).isZero();
    }

    @Test
    void aRareWordOfASpeakerIsTestedInEachOfTheirQuotesOnlyWhenTheyAreQuotedAFewTimes() {
        // Testing at most 1,000 quotes: speaker 1's 80 are all tested, speaker 0's 3,920 are too many for a word they
        // never said, not for one in each of their quotes.
        assertThat(sample.shareOf("kremlin", null, speakerNumbered(1)).orElseThrow()
                .commonEnoughToTestEachQuote(21, 1_000)).isTrue();
        assertThat(sample.shareOf("kremlin", null, speakerNumbered(0)).orElseThrow()
                .commonEnoughToTestEachQuote(21, 1_000)).isFalse();
        assertThat(sample.shareOf("reported", null, speakerNumbered(0)).orElseThrow()
                .commonEnoughToTestEachQuote(21, 1_000)).isTrue();
        // Nor are all 4,000 quotes too many for the default of 30,000.
        assertThat(sample.shareOf("kremlin", null, null).orElseThrow().commonEnoughToTestEachQuote(21)).isTrue();
        // Every id of so few quotes is in the sample: speaker 1's are counted exactly.
        assertThat(sample.shareOf("kremlin", null, speakerNumbered(1)).orElseThrow().candidates()).isEqualTo(80);
        assertThat(sample.shareOf("denied", StanceLabel.DENY, speakerNumbered(1)).orElseThrow().candidates())
                .isEqualTo(40);
    }

    @Test
    void aWordIsReckonedAgainFromTheNextSampleNotFromTheOneBefore() throws SQLException {
        assertThat(sample.shareOf("armistice", null, null).orElseThrow().matches()).isZero();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE quotes.quote SET text = text || ' before the armistice'");
        }
        // The sample drawn before the change still answers for it, and so does what was reckoned from it.
        assertThat(sample.shareOf("armistice", null, null).orElseThrow().matches()).isZero();
        sample.drawAgain();
        assertThat(sample.shareOf("armistice", null, null).orElseThrow().matches()).isEqualTo(64);
    }

    @Test
    void aWordIsTestedInAsManyQuotesOfAStanceAsOfAllThoughAQuarterOfTheSampleIsThatStances() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO quotes.quote (article_id, speaker_id, position, text, type, start_offset,"
                    + " end_offset, stance_label) SELECT (SELECT min(id) FROM quotes.article),"
                    + " (SELECT min(id) FROM quotes.speaker), 4000 + i, 'More was reported', 'direct', 0, 10,"
                    + " CASE WHEN i % 4 = 0 THEN 'deny' ELSE 'confirm' END FROM generate_series(1, 36000) i");
        }
        sample.drawAgain();
        // 32,000 of the 40,000 quotes drawn, a quarter of them denials: a word in none is tested in 8,000 of all, and
        // in about as many denials, found among nearly the whole sample.
        QuoteTextSample.WordShare amongAll = sample.shareOf("armistice", null, null).orElseThrow();
        assertThat(amongAll.candidatesScanned()).isEqualTo(8_000);
        assertThat(amongAll.scanned()).isEqualTo(8_000);
        QuoteTextSample.WordShare amongDenials = sample.shareOf("armistice", StanceLabel.DENY, null).orElseThrow();
        assertThat(amongDenials.candidatesScanned()).isBetween(7_500, 8_000);
        assertThat(amongDenials.scanned()).isGreaterThan(28_000);
    }

    @Test
    void aWordSeldomFoundAmongASpeakersQuotesIsReckonedAmongAllQuotesToo() {
        QuoteTextSample.WordShare kremlin = sample.shareOf("kremlin", null, speakerNumbered(0)).orElseThrow();
        // A rare word: as many quotes scanned as that scan takes at most, the one that says it among them or not.
        assertThat(kremlin.overallScanned()).isEqualTo(2_000);
        assertThat(kremlin.overallMatches()).isLessThanOrEqualTo(1);
        // Up to 64 matches, enough to reckon a common word's share: a denial is every fourth quote.
        QuoteTextSample.WordShare denied = sample.shareOf("denied", StanceLabel.CONFIRM, speakerNumbered(1))
                .orElseThrow();
        assertThat(denied.overallMatches()).isEqualTo(64);
        assertThat(denied.overallScanned()).isBetween(200, 320);
    }
}
