package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.extract;
import static io.quotestance.quotes.extraction.Extraction.quoteStartingWith;
import static io.quotestance.quotes.extraction.Extraction.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndirectQuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The World Health Organization said that measles cases doubled last year.|measles cases doubled last year|said",
            "The World Health Organization said measles cases doubled last year.|measles cases doubled last year|said",
            "The World Health Organization said on Tuesday that measles cases doubled last year.|measles cases doubled last year|said",
            "The World Health Organization said in a statement that measles cases doubled last year.|measles cases doubled last year|said",
            "The World Health Organization warned that measles cases doubled last year.|measles cases doubled last year|warned",
            "Measles cases doubled last year, the World Health Organization said.|Measles cases doubled last year|said",
            "Measles cases doubled last year, said the World Health Organization.|Measles cases doubled last year|said",
            "Measles cases doubled last year, according to the World Health Organization.|Measles cases doubled last year|according to",
            "According to the World Health Organization, measles cases doubled last year.|measles cases doubled last year|According to"})
    void findsReportedClauseInEveryPosition(String sentence, String clause, String cue) {
        ExtractedQuote quote = single(sentence);

        assertThat(quote.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(quote.text()).isEqualTo(clause);
        assertThat(quote.cue()).isEqualTo(cue);
        assertThat(quote.speaker().name()).isEqualTo("World Health Organization");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void findsDeniedGerundClause() {
        ExtractedQuote quote = single("The chipmaker has denied selling processors to sanctioned buyers.");

        assertThat(quote.text()).isEqualTo("selling processors to sanctioned buyers");
        assertThat(quote.cue()).isEqualTo("denied");
    }

    @Test
    void findsToldWithListenerAndNoThat() {
        ExtractedQuote quote = single("Striker Leon Baptiste told reporters the injury was not serious.");

        assertThat(quote.text()).isEqualTo("the injury was not serious");
        assertThat(quote.cue()).isEqualTo("told");
        assertThat(quote.speaker().name()).isEqualTo("Leon Baptiste");
    }

    @Test
    void findsToldWithNamedListenerAndThat() {
        ExtractedQuote quote = single("Finance minister Ruth Adeyemi told Bloomberg that the currency would stabilise.");

        assertThat(quote.text()).isEqualTo("the currency would stabilise");
        assertThat(quote.speaker().role()).isEqualTo("Finance minister");
    }

    @Test
    void skipsCitedSourceBetweenCommas() {
        ExtractedQuote quote = single("Japanese media, citing government officials, reported that the summit was postponed.");

        assertThat(quote.text()).isEqualTo("the summit was postponed");
        assertThat(quote.cue()).isEqualTo("reported");
        assertThat(quote.speaker().name()).isEqualTo("Japanese media");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(quote.speaker().affiliation()).isEqualTo("Japan");
    }

    @Test
    void stopsClauseBeforeNestedReport() {
        List<ExtractedQuote> quotes = extract("Germany has said it is alarmed by the outbreak after the regional "
                + "health agency said 40 farms were affected.");

        ExtractedQuote outer = quoteStartingWith(quotes, "it is alarmed");
        ExtractedQuote inner = quoteStartingWith(quotes, "40 farms");
        assertThat(outer.text()).isEqualTo("it is alarmed by the outbreak");
        assertThat(outer.speaker().name()).isEqualTo("Germany");
        assertThat(inner.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void stopsClauseBeforeParticipleAdjunct() {
        ExtractedQuote quote = single("Many economists doubt the tax cut will pay for itself, citing weak growth.");

        assertThat(quote.text()).isEqualTo("the tax cut will pay for itself");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void attributesAddingClauseToTheSentenceSpeaker() {
        List<ExtractedQuote> quotes = extract("Coach Ines Vidal said the team was tired, adding that two players were injured.");

        assertThat(quotes).extracting(ExtractedQuote::text)
                .containsExactly("the team was tired", "two players were injured");
        assertThat(quotes.get(1).cue()).isEqualTo("adding");
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Ines Vidal");
    }

    @Test
    void findsAccusedComplement() {
        ExtractedQuote quote = single("Regulators have accused the bank of misleading savers about fees.");

        assertThat(quote.text()).isEqualTo("the bank of misleading savers about fees");
        assertThat(quote.cue()).isEqualTo("accused");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(quote.speaker().mention()).isEqualTo("Regulators");
    }

    @Test
    void treatsCueInsideReportedClauseAsPartOfTheReport() {
        ExtractedQuote quote = single("Bank economists said they expected two more rate rises this year.");

        assertThat(quote.text()).isEqualTo("they expected two more rate rises this year");
        assertThat(quote.speaker().mention()).isEqualTo("Bank economists");
    }
}
