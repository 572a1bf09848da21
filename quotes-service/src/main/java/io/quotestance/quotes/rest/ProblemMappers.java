package io.quotestance.quotes.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quotestance.quotes.service.InvalidParameterException;
import io.quotestance.quotes.service.ResourceNotFoundException;
import io.quotestance.quotes.service.TextTooLongException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/**
 * Turns every failure into RFC 9457 problem details. Details are written here, never taken from an exception that
 * could carry a class name, SQL or a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String VALIDATION = "urn:quote-stance:problem:validation";

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return problem(VALIDATION, 400, "The request is not valid.", uri, violations);
    }

    /** Declared for this type too, so that it wins over quarkus-rest-jackson's own mapper of it. */
    @ServerExceptionMapper
    public Response unmappableJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return problem(VALIDATION, 400, "The request body is not valid JSON.", uri, null);
        }
        String field = jsonPath(mapping.getPath());
        String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                : e instanceof InvalidFormatException || e.getCause() instanceof IllegalArgumentException
                        ? "has a value that is not allowed"
                        : "has the wrong type or format";
        return problem(VALIDATION, 400, "The request body has a field that cannot be read: " + field + ".", uri,
                List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(VALIDATION, 400, "The request is not valid.", uri,
                List.of(new Problem.Violation(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return problem("urn:quote-stance:problem:not-found", 404, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response textTooLong(TextTooLongException e, UriInfo uri) {
        return problem("urn:quote-stance:problem:text-too-long", 413, e.getMessage(), uri, null);
    }

    /** Failures the HTTP layer decides: unknown path (404), method (405), media type (415, 406)... */
    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // The JSON reader reports some mapping failures (a creator refusing a value) wrapped in a 400.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        // JAX-RS reports a query or path parameter that does not convert (page=first) as 404 with the cause.
        if (e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException) {
            return problem(VALIDATION, 400, "A query or path parameter does not have the expected type.", uri, null);
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not accept this method.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> "The request cannot be processed.";
        };
        return problem("about:blank", status, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Request to " + uri.getRequestUri().getRawPath() + " failed", e);
        return problem("about:blank", 500, "An unexpected error occurred.", uri, null);
    }

    private static Response problem(String type, int status, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Problem problem = new Problem(type, title, status, detail, uri.getRequestUri().getRawPath(), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The field a client knows: the bean property path, or the query parameter's name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // A node inside a list carries the element's index: labels[0].quoteId
                if (node.isInIterable() && node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
