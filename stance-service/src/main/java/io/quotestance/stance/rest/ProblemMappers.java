package io.quotestance.stance.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quotestance.stance.classifier.StanceLabel;
import io.quotestance.stance.service.LabelNotFoundException;
import io.quotestance.stance.service.StaleLabelVersionException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem. Details are written here, never copied from exceptions, so that no
 * stack trace, SQL or class name reaches a client.
 */
public class ProblemMappers {

    private static final String TYPE_PREFIX = "urn:quote-stance:problem:";

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException exception, HttpServerRequest request) {
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        boolean tooLarge = exception.getConstraintViolations().stream()
                .anyMatch(violation -> violation.getConstraintDescriptor().getPayload().contains(Limits.TooLarge.class));
        if (tooLarge) {
            return problem(413, "text-too-large", "Text too large", summary(violations), request, violations);
        }
        return problem(400, "validation", "Invalid request", summary(violations), request, violations);
    }

    @ServerExceptionMapper
    public Response unreadableField(MismatchedInputException exception, HttpServerRequest request) {
        String field = fieldOf(exception.getPath());
        String message = messageFor(exception);
        List<Problem.Violation> violations = List.of(new Problem.Violation(field, message));
        return problem(400, "validation", "Invalid request", field + ": " + message, request, violations);
    }

    @ServerExceptionMapper
    public Response unknownLabel(LabelNotFoundException exception, HttpServerRequest request) {
        return problem(404, "not-found", "Not found", "Quote " + exception.quoteId() + " has no stance label", request,
                null);
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleLabelVersionException exception, HttpServerRequest request) {
        return problem(409, "version-conflict", "Version conflict", exception.getMessage(), request, null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException exception, HttpServerRequest request) {
        return problem(409, "version-conflict", "Version conflict",
                "The label was changed by another request at the same time; read it again and retry", request, null);
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException exception, HttpServerRequest request) {
        int status = exception.getResponse().getStatus();
        // The JSON reader reports syntax errors as a plain 400 whose cause is the parser's exception.
        if (status == 400 && exception.getCause() instanceof JsonProcessingException parseFailure) {
            return problem(400, "malformed-json", "Malformed JSON", malformedDetail(parseFailure.getLocation()),
                    request, null);
        }
        if (status >= 500) {
            return internalError(exception, request);
        }
        return switch (status) {
            case 404 -> problem(404, "not-found", "Not found", "No resource at " + request.path(), request, null);
            case 405 -> problem(405, "method-not-allowed", "Method not allowed",
                    request.method() + " is not allowed on " + request.path(), request, null);
            case 406 -> problem(406, "not-acceptable", "Not acceptable", "Responses are application/json", request, null);
            case 415 -> problem(415, "unsupported-media-type", "Unsupported media type",
                    "Request bodies must be application/json", request, null);
            default -> problem(status, "http-" + status, reasonPhrase(status), reasonPhrase(status), request, null);
        };
    }

    @ServerExceptionMapper
    public Response internalError(Throwable exception, HttpServerRequest request) {
        Log.errorf(exception, "Request %s %s failed", request.method(), request.path());
        return problem(500, "internal-error", "Internal error", "The request could not be processed", request, null);
    }

    private static Response problem(int status, String type, String title, String detail, HttpServerRequest request,
            List<Problem.Violation> violations) {
        Problem problem = new Problem(TYPE_PREFIX + type, title, status, detail, request.path(), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String summary(Collection<Problem.Violation> violations) {
        return violations.stream().map(violation -> violation.field() + ": " + violation.message())
                .collect(Collectors.joining("; "));
    }

    /**
     * The field as the client wrote it ({@code items[2].text}), without the method and parameter names of the
     * resource; a whole missing body is called {@code body}.
     */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "body";
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String fieldOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String messageFor(MismatchedInputException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        Class<?> target = exception.getTargetType();
        if (target == null) {
            return "has the wrong type";
        }
        if (target == StanceLabel.class) {
            return "must be one of confirm, deny, uncertain, concern";
        }
        if (Number.class.isAssignableFrom(target) || target == long.class) {
            return "must be a whole number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (target.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String malformedDetail(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "The body is not valid JSON";
        }
        return "The body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
