package io.quotestance.gateway.rest;

/** Descriptions shared by the OpenAPI annotations of the resources. */
final class ApiResponses {

    static final String PROBLEM = "application/problem+json";
    static final String BAD_REQUEST = "Invalid input: the violations name the fields";
    static final String NOT_FOUND = "No such id";
    static final String UNAUTHORIZED = "No bearer token or an unknown one; answered with WWW-Authenticate: Bearer";
    static final String TOO_LARGE = "The text has more than 200,000 characters; nothing was processed";
    static final String UNSUPPORTED = "The body is not application/json";
    static final String UNAVAILABLE = "quotes-service (or, for this call, stance-service) is unavailable; "
            + "see Retry-After";

    private ApiResponses() {
    }
}
