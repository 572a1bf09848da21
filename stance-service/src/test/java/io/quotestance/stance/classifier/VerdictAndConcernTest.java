package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.classify;
import static io.quotestance.stance.classifier.Statements.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guide rules 2 and 5: explicit verdicts, concern without a verdict, boosters and denial vocabulary. */
class VerdictAndConcernTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The rise in measles cases among children is very worrying.",
            "We condemn this reckless escalation.",
            "The drought poses a grave risk to this year's harvest.",
            "Farmers fear the new tariffs will destroy their livelihoods.",
            "The spill is a danger to every fish in the bay.",
            "Such attacks on journalists are deeply troubling and unacceptable."})
    void concernWithoutVerdictIsConcern(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.CONCERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It is definitely happening and it is alarming.",
            "We can confirm the leak, which is very worrying.",
            "There is no doubt that the virus is spreading, and that is a threat to us all.",
            "The merger is certainly going ahead, and it is a risk for small suppliers."})
    void concernGivesWayToExplicitVerdict(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void concernGivesWayToDenial() {
        assertThat(label("These alarming stories about the reactor are fabricated.")).isEqualTo(StanceLabel.DENY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The team is clearly cheating.",
            "We know the ships left port on Sunday.",
            "It is not a secret that the minister knew.",
            "The turnout was undoubtedly the highest in decades.",
            "Of course the bridge was closed."})
    void boosterStrengthensConfirm(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("booster");
    }

    @Test
    void boosterGivesMoreConfidenceThanAPlainAssertion() {
        assertThat(classify("The ships definitely left port on Sunday.").confidence())
                .isGreaterThan(classify("The ships left port on Sunday.").confidence());
    }

    @Test
    void boosterIntensifiesADenialInItsClause() {
        StanceResult result = classify("This is clearly false.");

        assertThat(result.label()).isEqualTo(StanceLabel.DENY);
        assertThat(result.evidence()).extracting(Evidence::rule).containsExactly("booster", "denial-vocabulary");
    }

    @Test
    void boosterRightBeforeAConcernWordIntensifiesConcern() {
        assertThat(label("The situation at the border is definitely alarming.")).isEqualTo(StanceLabel.CONCERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This is another piece of fake news.",
            "The report is baseless.",
            "These are lies spread by our enemies.",
            "The video was fabricated by a rival campaign.",
            "Claims of a secret deal are nonsense.",
            "It is a smear, pure and simple.",
            "That story is Western propaganda.",
            "The accusations are groundless and false.",
            "The outbreak story is a hoax."})
    void denialVocabularyIsDeny(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.DENY);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("denial-vocabulary");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We do have this confirmation.",
            "Tests have verified the presence of the toxin.",
            "We have evidence that the ballots were altered.",
            "It is true that the ministry received the letter."})
    void confirmationAndTruthVocabularyConfirm(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.CONFIRM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The strikes hit three hospitals in the city.",
            "Prices rose by 4 percent in March.",
            "Russian navy ships transferred troops to Vladivostok."})
    void plainFactualAssertionConfirmsLessSurelyThanAVerdict(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(result.confidence()).isBetween(0.5, 0.9)
                .isLessThan(classify("It is true: " + text).confidence());
        assertThat(result.evidence()).extracting(Evidence::rule).containsOnly("factual-assertion");
    }

    @Test
    void capitalisedNamesAreNotStanceWords() {
        assertThat(label("Hope Hicks arrived in May with Grace Truth.")).isEqualTo(StanceLabel.CONFIRM);
        assertThat(classify("In May, troops were deployed to the border.").evidence())
                .extracting(Evidence::rule).containsOnly("factual-assertion");
    }
}
