package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.extract;
import static io.quotestance.quotes.extraction.Extraction.quoteStartingWith;
import static io.quotestance.quotes.extraction.Extraction.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks as news prints them: guillemets, straight singles, missing closers, colons before paragraphs. */
class QuotationMarksTest {

    @Test
    void readsGuillemetsSetOffBySpaces() {
        List<ExtractedQuote> quotes = extract("""
                Prime Minister Élise Garnier defended the reform.
                « Nous avons choisi la responsabilité », she said. « Si nous ne faisons rien, nos enfants paieront. »
                """);

        assertThat(quotes).extracting(ExtractedQuote::text)
                .containsExactly("Nous avons choisi la responsabilité", "Si nous ne faisons rien, nos enfants paieront.");
        assertThat(quotes).allMatch(q -> "Élise Garnier".equals(q.speaker().name()));
    }

    @Test
    void readsStraightSingleQuotesWithoutBreakingOnPluralPossessives() {
        ExtractedQuote quote = quoteStartingWith(extract(
                "'Nurses are exhausted, and the hospitals' budgets are empty,' said Bev Adeyemi, the union's leader."),
                "Nurses");

        assertThat(quote.text()).isEqualTo("Nurses are exhausted, and the hospitals' budgets are empty");
        assertThat(quote.speaker().name()).isEqualTo("Bev Adeyemi");
    }

    @Test
    void closesAQuoteWhoseClosingMarkIsMissingAtItsAttribution() {
        ExtractedQuote quote = single("“We are not asking for charity, said Miriam Kaya, a nurse who organised the march.");

        assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(quote.text()).isEqualTo("We are not asking for charity");
        assertThat(quote.speaker().name()).isEqualTo("Miriam Kaya");
    }

    @Test
    void keepsANestedQuoteInsideTheOuterQuote() {
        ExtractedQuote quote = single("“She told me at the net, ‘Go and win it.’ So now I have to,” Lucia Alcaraz said.");

        assertThat(quote.text()).isEqualTo("She told me at the net, ‘Go and win it.’ So now I have to");
        assertThat(quote.speaker().name()).isEqualTo("Lucia Alcaraz");
    }

    @Test
    void attributesParagraphsAfterAColonIntroductionToItsSpeaker() {
        List<ExtractedQuote> quotes = extract("""
                Its chair, Samoan diplomat Tuala Fepulea'i, told reporters:
                “We did not come here to negotiate our own extinction.
                “Every fraction of a degree is measured in our homes.
                “We will stay in this room for as long as it takes.”
                """);

        assertThat(quotes).hasSize(3);
        assertThat(quotes).allMatch(q -> "Tuala Fepulea'i".equals(q.speaker().name()) && "told".equals(q.cue()));
    }

    @Test
    void givesEveryPieceOfAnUnattributedMultiParagraphQuoteTheSpeakerBeforeIt() {
        List<ExtractedQuote> quotes = extract("""
                Head coach Warren Tait resigned on Monday.
                "I have given this job everything I have," he told a news conference.
                "But the system around this team is broken.
                "I say it because somebody has to."
                """);

        assertThat(quotes).hasSize(3);
        assertThat(quotes).allMatch(q -> "Warren Tait".equals(q.speaker().name()));
    }

    @Test
    void attributesASecondQuoteAfterAnAsideBeforeTheName() {
        List<ExtractedQuote> quotes = extract("\"Seven years for ruining lives,\" one of them, retired teacher Graham "
                + "Pollard, said. \"He'll be out in four.\"");

        assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("Seven years for ruining lives", "He'll be out in four.");
        assertThat(quotes).allMatch(q -> "Graham Pollard".equals(q.speaker().name()));
    }

    @Test
    void readsAFullQuoteIntroducedByAColonAfterAReportedClause() {
        List<ExtractedQuote> quotes = extract("Maya Goldberg said the strategy was already paying off: "
                + "\"Our churn is the lowest it has been in three years.\"");

        assertThat(quoteStartingWith(quotes, "Our churn").type()).isEqualTo(QuoteType.DIRECT);
        assertThat(quoteStartingWith(quotes, "the strategy").type()).isEqualTo(QuoteType.INDIRECT);
    }
}
