package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.extract;
import static io.quotestance.quotes.extraction.Extraction.quoteStartingWith;
import static io.quotestance.quotes.extraction.Extraction.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerResolutionTest {

    @Test
    void resolvesSurnameToFullestName() {
        List<ExtractedQuote> quotes = extract("""
                Energy secretary Paul Whitman visited the plant on Monday.
                Whitman said the reactor would restart in June.
                """);

        ExtractedQuote quote = onlyQuote(quotes);
        assertThat(quote.speaker().name()).isEqualTo("Paul Whitman");
        assertThat(quote.speaker().mention()).isEqualTo("Whitman");
        assertThat(quote.speaker().aliases()).contains("Whitman");
    }

    @Test
    void laterSurnameMentionKeepsRoleFromFirstMention() {
        List<ExtractedQuote> quotes = extract("""
                “Demand is falling,” oil analyst Mei Tan said.
                Tan said prices could drop below $60 a barrel.
                """);

        ExtractedQuote later = quoteStartingWith(quotes, "prices could drop");
        assertThat(later.speaker().name()).isEqualTo("Mei Tan");
        assertThat(later.speaker().role()).isEqualTo("oil analyst");
    }

    @Test
    void resolvesHeToNearestPersonSpeaker() {
        List<ExtractedQuote> quotes = extract("Goalkeeper Tom Hale said the team deserved to win. "
                + "He added that the referee had made mistakes.");

        ExtractedQuote added = quoteStartingWith(quotes, "the referee");
        assertThat(added.speaker().name()).isEqualTo("Tom Hale");
        assertThat(added.speaker().mention()).isEqualTo("He");
        assertThat(added.cue()).isEqualTo("added");
    }

    @Test
    void resolvesItToNearestOrganizationNotPerson() {
        List<ExtractedQuote> quotes = extract("The European Medicines Agency said the drug was effective. "
                + "Its director Hans Berg said more data was needed. It said approval could come in March.");

        ExtractedQuote itSaid = quoteStartingWith(quotes, "approval");
        assertThat(itSaid.speaker().name()).isEqualTo("European Medicines Agency");
        assertThat(itSaid.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void resolvesDefiniteRoleToEarlierSpeaker() {
        List<ExtractedQuote> quotes = extract("Kremlin spokesman Ivan Orlov said the talks were useful. "
                + "The spokesman added that no date had been set.");

        ExtractedQuote added = quoteStartingWith(quotes, "no date");
        assertThat(added.speaker().name()).isEqualTo("Ivan Orlov");
    }

    @Test
    void keepsUnnamedSourceUnnamed() {
        ExtractedQuote quote = single("A senior official at the finance ministry said the budget would be delayed.");

        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(quote.speaker().name()).isNull();
        assertThat(quote.speaker().mention()).isEqualTo("A senior official at the finance ministry");
    }

    @Test
    void keepsPluralUnnamedSourceWithItsQuantifier() {
        ExtractedQuote quote = single("Several doctors warned that waiting lists would grow.");

        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(quote.speaker().mention()).isEqualTo("Several doctors");
    }

    @Test
    void splitsTitlePreModifierIntoRoleAndAffiliation() {
        ExtractedQuote quote = single("UN Secretary-General Ana Costa said the ceasefire must hold.");

        assertThat(quote.speaker().name()).isEqualTo("Ana Costa");
        assertThat(quote.speaker().role()).isEqualTo("UN Secretary-General");
        assertThat(quote.speaker().affiliation()).isEqualTo("UN");
    }

    @Test
    void takesCountryFromDemonymInRole() {
        ExtractedQuote quote = single("Brazilian President Carla Mendes said the forest law would pass.");

        assertThat(quote.speaker().role()).isEqualTo("Brazilian President");
        assertThat(quote.speaker().affiliation()).isEqualTo("Brazil");
    }

    @Test
    void takesCountryOfGovernmentRoleFromTheCountryThatSpokeJustBefore() {
        List<ExtractedQuote> quotes = extract("""
                Spain has said it will send firefighters to Greece.
                “We stand with our neighbours,” interior ministry spokeswoman Elena Ruiz said.
                """);

        ExtractedQuote quote = quoteStartingWith(quotes, "We stand");
        assertThat(quote.speaker().role()).isEqualTo("interior ministry spokeswoman");
        assertThat(quote.speaker().affiliation()).isEqualTo("Spain");
    }

    @Test
    void leavesAffiliationEmptyWhenTheArticleDoesNotSayIt() {
        ExtractedQuote quote = single("Club spokesman Ben Ware said the match would go ahead.");

        assertThat(quote.speaker().role()).isEqualTo("Club spokesman");
        assertThat(quote.speaker().affiliation()).isNull();
    }

    @Test
    void takesCountryOfTitledPersonInAppositive() {
        List<ExtractedQuote> quotes = extract("""
                A spokesman for Kenya’s president said the election date was fixed.
                “We are ready,” said Amos Kiprop, an adviser to President John Mwangi.
                """);

        ExtractedQuote quote = quoteStartingWith(quotes, "We are ready");
        assertThat(quote.speaker().role()).isEqualTo("adviser to President John Mwangi");
        assertThat(quote.speaker().affiliation()).isEqualTo("Kenya");
    }

    @Test
    void expandsAcronymDefinedInTheArticle() {
        List<ExtractedQuote> quotes = extract("""
                The Financial Conduct Authority (FCA) said it was reviewing the fund.
                The FCA said investors should be cautious.
                """);

        assertThat(quotes).hasSize(2);
        assertThat(quotes).allMatch(q -> "Financial Conduct Authority".equals(q.speaker().name()));
        assertThat(quotes.get(1).speaker().aliases()).contains("FCA");
    }

    @Test
    void recognisesCountriesAsOrganizations() {
        ExtractedQuote quote = single("Canada said it would match the tariffs.");

        assertThat(quote.speaker().name()).isEqualTo("Canada");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(quote.speaker().affiliation()).isNull();
    }

    @Test
    void recognisesMediaAsOrganizationWithCountry() {
        ExtractedQuote quote = single("Turkish media reported that the border crossing had reopened.");

        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(quote.speaker().name()).isEqualTo("Turkish media");
        assertThat(quote.speaker().affiliation()).isEqualTo("Turkey");
    }

    @Test
    void mergesNameWithRoleAppositiveBeforeTheCue() {
        ExtractedQuote quote = single("Lina Berg, the head of the city’s transport authority, said fares would rise.");

        assertThat(quote.speaker().name()).isEqualTo("Lina Berg");
        assertThat(quote.speaker().role()).isEqualTo("head of the city’s transport authority");
    }

    @Test
    void mergesRoleWithNameAppositive() {
        ExtractedQuote quote = single("The club’s chief executive, Jane Doe, said revenue rose 12%.");

        assertThat(quote.speaker().name()).isEqualTo("Jane Doe");
        assertThat(quote.speaker().role()).isEqualTo("club’s chief executive");
    }

    @Test
    void dropsHonorificFromNameWithoutMakingItARole() {
        ExtractedQuote quote = single("Dr. Ravi Shah said the trial results were encouraging.");

        assertThat(quote.speaker().name()).isEqualTo("Ravi Shah");
        assertThat(quote.speaker().role()).isNull();
    }

    @Test
    void readsCoordinatedSpeakersAsOneGroup() {
        ExtractedQuote quote = single("France, Germany and their allies have accused Moscow of breaking the deal.");

        assertThat(quote.speaker().name()).isEqualTo("France, Germany and their allies");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void dropsNonSpeakerConjunctBeforeAnd() {
        ExtractedQuote quote = single("The economy shrank and analysts said a recession was likely.");

        assertThat(quote.speaker().mention()).isEqualTo("analysts");
        assertThat(quote.text()).isEqualTo("a recession was likely");
    }

    @Test
    void treatsLoneUnknownCapitalisedWordAsOrganization() {
        ExtractedQuote quote = single("Nordcell said its quarterly profit doubled.");

        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(quote.speaker().name()).isEqualTo("Nordcell");
    }

    @Test
    void takesMultiWordGazetteerOrganizationFromRole() {
        ExtractedQuote quote = single("Federal Reserve Chair Maya Long said rates would stay on hold.");

        assertThat(quote.speaker().role()).isEqualTo("Federal Reserve Chair");
        assertThat(quote.speaker().affiliation()).isEqualTo("Federal Reserve");
    }

    @Test
    void takesFullOrganizationNameAfterAnAcronym() {
        ExtractedQuote quote = single("“Tech stocks look stretched,” said Sam Ford, chief strategist at CFRA Research in Boston.");

        assertThat(quote.speaker().affiliation()).isEqualTo("CFRA Research");
    }

    private static ExtractedQuote onlyQuote(List<ExtractedQuote> quotes) {
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }
}
