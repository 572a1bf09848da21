package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.extract;
import static io.quotestance.quotes.extraction.Extraction.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotAQuoteTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "If approved, the merger would create the largest bank in Europe.",
            "If the reports are confirmed, the sanctions would be the toughest yet.",
            "The striker scored twice in the second half.",
            "Shares have fallen 30% since January, wiping out a year of gains.",
            "The vaccine was reported to be in short supply.",
            "The minister could not say when the bridge would reopen."})
    void ignoresNarratorSentencesWithoutAReportingSpeaker(String sentence) {
        assertThat(extract(sentence)).isEmpty();
    }

    @Test
    void ignoresScareQuotes() {
        assertThat(extract("The so-called “reset” between the two countries has stalled.")).isEmpty();
    }

    @Test
    void ignoresQuotedTitles() {
        assertThat(extract("The documentary “The Last Glacier” opened in cinemas on Friday.")).isEmpty();
    }

    @Test
    void ignoresHeadlineAndKeepsTheBody() {
        String article = """
                Minister Says “No Deal” On Fishing Rights
                Fisheries minister Ola Berg said the talks had collapsed.
                """;
        ExtractedQuote quote = single(article);

        assertThat(quote.text()).isEqualTo("the talks had collapsed");
    }

    @Test
    void ignoresTruncatedTeaserParagraph() {
        assertThat(extract("Iran will hold talks with three European powers, the foreign ministry said on Sunday, days after the"))
                .isEmpty();
    }

    @Test
    void keepsScareQuotesInsideTheReportedClause() {
        ExtractedQuote quote = single("The minister said the so-called “reset” had failed.");

        assertThat(quote.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(quote.text()).isEqualTo("the so-called “reset” had failed");
    }

    @Test
    void ignoresWhatSomeoneCallsAThing() {
        assertThat(extract("The agency published photos showing what it calls troop movements near the border.")).isEmpty();
    }

    @Test
    void ignoresAProgrammeTitleOwnedByABroadcaster() {
        ExtractedQuote quote = single("Transportation Secretary Neil Okoro warned on ABC's \"This Week\" that controllers "
                + "would have to work without pay.");

        assertThat(quote.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(quote.text()).doesNotContain("This Week");
    }

    @Test
    void ignoresNicknames() {
        assertThat(extract("Asante, the teenager who goes by “Kofi” at the club, scored the winner.")).isEmpty();
        assertThat(extract("City led through a penalty from striker Marco \"The Cannon\" Bellini.")).isEmpty();
        assertThat(extract("Some commentators have already dubbed the planet “Earth's cousin,” a label it may not deserve."))
                .isEmpty();
    }

    @Test
    void ignoresBylinesCaptionsAndSignOffs() {
        String article = """
                By Helen Marsh, Political Correspondent
                Photo: Rachel Okafor leaves Downing Street on Tuesday (AP Photo/Kirsty Wigglesworth)
                “We are filling the hole,” Finance Minister Rachel Okafor said.
                Reporting by Helen Marsh; Editing by Tom Reid
                """;

        assertThat(extract(article)).extracting(ExtractedQuote::text).containsExactly("We are filling the hole");
    }

    @Test
    void aLongNarrativeNounPhraseEndingInAVerbLikeNounIsNoSpeaker() {
        String article = """
                “We are close,” Sultan Al-Hamdan said. “The world is watching this room.”
                A draft text published on Tuesday morning drew fierce criticism from small island states.
                """;

        assertThat(extract(article)).allMatch(q -> "Sultan Al-Hamdan".equals(q.speaker().name()));
    }
}
