package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.extract;
import static io.quotestance.quotes.extraction.Extraction.quoteStartingWith;
import static io.quotestance.quotes.extraction.Extraction.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking pronouns, descriptions, surnames and organizations to the speakers the article names. */
class SpeakerLinkingTest {

    @Test
    void sheSkipsTheNearerManAndFindsTheWomanNamedBefore() {
        List<ExtractedQuote> quotes = extract("""
                Ingrid Solberg, who led the study, said the signal was clear.
                Marcus Oyelaran, who was not involved, said the result was remarkable.
                “It is a very strange and very interesting stranger,” she told the BBC.
                """);

        assertThat(quoteStartingWith(quotes, "It is a very").speaker().name()).isEqualTo("Ingrid Solberg");
    }

    @Test
    void honorificMarksTheGenderOfANameTheLexiconDoesNotKnow() {
        List<ExtractedQuote> quotes = extract("""
                Ms Adjoa Quaye-Mensah said she was never told of the warnings.
                Senator Tunde Bakare said the embassy knew.
                “I find that very hard to forgive,” she said.
                """);

        assertThat(quoteStartingWith(quotes, "I find").speaker().name()).isEqualTo("Adjoa Quaye-Mensah");
    }

    @Test
    void pronounAfterAParagraphOfNarrationFindsThePersonThatParagraphIsAbout() {
        List<ExtractedQuote> quotes = extract("""
                “Nobody remembers a brave defeat,” manager Luis Ortega said.
                Dale, who only returned from injury last month, was mobbed by supporters.
                “I just closed my eyes and hoped,” the defender said.
                """.replace("Dale,", "Jamie Dale,"));

        assertThat(quoteStartingWith(quotes, "I just closed").speaker().name()).isEqualTo("Jamie Dale");
    }

    @Test
    void titleNounFindsThePersonWithThatTitleAnywhereBefore() {
        List<ExtractedQuote> quotes = extract("""
                Finance Minister Rachel Okafor on Tuesday defended the plan.
                Opposition leader Daniel Price said it was cowardice.
                Asked whether further cuts were coming, the minister said: “I am not going to write the next budget today.”
                """);

        assertThat(quoteStartingWith(quotes, "I am not going").speaker().name()).isEqualTo("Rachel Okafor");
    }

    @Test
    void surnameSharedByTwoPeopleGoesToTheOneNamedLast() {
        List<ExtractedQuote> quotes = extract("""
                Simon Hartley denied the charges.
                His former partner, Anna Hartley, who is no relation, gave evidence against him.
                Hartley said she had raised concerns about the accounts in 2020.
                """);

        assertThat(quoteStartingWith(quotes, "she had raised").speaker().name()).isEqualTo("Anna Hartley");
        assertThat(quoteStartingWith(quotes, "the charges").speaker().name()).isEqualTo("Simon Hartley");
    }

    @Test
    void possessiveBeforeANameIsTheSpeakersAffiliation() {
        ExtractedQuote quote = single("“This is not over,” CNN's Jake Tapper said.");

        assertThat(quote.speaker().name()).isEqualTo("Jake Tapper");
        assertThat(quote.speaker().affiliation()).isEqualTo("CNN");
    }

    @Test
    void nameStartsAtTheFirstNameAfterCapitalisedRoleWords() {
        ExtractedQuote quote = single("“We are close,” Senate Majority Whip Carla Benitez said.");

        assertThat(quote.speaker().name()).isEqualTo("Carla Benitez");
    }

    @Test
    void bylineNameNeverRunsIntoTheNextParagraph() {
        List<ExtractedQuote> quotes = extract("""
                By Lena Fischer and Paulo Mendes
                Ricardo Almeida conceded on Sunday.
                “The people have spoken,” Almeida told supporters.
                """);

        assertThat(quotes.get(0).speaker().name()).isEqualTo("Ricardo Almeida");
    }

    @Test
    void acronymIsLinkedToTheOrganizationWhoseInitialsItSpells() {
        List<ExtractedQuote> quotes = extract("""
                The European Central Bank kept rates on hold on Thursday.
                The ECB said inflation had continued to fall.
                """);

        assertThat(quotes.get(0).speaker().name()).isEqualTo("European Central Bank");
    }

    @Test
    void shortCompanyNameIsLinkedToItsFullName() {
        List<ExtractedQuote> quotes = extract("""
                Drugmaker Halvern Pharmaceuticals is recalling two million bottles.
                Halvern said it had stopped production at the plant.
                """);

        assertThat(quotes.get(0).speaker().name()).isEqualTo("Halvern Pharmaceuticals");
        assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void theCompanyIsTheOrganizationTheArticleIntroducedAsACompany() {
        List<ExtractedQuote> quotes = extract("""
                A rocket built by the private company Selene Aerospace exploded on Thursday.
                There were no injuries, the U.S. Space Force said.
                The company said preliminary data pointed to a faulty valve.
                """);

        assertThat(quoteStartingWith(quotes, "preliminary").speaker().name()).isEqualTo("Selene Aerospace");
    }

    @Test
    void documentsAreUnnamedSourcesAndItLinksBackToThem() {
        List<ExtractedQuote> quotes = extract("""
                “The army openly despises the government,” a WikiLeaks document dated March 2023 said.
                The cable described the president's circle as "isolated and in denial." It recommended that Washington suspend training.
                """);

        ExtractedQuote document = quoteStartingWith(quotes, "The army");
        assertThat(document.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(document.speaker().mention()).isEqualTo("a WikiLeaks document dated March 2023");
        ExtractedQuote recommended = quoteStartingWith(quotes, "Washington suspend");
        assertThat(recommended.speaker().mention()).isEqualTo("It");
        assertThat(recommended.speaker().aliases()).containsExactly("The cable");
    }

    @Test
    void asideBetweenSpeakerAndCueIsSkippedAndAnAffiliationAsideKept() {
        List<ExtractedQuote> quotes = extract("""
                Harold Quist, now retired, said he stood by his reporting.
                Dr Nicola Hart, of the think tank the King's Fund, said the trend was fragile.
                """);

        assertThat(quoteStartingWith(quotes, "he stood").speaker().name()).isEqualTo("Harold Quist");
        ExtractedQuote hart = quoteStartingWith(quotes, "the trend");
        assertThat(hart.speaker().name()).isEqualTo("Nicola Hart");
        assertThat(hart.speaker().affiliation()).isEqualTo("King's Fund");
    }

    @Test
    void unnamedPersonOfANamedBodyStaysUnnamed() {
        ExtractedQuote quote = single("The head of Ukraine's energy company, Ukrenergo, said the grid was stable.");

        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(quote.speaker().name()).isNull();
    }

    @Test
    void relativeClauseAndModifierAfterTheHeadNounKeepTheSource() {
        List<ExtractedQuote> quotes = extract("""
                A person familiar with the matter said Brightwell had approached Ostra last autumn.
                Investors who lost money said outside court that the sentence was too short.
                """);

        assertThat(quoteStartingWith(quotes, "Brightwell").speaker().mention()).isEqualTo("A person familiar with the matter");
        assertThat(quoteStartingWith(quotes, "the sentence").speaker().mention()).isEqualTo("Investors who lost money");
    }
}
