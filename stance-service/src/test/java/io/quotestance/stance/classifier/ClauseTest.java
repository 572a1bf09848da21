package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.classify;
import static io.quotestance.stance.classifier.Statements.label;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clauses: the unit of negation and hedging, weighted by contrast markers. */
class ClauseTest {

    private static List<String> clauses(String text) {
        return Clause.split(text, TextNormaliser.normalise(text)).stream()
                .map(clause -> text.substring(clause.start(), clause.end()).strip())
                .toList();
    }

    @Test
    void clauseAfterButWeighsMore() {
        assertThat(label("We have confirmation of the deaths, but the toll is unverified."))
                .isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(label("The toll is unverified, but we have confirmation of the deaths."))
                .isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void concessionWeighsLessThanItsMainClause() {
        StanceResult result = classify("Although the report is unverified, we know troops are massing at the border.");

        assertThat(result.label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(result.evidence()).contains(new Evidence("Although", 0, 8, "contrast"));
    }

    @Test
    void contrastMarkerThatShiftedTheLabelIsEvidence() {
        StanceResult result = classify("We cannot confirm reports of troops at the front, but that may change.");

        assertThat(result.evidence()).contains(new Evidence("but", 50, 53, "contrast"));
    }

    @Test
    void splitsAtSentenceEndsSemicolonsAndContrastMarkers() {
        assertThat(clauses("It is happening. Prices rose; wages fell, however the bank held rates."))
                .containsExactly("It is happening.", "Prices rose;", "wages fell,", "however the bank held rates.");
    }

    @Test
    void yetAtTheEndOfAClauseIsNotAContrast() {
        assertThat(clauses("We have no confirmation yet.")).hasSize(1);
        assertThat(clauses("The talks failed, yet both sides stayed.")).hasSize(2);
    }

    @Test
    void butAlsoIsNotAContrast() {
        assertThat(clauses("They sent not only tanks but also drones.")).hasSize(1);
    }

    @Test
    void titlesAndInitialsDoNotEndSentences() {
        assertThat(clauses("Mr. Smith met J. Doe in the U.S. capital. Both left.")).hasSize(2);
    }

    @Test
    void clausesWithoutWordsAreDropped() {
        assertThat(clauses("… ; — !")).isEmpty();
    }
}
