package io.quotestance.quotes.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Problem", description = "RFC 9457 problem details; violations only for validation errors.")
public record Problem(
        @Schema(example = "urn:quote-stance:problem:validation") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request is not valid.") String detail,
        @Schema(example = "/articles") String instance,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "Violation")
    public record Violation(
            @Schema(example = "text") String field,
            @Schema(example = "must not be blank") String message) {
    }
}
