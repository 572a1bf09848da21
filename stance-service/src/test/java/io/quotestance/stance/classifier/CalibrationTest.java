package io.quotestance.stance.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Calibration of the scores: the shipped temperature is the one fitted on the tune split, and it lowers the expected
 * calibration error and the log-loss on both splits without changing any label.
 */
class CalibrationTest {

    private static final StanceClassifier RAW = new StanceClassifier(1.0);
    private static final StanceClassifier CALIBRATED = new StanceClassifier();
    private static final List<DevSet.Example> TUNE = DevSet.load(DevSet.TUNE);
    private static final List<DevSet.Example> HELD_OUT = DevSet.load(DevSet.HELD_OUT);

    @Test
    void shippedTemperatureIsTheFitOnTheTuneSplit() {
        double fitted = TemperatureFit.fit(labelled(TUNE));
        double shipped = Calibration.load().temperature();
        System.out.printf(Locale.ROOT, "fitted temperature %.4f, shipped %.4f%n", fitted, shipped);

        assertThat(shipped).isCloseTo(fitted, within(0.02 * fitted));
    }

    @Test
    void calibrationLowersExpectedCalibrationErrorOnBothSplits() {
        for (List<DevSet.Example> split : List.of(TUNE, HELD_OUT)) {
            double before = Evaluation.of(RAW, split).expectedCalibrationError();
            double after = Evaluation.of(CALIBRATED, split).expectedCalibrationError();
            System.out.printf(Locale.ROOT, "%s: ECE %.3f before calibration, %.3f after%n",
                    split == TUNE ? "tune" : "held-out", before, after);

            assertThat(after).isLessThan(before);
        }
    }

    @Test
    void calibrationLowersHeldOutLogLoss() {
        double shipped = Calibration.load().temperature();

        assertThat(TemperatureFit.negativeLogLikelihood(labelled(HELD_OUT), shipped))
                .isLessThan(TemperatureFit.negativeLogLikelihood(labelled(HELD_OUT), 1.0));
    }

    @Test
    void calibrationNeverChangesALabel() {
        for (DevSet.Example example : HELD_OUT) {
            assertThat(CALIBRATED.classify(example.input()).label()).as(example.text())
                    .isEqualTo(RAW.classify(example.input()).label());
        }
    }

    @Test
    void temperatureMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StanceClassifier(0));
    }

    private static List<TemperatureFit.Labelled> labelled(List<DevSet.Example> examples) {
        return examples.stream()
                .map(example -> new TemperatureFit.Labelled(RAW.classify(example.input()), example.gold()))
                .toList();
    }
}
