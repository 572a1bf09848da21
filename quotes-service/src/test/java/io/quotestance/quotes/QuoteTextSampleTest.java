package io.quotestance.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

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

    /** Every quote says "reported"; every tenth "ceasefire", every fourth is a denial, and one says "kremlin". */
    @BeforeEach
    void storeQuotesOfKnownWords() throws SQLException {
        storeQuotesOfOneSpeaker(4_000, """
                'It was Reported '
                  || CASE WHEN i % 10 = 0 THEN 'after the ceasefire ' ELSE '' END
                  || CASE WHEN i % 4 = 0 THEN 'and then denied' ELSE 'at noon' END
                  || CASE WHEN i = 2000 THEN ' by the Kremlin' ELSE '' END""",
                "CASE WHEN i % 4 = 0 THEN 'deny' ELSE 'confirm' END");
        sample.drawAgain();
    }

    private boolean common(String fragment, StanceLabel stance, int matchesNeeded) {
        return sample.shareOf(fragment, stance).orElseThrow().commonEnoughToTestEachQuote(matchesNeeded);
    }

    private long newestIdsHolding(String fragment, StanceLabel stance, int matchesNeeded) {
        return sample.shareOf(fragment, stance).orElseThrow().newestIdsHolding(matchesNeeded);
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
        // 9,001 matches of a word in a tenth of the quotes would take testing 90,000 of them.
        assertThat(common("ceasefire", null, 9_001)).isFalse();
    }

    @Test
    void aWordIsCommonOnlyAmongTheQuotesOfTheStanceAsked() {
        assertThat(common("denied", StanceLabel.DENY, 21)).isTrue();
        assertThat(common("denied", StanceLabel.CONFIRM, 21)).isFalse();
        assertThat(common("denied", StanceLabel.UNCERTAIN, 21)).isFalse();
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
}
