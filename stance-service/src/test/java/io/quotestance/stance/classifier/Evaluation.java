package io.quotestance.stance.classifier;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-label precision, recall and F1, macro-F1, a confusion matrix and expected calibration error for a classifier
 * on labelled statements.
 */
final class Evaluation {

    /** Equal-width confidence bins for expected calibration error. */
    static final int CALIBRATION_BINS = 10;

    private final int[][] confusion = new int[StanceLabel.values().length][StanceLabel.values().length];
    private final double[] binConfidence = new double[CALIBRATION_BINS];
    private final double[] binCorrect = new double[CALIBRATION_BINS];
    private final int[] binCount = new int[CALIBRATION_BINS];
    private int total;

    /** Scores every example with {@code classifier}. */
    static Evaluation of(StanceClassifier classifier, List<DevSet.Example> examples) {
        Evaluation evaluation = new Evaluation();
        for (DevSet.Example example : examples) {
            evaluation.add(example.gold(), classifier.classify(example.input()));
        }
        return evaluation;
    }

    void add(StanceLabel gold, StanceResult result) {
        confusion[gold.ordinal()][result.label().ordinal()]++;
        int bin = Math.min(CALIBRATION_BINS - 1, (int) (result.confidence() * CALIBRATION_BINS));
        binConfidence[bin] += result.confidence();
        binCorrect[bin] += result.label() == gold ? 1 : 0;
        binCount[bin]++;
        total++;
    }

    double precision(StanceLabel label) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[label.ordinal()];
        }
        return predicted == 0 ? 0 : (double) confusion[label.ordinal()][label.ordinal()] / predicted;
    }

    double recall(StanceLabel label) {
        int gold = 0;
        for (int count : confusion[label.ordinal()]) {
            gold += count;
        }
        return gold == 0 ? 0 : (double) confusion[label.ordinal()][label.ordinal()] / gold;
    }

    double f1(StanceLabel label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double macroF1() {
        double sum = 0;
        for (StanceLabel label : StanceLabel.values()) {
            sum += f1(label);
        }
        return sum / StanceLabel.values().length;
    }

    double accuracy() {
        int correct = 0;
        for (StanceLabel label : StanceLabel.values()) {
            correct += confusion[label.ordinal()][label.ordinal()];
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Mean gap between confidence and accuracy over confidence bins, weighted by the bins' sizes. */
    double expectedCalibrationError() {
        double ece = 0;
        for (int bin = 0; bin < CALIBRATION_BINS; bin++) {
            if (binCount[bin] > 0) {
                ece += Math.abs(binConfidence[bin] - binCorrect[bin]) / total;
            }
        }
        return ece;
    }

    Map<StanceLabel, Double> f1ByLabel() {
        Map<StanceLabel, Double> f1 = new EnumMap<>(StanceLabel.class);
        for (StanceLabel label : StanceLabel.values()) {
            f1.put(label, f1(label));
        }
        return f1;
    }

    String report(String title) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n== %s: %d statements, accuracy %.3f, macro-F1 %.3f, ECE %.3f%n",
                title, total, accuracy(), macroF1(), expectedCalibrationError()));
        out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s%n", "label", "precision", "recall", "F1"));
        for (StanceLabel label : StanceLabel.values()) {
            out.append(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f%n", label, precision(label),
                    recall(label), f1(label)));
        }
        out.append(String.format(Locale.ROOT, "confusion (rows gold, columns predicted)%n%-10s", ""));
        for (StanceLabel label : StanceLabel.values()) {
            out.append(String.format(Locale.ROOT, " %9s", label));
        }
        out.append(System.lineSeparator());
        for (StanceLabel gold : StanceLabel.values()) {
            out.append(String.format(Locale.ROOT, "%-10s", gold));
            for (StanceLabel predicted : StanceLabel.values()) {
                out.append(String.format(Locale.ROOT, " %9d", confusion[gold.ordinal()][predicted.ordinal()]));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
