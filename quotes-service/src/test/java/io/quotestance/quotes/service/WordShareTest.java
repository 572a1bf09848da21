package io.quotestance.quotes.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quotestance.quotes.service.QuoteTextSample.WordShare;

/**
 * Whether a speaker's word is tested in each of their quotes, as a sample of 8,000 quotes out of a million reckons:
 * a speaker quoted 4,600 times has some 37 quotes in it, one quoted 36,000 times some 290.
 */
class WordShareTest {

    private static final int ROWS_TESTED_AT_MOST = 4_000;

    /** One match among the speaker's quotes drawn, and this many among the first quotes of the whole sample. */
    private static boolean common(int speakersQuotesDrawn, int overallMatches, int overallScanned) {
        long candidates = (long) speakersQuotesDrawn * 1_000_000 / 8_000;
        return new WordShare(1, speakersQuotesDrawn, 8_000, 1_000_000, candidates, overallMatches, overallScanned)
                .commonEnoughToTestEachQuote(21, ROWS_TESTED_AT_MOST);
    }

    @Test
    void aWordInOneQuoteInTwentyFiveIsTestedInEachQuoteOfASpeakerTooLittleDrawnToShowIt() {
        // 37 quotes drawn would hold 1.5 of its matches: the 4 % of all quotes is the better guess, 525 tested.
        assertThat(common(37, 64, 1_600)).isTrue();
    }

    @Test
    void aWordThatTheSpeakersQuotesDrawnWouldShowButDoNotIsLookedUp() {
        // 290 quotes drawn would hold 11.6 of its matches; one found says the speaker seldom says it.
        assertThat(common(290, 64, 1_600)).isFalse();
    }

    @Test
    void aWordRareAmongAllQuotesIsLookedUpForASpeakerToo() {
        // 0.1 % of all quotes: 21 matches would take testing 21,000 of the speaker's quotes.
        assertThat(common(37, 8, 8_000)).isFalse();
        // Fewer than three matches among all tell nothing either.
        assertThat(common(37, 2, 8_000)).isFalse();
    }
}
