package io.quotestance.gateway.client;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Turns a downstream error answer into the exception the gateway maps to its own problem detail. */
final class DownstreamErrors {

    private DownstreamErrors() {
    }

    static RuntimeException toException(String service, Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            return new DownstreamRejectedException(service, status, violationsOf(response));
        }
        return new DownstreamUnavailableException(service, status);
    }

    // Only the violations' field names and messages are kept; the rest of an internal body never reaches a client.
    private static List<DownstreamProblem.Violation> violationsOf(Response response) {
        if (!response.hasEntity()) {
            return List.of();
        }
        try {
            return response.readEntity(DownstreamProblem.class).violations();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }
}
