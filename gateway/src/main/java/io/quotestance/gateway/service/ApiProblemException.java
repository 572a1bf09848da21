package io.quotestance.gateway.service;

import java.util.List;

import io.quotestance.gateway.api.Problem;

/** A request the gateway refuses itself, answered as a problem detail with this status. */
public class ApiProblemException extends RuntimeException {

    private final int status;
    private final List<Problem.Violation> violations;

    public ApiProblemException(int status, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static ApiProblemException notFound(String detail) {
        return new ApiProblemException(404, detail, List.of());
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
