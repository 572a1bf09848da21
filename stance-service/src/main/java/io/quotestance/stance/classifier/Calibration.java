package io.quotestance.stance.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The softmax temperature that turns the rules' weighted evidence into calibrated scores. It is fitted by minimising
 * the negative log-likelihood on the tune split of the development set; {@code CalibrationTest} refits it at build
 * time and fails when the shipped value drifts from the fit.
 *
 * @param temperature divides the logits before the softmax: below 1 sharpens the scores, above 1 flattens them
 */
record Calibration(double temperature) {

    private static final String RESOURCE = "/classifier/calibration.properties";

    static Calibration load() {
        try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Calibration not found on the classpath: " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            String temperature = properties.getProperty("temperature");
            if (temperature == null) {
                throw new IllegalStateException(RESOURCE + " has no 'temperature'");
            }
            return new Calibration(Double.parseDouble(temperature.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
