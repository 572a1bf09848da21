package io.quotestance.gateway.client;

import java.util.List;

/**
 * A downstream service refused a call as the caller's fault (4xx). The service is healthy, so circuit breakers
 * ignore it; the gateway answers with the same status and a problem detail of its own.
 */
public class DownstreamRejectedException extends RuntimeException {

    private final int status;
    private final List<DownstreamProblem.Violation> violations;

    public DownstreamRejectedException(String service, int status, List<DownstreamProblem.Violation> violations) {
        super(service + " answered " + status);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public List<DownstreamProblem.Violation> violations() {
        return violations;
    }
}
