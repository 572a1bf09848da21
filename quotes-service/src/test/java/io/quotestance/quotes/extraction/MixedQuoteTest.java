package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.extract;
import static io.quotestance.quotes.extraction.Extraction.quoteStartingWith;
import static io.quotestance.quotes.extraction.Extraction.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MixedQuoteTest {

    @Test
    void findsQuotedFragmentInsideParticipleReport() {
        List<ExtractedQuote> quotes = extract("The airline has denied cancelling flights without notice, with spokesman "
                + "Omar Haddad describing the complaints as “wildly exaggerated” at a briefing on Monday.");
        ExtractedQuote mixed = quoteStartingWith(quotes, "wildly");

        assertThat(mixed.type()).isEqualTo(QuoteType.MIXED);
        assertThat(mixed.text()).isEqualTo("wildly exaggerated");
        assertThat(mixed.cue()).isEqualTo("describing");
        assertThat(mixed.speaker().name()).isEqualTo("Omar Haddad");
        assertThat(mixed.speaker().role()).isEqualTo("spokesman");
    }

    @Test
    void keepsTheDenialBesideTheMixedFragment() {
        List<ExtractedQuote> quotes = extract("The airline has denied cancelling flights without notice, with spokesman "
                + "Omar Haddad describing the complaints as “wildly exaggerated”.");
        ExtractedQuote denial = quoteStartingWith(quotes, "cancelling");

        assertThat(denial.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(denial.text()).isEqualTo("cancelling flights without notice");
        assertThat(denial.cue()).isEqualTo("denied");
        assertThat(denial.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void reportsFragmentInsideSaidClauseAsMixedOnly() {
        ExtractedQuote quote = single("Opposition leader Rita Sousa said the budget was “a betrayal of young people”.");

        assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
        assertThat(quote.text()).isEqualTo("a betrayal of young people");
        assertThat(quote.cue()).isEqualTo("said");
        assertThat(quote.speaker().name()).isEqualTo("Rita Sousa");
    }

    @Test
    void findsFragmentInClauseWithTrailingAttribution() {
        ExtractedQuote quote = single("The new stadium will be “the best in Europe”, club president Luis Mora said.");

        assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
        assertThat(quote.text()).isEqualTo("the best in Europe");
        assertThat(quote.speaker().name()).isEqualTo("Luis Mora");
    }

    @Test
    void findsFragmentAfterCalled() {
        ExtractedQuote quote = single("Union boss Kate Moss called the pay offer “an insult to nurses”.");

        assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
        assertThat(quote.cue()).isEqualTo("called");
        assertThat(quote.speaker().role()).isEqualTo("Union boss");
    }
}
