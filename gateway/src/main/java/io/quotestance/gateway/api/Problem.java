package io.quotestance.gateway.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An RFC 9457 problem detail (application/problem+json).")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request is invalid.") String detail,
        @Schema(example = "/api/quotes") String instance,
        @Schema(description = "For validation problems: the fields at fault.")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "One field at fault.")
    public record Violation(
            @Schema(example = "size") String field,
            @Schema(example = "must be less than or equal to 100") String message) {
    }
}
