package io.quotestance.gateway.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotestance.gateway.api.Problem;
import io.quotestance.gateway.config.GatewayConfig;

/** The cap on article and statement text, checked before anything is sent downstream. */
@ApplicationScoped
public class TextLimit {

    private final int maxLength;

    TextLimit(GatewayConfig config) {
        this.maxLength = config.maxTextLength();
    }

    public void check(String field, String text) {
        if (text != null && text.length() > maxLength) {
            throw new ApiProblemException(413,
                    "The %s has %,d characters; at most %,d are accepted.".formatted(field, text.length(), maxLength),
                    List.of(new Problem.Violation(field, "must be at most %,d characters".formatted(maxLength))));
        }
    }
}
