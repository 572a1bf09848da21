package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.extract;
import static io.quotestance.quotes.extraction.Extraction.quoteStartingWith;
import static io.quotestance.quotes.extraction.Extraction.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectQuoteTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "“We played with heart today,” coach Maria Lopez said.",
            "\"We played with heart today,\" coach Maria Lopez said.",
            "« We played with heart today », coach Maria Lopez said.",
            "‘We played with heart today,’ coach Maria Lopez said.",
            "'We played with heart today,' coach Maria Lopez said."})
    void readsEveryKindOfQuotationMark(String sentence) {
        ExtractedQuote quote = single(sentence);

        assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(quote.text()).isEqualTo("We played with heart today");
        assertThat(quote.speaker().name()).isEqualTo("Maria Lopez");
        assertThat(quote.speaker().role()).isEqualTo("coach");
    }

    @Test
    void findsSpeakerAfterTheQuote() {
        ExtractedQuote quote = single("“Interest rates will stay high for longer,” central bank governor Ana Ruiz said.");

        assertThat(quote.cue()).isEqualTo("said");
        assertThat(quote.speaker().name()).isEqualTo("Ana Ruiz");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(quote.speaker().role()).isEqualTo("central bank governor");
    }

    @Test
    void findsInvertedSpeakerWithAppositiveRole() {
        ExtractedQuote quote = single("“The vaccine is safe for children,” said Priya Nair, a paediatrician at "
                + "St Mary’s Hospital in London.");

        assertThat(quote.text()).isEqualTo("The vaccine is safe for children");
        assertThat(quote.speaker().name()).isEqualTo("Priya Nair");
        assertThat(quote.speaker().role()).isEqualTo("paediatrician at St Mary’s Hospital in London");
        assertThat(quote.speaker().affiliation()).isEqualTo("St Mary’s Hospital");
    }

    @Test
    void findsSpeakerBeforeTheQuoteWithComma() {
        ExtractedQuote quote = single("Asked about the merger, chief executive Tom Becker said, “We have no plans to sell.”");

        assertThat(quote.text()).isEqualTo("We have no plans to sell.");
        assertThat(quote.speaker().name()).isEqualTo("Tom Becker");
        assertThat(quote.speaker().role()).isEqualTo("chief executive");
    }

    @Test
    void findsSpeakerBeforeTheQuoteWithColonAndStatementAdjunct() {
        ExtractedQuote quote = single("The Football Association said in a statement: “Racism has no place in our game.”");

        assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(quote.text()).isEqualTo("Racism has no place in our game.");
        assertThat(quote.speaker().name()).isEqualTo("Football Association");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void findsQuoteRightAfterTheCueWithoutPunctuation() {
        ExtractedQuote quote = single("Asked about the result, a spokeswoman for the club said “we are disappointed.”");

        assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(quote.speaker().name()).isNull();
        assertThat(quote.speaker().mention()).isEqualTo("a spokeswoman for the club");
    }

    @Test
    void keepsAQuoteOfSeveralSentencesWhole() {
        ExtractedQuote quote = single("“Prices rose again. Shoppers are worried. We expect a hard winter,” "
                + "retail analyst Jo Park told Reuters.");

        assertThat(quote.text()).isEqualTo("Prices rose again. Shoppers are worried. We expect a hard winter");
        assertThat(quote.cue()).isEqualTo("told");
        assertThat(quote.speaker().name()).isEqualTo("Jo Park");
    }

    @Test
    void splitsAQuoteInterruptedByItsCueIntoTwoPieces() {
        List<ExtractedQuote> quotes = extract("Prime Minister Lena Holm was asked about the strike. "
                + "“We will,” she said, “and soon.”");

        assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("We will", "and soon.");
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.speaker().mention()).isEqualTo("she");
        });
    }

    @Test
    void attributesEveryParagraphOfAMultiParagraphQuote() {
        String article = """
                Health minister Sara Quist said: “The next two weeks will decide the winter.
                “We are asking everyone over 60 to get a booster.
                “Hospitals are ready, but they need our help.”
                """;
        List<ExtractedQuote> quotes = extract(article);

        assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
                "The next two weeks will decide the winter.",
                "We are asking everyone over 60 to get a booster.",
                "Hospitals are ready, but they need our help.");
        assertThat(quotes).allMatch(q -> "Sara Quist".equals(q.speaker().name()) && "said".equals(q.cue()));
    }

    @Test
    void attributesMultiParagraphQuoteWhoseSpeakerComesAtTheEnd() {
        String article = """
                “The season has been long.
                “But we never stopped believing,” captain Joe Kane said.
                """;
        List<ExtractedQuote> quotes = extract(article);

        assertThat(quotes).hasSize(2);
        assertThat(quotes).allMatch(q -> "Joe Kane".equals(q.speaker().name()));
    }

    @Test
    void continuesTheSpeakerOfTheParagraphBefore() {
        String article = """
                “We have cut emissions by a third,” said Karin Olsen, the company’s head of sustainability.
                “There is still a long way to go.”
                """;
        ExtractedQuote second = quoteStartingWith(extract(article), "There is still");

        assertThat(second.speaker().name()).isEqualTo("Karin Olsen");
        assertThat(second.type()).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void takesBareAttributionSentenceAfterTheQuote() {
        ExtractedQuote quote = single("“It is over.” Coach Dan Reyes said.");

        assertThat(quote.text()).isEqualTo("It is over.");
        assertThat(quote.speaker().name()).isEqualTo("Dan Reyes");
    }

    @Test
    void findsListenerObjectAfterToldWithoutTakingItAsSpeaker() {
        ExtractedQuote quote = single("“The bridge will reopen in May,” mayor Ellen Fox told the BBC.");

        assertThat(quote.cue()).isEqualTo("told");
        assertThat(quote.speaker().name()).isEqualTo("Ellen Fox");
        assertThat(quote.speaker().role()).isEqualTo("mayor");
    }
}
