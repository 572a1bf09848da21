package io.quotestance.quotes.service;

/** An article text over the configured limit. */
public class TextTooLongException extends RuntimeException {

    public TextTooLongException(int length, int limit) {
        super("The text has " + length + " characters; at most " + limit + " are accepted.");
    }
}
