package io.quotestance.quotes.service;

/** A request parameter that is well-formed alone but not allowed in its combination with others. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
