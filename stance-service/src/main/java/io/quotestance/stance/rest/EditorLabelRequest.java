package io.quotestance.stance.rest;

import io.quotestance.stance.classifier.StanceLabel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An editor's label for a quote. */
public record EditorLabelRequest(
        @Schema(type = SchemaType.STRING, required = true, enumeration = {"confirm", "deny", "uncertain", "concern"},
                example = "uncertain")
        @NotNull
        StanceLabel label,
        @Schema(maxLength = Limits.MAX_NOTE_CHARS, example = "The NIS only says it cannot confirm the reports.")
        @Size(max = Limits.MAX_NOTE_CHARS)
        String note,
        @Schema(required = true, maxLength = Limits.MAX_EDITOR_CHARS, example = "j.doe")
        @NotBlank
        @Size(max = Limits.MAX_EDITOR_CHARS)
        String editor,
        @Schema(description = "The label version the editor saw; a different current version is a 409", example = "0")
        @PositiveOrZero
        Long expectedVersion) {
}
