package io.quotestance.quotes.service;

/** A request named an id that does not exist. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, long id) {
        super("No " + resource + " with id " + id + ".");
    }
}
