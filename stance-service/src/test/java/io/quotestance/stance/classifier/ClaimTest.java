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

        assertThat(classify(text, CLAIM).confidence()).isLessThan(classify(text, null).confidence());
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
