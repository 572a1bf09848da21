package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Pairs of statements that differ by one cue (a word, a phrase, a question mark or the reporting verb) and must flip
 * the label; the pairs are in {@code stance-devset/minimal-pairs.psv}.
 */
class MinimalPairsTest {

    private static final String PAIRS = "/stance-devset/minimal-pairs.psv";

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' is {2}; {3} ''{4}'' is {5}")
    @CsvFileSource(resources = PAIRS, delimiter = '|')
    void oneCueFlipsTheLabel(String firstCue, String first, StanceLabel firstLabel, String secondCue, String second,
            StanceLabel secondLabel) {
        assertThat(firstLabel).as("a pair must flip the label").isNotEqualTo(secondLabel);
        assertThat(CLASSIFIER.classify(new StanceInput(first, firstCue, null)).label()).as(first)
                .isEqualTo(firstLabel);
        assertThat(CLASSIFIER.classify(new StanceInput(second, secondCue, null)).label()).as(second)
                .isEqualTo(secondLabel);
    }

    @Test
    void suiteHasAtLeast80Pairs() throws IOException {
        try (InputStream in = MinimalPairsTest.class.getResourceAsStream(PAIRS)) {
            long pairs = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .count();
            assertThat(pairs).isGreaterThanOrEqualTo(80);
        }
    }
}
