package io.quotestance.stance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail; {@code violations} only for invalid input. */
@Schema(name = "Problem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:quote-stance:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "label: must be one of confirm, deny, uncertain, concern") String detail,
        @Schema(example = "/labels/42") String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(@Schema(example = "label") String field,
            @Schema(example = "must be one of confirm, deny, uncertain, concern") String message) {
    }
}
