package io.quotestance.gateway.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quotestance.gateway.api.Problem;
import io.quotestance.gateway.client.DownstreamProblem;
import io.quotestance.gateway.client.DownstreamRejectedException;
import io.quotestance.gateway.client.DownstreamUnavailableException;
import io.quotestance.gateway.config.GatewayConfig;
import io.quotestance.gateway.ratelimit.WriteRateExceededException;
import io.quotestance.gateway.service.ApiProblemException;

/**
 * Every error as an RFC 9457 problem detail of the gateway's own wording. Exception messages, class names and
 * downstream bodies never reach a client; only the field names of violations do.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    // Downstream violation messages are kept unless they look like they carry internals.
    private static final Pattern INTERNALS = Pattern.compile(
            "exception|\\bat [a-z]+\\.|\\b(io|java|org|com)\\.[a-z]|\\bsql\\b|select |insert |`",
            Pattern.CASE_INSENSITIVE);

    private final GatewayConfig config;

    ProblemMappers(GatewayConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response badInput(ConstraintViolationException failure, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : failure.getConstraintViolations()) {
            if (isAboutReturnValue(violation)) {
                return unexpected(failure, uri);
            }
            violations.add(new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        return problem(400, "The request is invalid.", violations, uri);
    }

    // Quarkus' JSON reader wraps what it does not rethrow itself (malformed JSON among others) in a 400.
    private static Response malformedJson(JsonProcessingException failure, UriInfo uri) {
        String field = failure instanceof JsonParseException parsing && parsing.getProcessor() != null
                ? pointerToField(parsing.getProcessor().getParsingContext().pathAsPointer().toString())
                : "body";
        return problem(400, "The body is not well-formed JSON.",
                List.of(new Problem.Violation(field, "is not well-formed JSON")), uri);
    }

    // Declared for MismatchedInputException too, so that it takes precedence over Quarkus' built-in mapper of it.
    @ServerExceptionMapper({ JsonMappingException.class, MismatchedInputException.class })
    public Response unreadableJson(JsonMappingException failure, UriInfo uri) {
        String field = fieldOf(failure);
        if (failure.getCause() instanceof JsonParseException) {
            // Malformed JSON inside a field: Jackson reports it with the path it had reached.
            return problem(400, "The body is not well-formed JSON.",
                    List.of(new Problem.Violation(field, "is not well-formed JSON")), uri);
        }
        String message = failure instanceof UnrecognizedPropertyException ? "is not a known field"
                : "body".equals(field) ? "must be a JSON object" : "has the wrong type or format";
        return problem(400, "The body does not match the expected fields.",
                List.of(new Problem.Violation(field, message)), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException failure, UriInfo uri) {
        return Response.fromResponse(
                problem(401, "Writes need an Authorization: Bearer <token> header.", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response wrongToken(AuthenticationFailedException failure, UriInfo uri) {
        return Response.fromResponse(problem(401, "The bearer token is not valid.", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure, UriInfo uri) {
        return problem(403, "This token may not do this.", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response refused(ApiProblemException failure, UriInfo uri) {
        return problem(failure.status(), failure.detail(), failure.violations(), uri);
    }

    @ServerExceptionMapper
    public Response rejectedDownstream(DownstreamRejectedException failure, UriInfo uri) {
        int status = failure.status();
        List<Problem.Violation> violations = failure.violations().stream().map(ProblemMappers::sanitized).toList();
        return problem(status, switch (status) {
            case 400 -> "The request is invalid.";
            case 404 -> "The requested resource does not exist.";
            case 409 -> "The request conflicts with the current state of the resource; reload it and try again.";
            case 413 -> "The request is too large.";
            default -> reasonPhrase(status) + ".";
        }, violations, uri);
    }

    @ServerExceptionMapper({ DownstreamUnavailableException.class, ProcessingException.class, TimeoutException.class,
            CircuitBreakerOpenException.class, BulkheadException.class })
    public Response unavailable(RuntimeException failure, UriInfo uri) {
        LOG.warnf("Answering 503 on %s: %s", uri.getRequestUri().getRawPath(), failure);
        return Response.fromResponse(problem(503, "A service behind the API is unavailable; try again later.",
                List.of(), uri))
                .header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response tooManyWrites(WriteRateExceededException failure, UriInfo uri) {
        return Response.fromResponse(problem(429, "Too many writes from this client; try again later.", List.of(),
                uri))
                .header(HttpHeaders.RETRY_AFTER, failure.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response invalidQueryParameter(WholeNumberParams.InvalidQueryParameterException failure, UriInfo uri) {
        return problem(400, "The request is invalid.", failure.violations(), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, UriInfo uri) {
        if (failure.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return malformedJson(unreadable, uri);
        }
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(failure, uri);
        }
        return problem(status, switch (status) {
            case 404 -> "The requested resource does not exist.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "Only application/json answers are available.";
            case 413 -> "The request is too large.";
            case 415 -> "The body must be application/json.";
            default -> reasonPhrase(status) + ".";
        }, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure, UriInfo uri) {
        LOG.errorf(failure, "Unexpected failure on %s", uri.getRequestUri().getRawPath());
        return problem(500, "An unexpected error occurred.", List.of(), uri);
    }

    private static Response problem(int status, String detail, List<Problem.Violation> violations, UriInfo uri) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", reasonPhrase(status), status, detail,
                        uri.getRequestUri().getRawPath(), violations))
                .build();
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static boolean isAboutReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    // "list.paging.size" → "size", "ingest.body.text" → "text", "ingest.body" → "body": the public names, without
    // the Java method and, when a field is named, the parameter holding it.
    private static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> names.add(node.getIndex() == null ? node.getName()
                        : node.getName() + "[" + node.getIndex() + "]");
            }
        }
        return names.isEmpty() ? (parameter == null ? "body" : parameter) : String.join(".", names);
    }

    private static String fieldOf(JsonMappingException failure) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String pointerToField(String pointer) {
        String field = pointer.replaceFirst("^/", "").replace('/', '.');
        return field.isEmpty() ? "body" : field;
    }

    private static Problem.Violation sanitized(DownstreamProblem.Violation violation) {
        String field = violation.field() == null ? "body" : violation.field();
        String message = violation.message() == null || INTERNALS.matcher(violation.message()).find()
                ? "is invalid" : violation.message();
        return new Problem.Violation(field, message);
    }
}
