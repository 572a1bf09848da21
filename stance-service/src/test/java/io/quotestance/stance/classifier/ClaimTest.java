package io.quotestance.stance.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Judging a statement toward an optional claim. */
class ClaimTest {

    private static final String CLAIM = "North Korea has sent troops to Russia";

    private static StanceResult classify(String text, String claim) {
        return Statements.CLASSIFIER.classify(new StanceInput(text, "said", claim));
    }

    @Test
    void statementNegatingTheClaimsEventIsDeny() {
        StanceResult result = classify("No troops were sent.", CLAIM);

        assertThat(result.label()).isEqualTo(StanceLabel.DENY);
        assertThat(result.evidence()).containsExactly(new Evidence("No troops", 0, 9, "negated-claim-event"));
    }

    @Test
    void negatingTheClaimIsSurerThanNegatingSomethingElse() {
        assertThat(classify("Pyongyang has not sent troops to Russia.", CLAIM).confidence())
                .isGreaterThan(classify("Pyongyang has not paid its UN dues.", CLAIM).confidence());
    }

    @Test
    void unrelatedStatementGetsLowerConfidence() {
        String text = "The harvest was good this year.";

        assertThat(classify(text, CLAIM).confidence()).isLessThan(classify(text, null).confidence()).isLessThan(0.5);
        assertThat(classify(text, CLAIM).label()).isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void factualAssertionOnTheClaimConfirmsMoreSurelyThanWithoutClaim() {
        String text = "North Korean troops have been sent to Russia's Far East.";

        assertThat(classify(text, CLAIM).label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(classify(text, CLAIM).confidence()).isGreaterThan(classify(text, null).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Reports that North Korea sent troops to Russia are fake news.",
            "We cannot confirm that North Korean troops are in Russia.",
            "North Korean troops in Russia are a grave threat to Europe.",
            "It is definitely true that North Korea sent troops to Russia."})
    void explicitStanceKeepsItsLabelAgainstTheClaim(String text) {
        assertThat(classify(text, CLAIM).label()).isEqualTo(classify(text, null).label());
    }

    @Test
    void irregularVerbFormsMatchTheClaimsVerb() {
        StanceResult result = classify("Pyongyang did not send a single soldier.", CLAIM);

        assertThat(result.label()).isEqualTo(StanceLabel.DENY);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("negated-claim-event");
    }

    @Test
    void assertingTheOppositeOfTheClaimDeniesIt() {
        StanceResult result = classify("The factory will stay open and we are hiring.",
                "The company will close its factory");

        assertThat(result.label()).isEqualTo(StanceLabel.DENY);
        assertThat(result.evidence()).extracting(Evidence::rule, Evidence::text)
                .contains(org.assertj.core.groups.Tuple.tuple("opposite-of-claim", "open"));
    }

    @Test
    void theOppositeWordCountsOnlyAgainstAClaim() {
        assertThat(Statements.label("The factory will stay open and we are hiring.")).isEqualTo(StanceLabel.CONFIRM);
        assertThat(classify("The factory will not stay open.", "The company will close its factory").evidence())
                .extracting(Evidence::rule).doesNotContain("opposite-of-claim");
    }

    @Test
    void pronounWithAnEventVerbStandsForTheClaim() {
        StanceResult result = classify("It never happened.", CLAIM);

        assertThat(result.label()).isEqualTo(StanceLabel.DENY);
        assertThat(result.evidence()).extracting(Evidence::rule).containsExactly("negated-claim-event");
    }

    @Test
    void statementAboutTheReportsIsOnTopicWithoutSharingTheClaimsWords() {
        String text = "These reports are fabricated lies.";

        assertThat(classify(text, CLAIM).confidence()).isEqualTo(classify(text, null).confidence());
        assertThat(classify("Fabricated lies, all of them.", CLAIM).confidence())
                .isLessThan(classify(text, CLAIM).confidence());
    }

    @Test
    void blankClaimIsIgnored() {
        String text = "The ships left port on Sunday.";

        assertThat(classify(text, "  ")).isEqualTo(classify(text, null));
    }

    @Test
    void stemsMatchInflectionsAndDemonyms() {
        assertThat(StanceClassifier.stem("troops")).isEqualTo(StanceClassifier.stem("troop"));
        assertThat(StanceClassifier.stem("korean")).isEqualTo(StanceClassifier.stem("korea"));
        assertThat(StanceClassifier.stem("deployed")).isEqualTo(StanceClassifier.stem("deploying"));
        assertThat(StanceClassifier.stem("russia's")).isEqualTo(StanceClassifier.stem("russia"));
    }
}
