package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.classify;
import static io.quotestance.stance.classifier.Statements.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guide rule 3: hedges about the claim make it uncertain, hedges about consequences are concern. */
class HedgeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "If confirmed, it would be the first case in the country.",
            "The minister reportedly resigned on Tuesday.",
            "The suspect may have fled the country.",
            "The goalkeeper might leave the club this summer.",
            "It is unclear whether the dam was struck deliberately.",
            "The images are unverified.",
            "The senator allegedly took bribes from the contractor.",
            "It remains to be seen whether the vote was rigged."})
    void hedgeOnClaimIsUncertain(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("hedge-on-claim");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This could threaten the stability of the whole region.",
            "Such a move would undermine years of diplomacy.",
            "The heatwave may endanger elderly residents.",
            "A default could be catastrophic for pensioners."})
    void hedgeOnConsequenceIsConcern(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.CONCERN);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("hedge-on-consequence");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Did they really send troops?",
            "Who benefits from this decision?",
            "Why would the bank hide these losses?"})
    void questionsAreUncertain(String text) {
        StanceResult result = classify(text);

        assertThat(result.label()).isEqualTo(StanceLabel.UNCERTAIN);
        assertThat(result.evidence()).extracting(Evidence::rule).contains("question");
    }

    @Test
    void hedgeOnClaimBeatsConcernInTheSameStatement() {
        assertThat(label("The factory may have leaked chemicals, which is alarming.")).isEqualTo(StanceLabel.UNCERTAIN);
    }

    @Test
    void conditionalWithoutHarmAddsNothing() {
        StanceResult result = classify("The new line would open in 2027.");

        assertThat(result.label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(result.evidence()).extracting(Evidence::rule).containsOnly("factual-assertion");
    }

    @Test
    void likelyIsAForecastNotAHedge() {
        assertThat(label("They will likely be deployed after completing their training."))
                .isEqualTo(StanceLabel.CONFIRM);
    }

    @Test
    void negatedPossibilityDenies() {
        assertThat(label("It is not possible that our jets crossed the border.")).isEqualTo(StanceLabel.DENY);
    }
}
