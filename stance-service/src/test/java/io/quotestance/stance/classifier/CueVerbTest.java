package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.classify;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Guide rule 4: the reporting verb carries stance. */
class CueVerbTest {

    private static final String REPORTED_CLAUSE = "the plant had released contaminated water into the river";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "denied, DENY", "dismissed, DENY", "rejected, DENY", "refuted, DENY",
            "confirmed, CONFIRM", "acknowledged, CONFIRM", "admitted, CONFIRM", "accused, CONFIRM",
            "warned, CONCERN", "voiced alarm, CONCERN", "condemned, CONCERN", "cautioned, CONCERN",
            "questioned, UNCERTAIN", "asked, UNCERTAIN", "wondered, UNCERTAIN"})
    void cueVerbCarriesStance(String cue, StanceLabel expected) {
        assertThat(classify(REPORTED_CLAUSE, cue).label()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"denying", "denies", "deny", "Denied", "has denied", "flatly denied"})
    void cueTenseAndFormVariantsAreRecognised(String cue) {
        assertThat(classify(REPORTED_CLAUSE, cue).label()).isEqualTo(StanceLabel.DENY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "told", "describing", "described", "according to", "added", "citing"})
    void neutralCuesLeaveTheStanceToTheText(String cue) {
        assertThat(classify("another piece of fake news", cue).label()).isEqualTo(StanceLabel.DENY);
        assertThat(classify(REPORTED_CLAUSE, cue).evidence()).extracting(Evidence::rule)
                .containsOnly("factual-assertion");
    }

    @Test
    void cueEvidenceHasNoOffsetsAndKeepsTheCueAsWritten() {
        StanceResult result = classify(REPORTED_CLAUSE, "Voiced Alarm");

        assertThat(result.evidence()).containsExactly(new Evidence("Voiced Alarm", null, null, "cue-verb"));
    }

    @Test
    void negatedCueFollowsTheNegationRule() {
        assertThat(classify(REPORTED_CLAUSE, "did not deny").label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(classify(REPORTED_CLAUSE, "would not confirm").label()).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(classify(REPORTED_CLAUSE, "did not deny").evidence())
                .containsExactly(new Evidence("did not deny", null, null, "negated-cue-verb"));
    }

    @Test
    void denyCueOutweighsThePlainAssertionItReports() {
        StanceResult result = classify("using North Korean troops in the war", "denied");

        assertThat(result.label()).isEqualTo(StanceLabel.DENY);
        assertThat(result.evidence()).extracting(Evidence::rule).containsExactly("cue-verb");
    }

    @Test
    void strongTextVerdictCanOutweighAConcernCue() {
        assertThat(classify("the reports were fabricated and the claims are baseless lies", "warned").label())
                .isEqualTo(StanceLabel.DENY);
    }

    @Test
    void missingCueIsTreatedAsNeutral() {
        assertThat(Statements.CLASSIFIER.classify(new StanceInput("The report is baseless.", null, null)).label())
                .isEqualTo(StanceLabel.DENY);
    }
}
