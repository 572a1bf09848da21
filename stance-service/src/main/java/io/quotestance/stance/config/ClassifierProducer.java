package io.quotestance.stance.config;

import io.quarkus.runtime.Startup;
import io.quotestance.stance.classifier.StanceClassifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One classifier for the whole service: it holds only immutable rules and lexicons. Built at startup, so that a
 * missing or broken lexicon stops the service instead of failing its first request.
 */
public class ClassifierProducer {

    @Produces
    @Singleton
    @Startup
    StanceClassifier stanceClassifier() {
        return new StanceClassifier();
    }
}
