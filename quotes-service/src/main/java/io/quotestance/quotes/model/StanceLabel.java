package io.quotestance.quotes.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The four stance labels; quotes-service only keeps a copy of each quote's current one. */
public enum StanceLabel {
    CONFIRM,
    DENY,
    UNCERTAIN,
    CONCERN;

    /** The lower-case form used in JSON, query parameters and the database. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Strict parsing of the lower-case form: anything else is a client error. */
    @JsonCreator
    public static StanceLabel fromValue(String value) {
        for (StanceLabel label : values()) {
            if (label.value().equals(value)) {
                return label;
            }
        }
        throw new IllegalArgumentException("must be one of confirm, deny, uncertain, concern");
    }
}
