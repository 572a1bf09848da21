package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of every result: scores, confidence, determinism, evidence and version. */
class ScoresAndEvidenceTest {

    static Stream<StanceInput> corpus() {
        return Statements.CORPUS.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void scoresCoverAllFourLabelsAndSumToOne(StanceInput input) {
        StanceResult result = CLASSIFIER.classify(input);

        assertThat(result.scores()).containsOnlyKeys(StanceLabel.values());
        assertThat(result.scores().values()).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(result.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void confidenceIsTheWinnersScoreAndTheHighest(StanceInput input) {
        StanceResult result = CLASSIFIER.classify(input);

        assertThat(result.confidence()).isEqualTo(result.scores().get(result.label()));
        assertThat(result.confidence()).isEqualTo(Collections.max(result.scores().values()));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void classificationIsDeterministic(StanceInput input) {
        assertThat(new StanceClassifier().classify(input)).isEqualTo(CLASSIFIER.classify(input));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void evidenceOffsetsPointAtTheEvidenceText(StanceInput input) {
        StanceResult result = CLASSIFIER.classify(input);

        assertThat(result.evidence()).isNotEmpty().allSatisfy(evidence -> {
            assertThat(evidence.rule()).isNotBlank();
            if (evidence.start() == null) {
                assertThat(evidence.end()).isNull();
                assertThat(input.cue()).contains(evidence.text());
            } else {
                assertThat(input.text().substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void evidenceIsInTextOrderWithTheCueFirst(StanceInput input) {
        List<Integer> starts = CLASSIFIER.classify(input).evidence().stream()
                .map(evidence -> evidence.start() == null ? -1 : evidence.start())
                .toList();

        assertThat(starts).isSorted();
    }

    @Test
    void statementWithoutAnyCueGetsAConfirmLessSureThanAnExplicitOne() {
        StanceResult result = CLASSIFIER.classify(new StanceInput("The meeting took place in Geneva.", null, null));

        assertThat(result.label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(result.confidence()).isBetween(0.5, 0.9).isLessThan(CLASSIFIER.classify(
                new StanceInput("We can confirm the meeting took place in Geneva.", null, null)).confidence());
    }

    @Test
    void emptyStatementStillGetsALabelAndEvidence() {
        StanceResult result = CLASSIFIER.classify(new StanceInput("", null, null));

        assertThat(result.label()).isEqualTo(StanceLabel.CONFIRM);
        assertThat(result.evidence()).containsExactly(new Evidence("", 0, 0, "no-stance-cue"));
    }

    @Test
    void strongerEvidenceGivesHigherConfidence() {
        assertThat(Statements.classify("The claims are baseless lies and fabricated propaganda.").confidence())
                .isGreaterThan(Statements.classify("The claims are baseless.").confidence());
    }

    @Test
    void resultsCarryTheModelVersion() {
        assertThat(Statements.classify("Any statement.").modelVersion()).isEqualTo(StanceClassifier.MODEL_VERSION)
                .startsWith("rules-");
    }

    @Test
    void nullInputOrTextIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> CLASSIFIER.classify(null));
        assertThatNullPointerException().isThrownBy(() -> CLASSIFIER.classify(new StanceInput(null, "said", null)));
    }

    @Test
    void oneClassifierIsSafeToShareBetweenThreads() {
        List<StanceResult> sequential = Statements.CORPUS.stream().map(CLASSIFIER::classify).toList();

        List<List<StanceResult>> parallel = IntStream.range(0, 16).parallel()
                .mapToObj(run -> Statements.CORPUS.parallelStream().map(CLASSIFIER::classify).toList())
                .toList();

        assertThat(parallel).allSatisfy(results -> assertThat(results).isEqualTo(sequential));
    }
}
