package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.classify;
import static io.quotestance.stance.classifier.Statements.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditions on the claim versus on events, harms as consequences, casualty reports and posed verdicts. */
class ConditionAndConsequenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "If the reports are true, the minister will have to resign.",
            "Should the figures be accurate, the ceasefire is over.",
            "If this is confirmed, it would be a very worrying development.",
            "If the footage is genuine, it changes everything."})
    void conditionOnTheClaimsTruthIsUncertainAndItsVerdictWordsArePosedOnly(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("conditional-on-claim")
                .doesNotContain("truth-vocabulary", "confirmation-vocabulary");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "If the ceasefire collapses, thousands more will die.",
            "Another cyberattack could cripple the banking system.",
            "Unless the dam is repaired, the valley could be destroyed and farms will suffer."})
    void harmUnderAConditionOrAModalIsConcern(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.CONCERN);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("harm-as-consequence");
    }

    @Test
    void plainFutureHarmIsAReportNotAConcern() {
        assertThat(label("The plant will close in June and 400 workers will lose their jobs."))
                .isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void possibleHarmStatedAsAFactIsUncertain() {
        assertThat(label("The striker might be injured.")).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(label("Dozens of civilians may have been killed.")).isEqualTo(StanceLabel.UNCERTAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"No one was injured in the blast.", "Nobody was hurt.", "There were no casualties."})
    void negatedCasualtyReportsAnEventThatHappened(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(result.evidence()).extracting(Evidence::rule).containsExactly("negated-casualty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"It could be true.", "The reports may be false.", "The video might well be fake."})
    void modalOnAVerdictLeavesTheClaimOpen(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("hedged-verdict");
    }

    @Test
    void verdictWordsInAQuestionArePosedNotAsserted() {
        assertThat(label("Where is the evidence?")).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(label("Is it true that the club was sold?")).isEqualTo(StanceLabel.UNCERTAIN);
    }

    @Test
    void rhetoricalQuestionAssertsInsteadOfAsking() {
        assertThat(label("Of course we are worried, who wouldn't be?")).isEqualTo(StanceLabel.CONCERN);
        assertThat(label("Why wouldn't we be alarmed by these numbers?")).isEqualTo(StanceLabel.CONCERN);
        assertThat(label("Who would be worried?")).isEqualTo(StanceLabel.UNCERTAIN);
    }

    @Test
    void speakersOwnBeliefIsAHedge() {
        assertThat(label("I think the virus was already here in December.")).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(label("It would be irresponsible to comment before the investigation is complete."))
                .isEqualTo(StanceLabel.UNCERTAIN);
    }

    @Test
    void clauseBeforeButIsConceded() {
        assertThat(label("The numbers are worrying, but the deal is done.")).isEqualTo(StanceLabel.CONFIRM);
        assertThat(label("The deal is done, but the numbers are worrying.")).isEqualTo(StanceLabel.CONCERN);
    }

    @Test
    void boosterBeforeAConcernInTheSameConjunctIntensifiesIt() {
        assertThat(label("Clearly, the risk to the coast is growing.")).isEqualTo(StanceLabel.CONCERN);
        assertThat(label("The outbreak is definitely spreading, which is alarming.")).isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void hedgeWordsNamingWhatIsDeniedDoNotOutweighTheDenial() {
        assertThat(label("The rumours of a takeover are pure speculation and completely unfounded."))
                .isEqualTo(StanceLabel.DENY);
    }
}
