package io.quotestance.stance.classifier;

import java.util.List;

/**
 * Fits a softmax temperature to labelled results of an uncalibrated classifier by minimising the mean negative
 * log-likelihood of the gold labels. The search is a golden-section search on the log of the temperature, which is
 * deterministic; the likelihood is convex in 1/T, so it has one minimum.
 */
final class TemperatureFit {

    private static final double LOWEST_LOG_T = Math.log(0.05);
    private static final double HIGHEST_LOG_T = Math.log(20);
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    private static final int ITERATIONS = 100;

    /** A raw result and its gold label. */
    record Labelled(StanceResult raw, StanceLabel gold) {
    }

    private TemperatureFit() {
    }

    static double fit(List<Labelled> examples) {
        double low = LOWEST_LOG_T;
        double high = HIGHEST_LOG_T;
        double left = high - GOLDEN * (high - low);
        double right = low + GOLDEN * (high - low);
        double leftLoss = negativeLogLikelihood(examples, Math.exp(left));
        double rightLoss = negativeLogLikelihood(examples, Math.exp(right));
        for (int i = 0; i < ITERATIONS; i++) {
            if (leftLoss <= rightLoss) {
                high = right;
                right = left;
                rightLoss = leftLoss;
                left = high - GOLDEN * (high - low);
                leftLoss = negativeLogLikelihood(examples, Math.exp(left));
            } else {
                low = left;
                left = right;
                leftLoss = rightLoss;
                right = low + GOLDEN * (high - low);
                rightLoss = negativeLogLikelihood(examples, Math.exp(right));
            }
        }
        return Math.exp((low + high) / 2);
    }

    /**
     * Mean negative log-likelihood of the gold labels after rescaling raw scores with {@code temperature}. Raw scores
     * are a softmax of the logits, so their logarithms are the logits up to a constant that the softmax ignores.
     */
    static double negativeLogLikelihood(List<Labelled> examples, double temperature) {
        double total = 0;
        for (Labelled example : examples) {
            double normaliser = 0;
            for (double score : example.raw().scores().values()) {
                normaliser += Math.exp(Math.log(score) / temperature);
            }
            total -= Math.log(example.raw().scores().get(example.gold())) / temperature - Math.log(normaliser);
        }
        return total / examples.size();
    }
}
