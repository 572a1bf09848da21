package io.quotestance.stance.rest;

import io.quotestance.stance.classifier.StanceClassifier;
import io.quotestance.stance.classifier.StanceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Classification on demand; nothing is stored. */
@Path("/classify")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "classify", description = "Stance of statements, nothing stored")
public class ClassifyResource {

    private static final String STANCE_EXAMPLE = """
            {"label": "deny", "confidence": 0.85,
             "scores": {"confirm": 0.05, "deny": 0.85, "uncertain": 0.07, "concern": 0.03},
             "evidence": [{"text": "fabricated", "start": 18, "end": 28, "rule": "deny-lexicon"}],
             "source": "auto", "modelVersion": "rules-1"}""";

    private final StanceClassifier classifier;

    public ClassifyResource(StanceClassifier classifier) {
        this.classifier = classifier;
    }

    @POST
    @Operation(summary = "Classify one statement")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "denial",
            value = "{\"text\": \"These reports are fabricated lies\", \"cue\": \"said\"}")))
    @APIResponse(responseCode = "200", description = "The statement's stance",
            content = @Content(schema = @Schema(implementation = StanceView.class),
                    examples = @ExampleObject(name = "denial", value = STANCE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A text is over 200,000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StanceView classify(@NotNull @Valid StatementRequest body) {
        return StanceView.of(classifier.classify(toInput(body)));
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Classify up to 1,000 statements; results keep the order of the items")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two statements", value = """
            {"items": [{"text": "These reports are fabricated lies"},
                       {"text": "We cannot confirm the reports", "cue": "said"}]}""")))
    @APIResponse(responseCode = "200", description = "One stance per item, in order",
            content = @Content(schema = @Schema(implementation = ClassifyBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A text is over 200,000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClassifyBatchResponse classifyBatch(@NotNull @Valid ClassifyBatchRequest body) {
        return new ClassifyBatchResponse(body.items().stream()
                .map(item -> StanceView.of(classifier.classify(toInput(item))))
                .toList());
    }

    private static StanceInput toInput(StatementRequest request) {
        return new StanceInput(request.text(), request.cue(), request.claim());
    }
}
