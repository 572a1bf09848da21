package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.classify;
import static io.quotestance.stance.classifier.Statements.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guide rule 1: negation flips meaning, and a negated confirmation is uncertain, not deny. */
class NegationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "We cannot confirm that the hospital was hit.",
            "The ministry is not able to verify the footage.",
            "There is no confirmation yet of a second case of the virus.",
            "There is no evidence yet that the ballots were tampered with.",
            "The club declined to comment on the transfer.",
            "Officials have yet to confirm the number of casualties.",
            "No one has confirmed the death toll.",
            "We can't say at this stage who was behind the cyberattack.",
            "The regulator could not independently verify the company's emissions data."})
    void negatedConfirmationIsUncertain(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.UNCERTAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "There are no troops in Belarus.",
            "The ministry did not send any fighters abroad.",
            "The explosion never happened.",
            "Our factory hasn't released a single drop of waste into the lake.",
            "Nobody was paid to vote for the bill.",
            "The striker didn't take any banned substance."})
    void negationOfTheEventIsDeny(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.DENY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We do not deny that our forces were in the area.",
            "The board does not reject the auditors' findings.",
            "I won't deny that the budget was overspent.",
            "This is not propaganda."})
    void negatedDenialLeansConfirm(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.CONFIRM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The rumours about the merger are not true.",
            "That is simply not the case.",
            "These figures are not accurate."})
    void negatedTruthIsDeny(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.DENY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We don't know yet how many people were on board.",
            "I'm not sure the polls are right.",
            "It is not clear that the ceasefire is holding."})
    void negatedCertaintyIsUncertain(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.UNCERTAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"There is no reason to doubt the report.", "The figures are not in doubt."})
    void negatedDoubtLeansConfirm(String text) {
        assertThat(label(text)).isEqualTo(StanceLabel.CONFIRM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"There is no threat to the public.", "We are not worried about these exercises."})
    void negatedConcernDismissesTheAlarm(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.DENY);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("negated-concern");
    }

    @Test
    void neitherConfirmNorDenyIsUncertain() {
        assertThat(label("The government would neither confirm nor deny the report.")).isEqualTo(StanceLabel.UNCERTAIN);
    }

    @Test
    void negationDoesNotReachAcrossClauses() {
        assertThat(label("Nothing was decided on Monday; today we confirm the plant will close."))
                .isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void negationReachesOnlyAFewWordsAhead() {
        StanceResult result = classify("No vote was held after the long and bitter debate that the senator confirmed.");

        assertThat(result.evidence()).extracting(Evidence::rule).doesNotContain("negated-confirmation");
    }

    @Test
    void negationIdiomsNegateNothing() {
        assertThat(label("The army was not only present but also shelling villages.")).isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void withoutNegatesAStanceWordButNotAnEvent() {
        assertThat(label("The report was published without evidence.")).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(label("The convoy arrived without weapons.")).isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void hedgedNegationIsUncertain() {
        assertThat(label("The suspects may not have left the city.")).isEqualTo(StanceLabel.UNCERTAIN);
    }

    @Test
    void negatedConfirmationEvidenceSpansNegatorAndVerb() {
        StanceResult result = classify("At this stage we cannot confirm the reports.");

        assertThat(result.evidence()).containsExactly(new Evidence("cannot confirm", 17, 31, "negated-confirmation"));
    }

    @Test
    void eventNegationEvidenceSpansNegatorAndNegatedWord() {
        StanceResult result = classify("The plane never landed in Minsk.");

        assertThat(result.evidence()).containsExactly(new Evidence("never landed", 10, 22, "negated-event"));
    }
}
