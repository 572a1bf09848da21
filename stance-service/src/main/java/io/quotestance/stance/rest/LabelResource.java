package io.quotestance.stance.rest;

import io.quotestance.stance.classifier.StanceInput;
import io.quotestance.stance.service.EditorLabel;
import io.quotestance.stance.service.LabelService;
import io.quotestance.stance.service.LabelWithHistory;
import io.quotestance.stance.service.QuoteStatement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stored labels of quotes: automatic ones, editors' overrides and their history. */
@Path("/labels")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "labels", description = "Stored stance labels with their history and editors' overrides")
public class LabelResource {

    private static final String LABEL_EXAMPLE = """
            {"quoteId": 42, "label": "uncertain", "confidence": 1.0,
             "scores": {"confirm": 0.0, "deny": 0.0, "uncertain": 1.0, "concern": 0.0},
             "evidence": [], "source": "human", "modelVersion": null, "version": 1,
             "updatedAt": "2026-01-15T10:32:07.123456Z", "editor": "j.doe", "note": "Only says it cannot confirm.",
             "automatic": {"label": "deny", "confidence": 0.85,
                           "scores": {"confirm": 0.05, "deny": 0.85, "uncertain": 0.07, "concern": 0.03},
                           "evidence": [{"text": "fabricated", "start": 18, "end": 28, "rule": "deny-lexicon"}],
                           "source": "auto", "modelVersion": "rules-1"},
             "history": [
               {"label": "deny", "source": "auto", "confidence": 0.85, "modelVersion": "rules-1",
                "editor": null, "note": null, "at": "2026-01-15T10:30:00.000001Z"},
               {"label": "uncertain", "source": "human", "confidence": 1.0, "modelVersion": null,
                "editor": "j.doe", "note": "Only says it cannot confirm.", "at": "2026-01-15T10:32:07.123456Z"}]}""";

    private final LabelService labels;

    public LabelResource(LabelService labels) {
        this.labels = labels;
    }

    @POST
    @Operation(summary = "Label up to 1,000 quotes automatically and store the labels",
            description = "A quote already labelled by the current model keeps its label; one labelled by an older "
                    + "model is relabelled; an editor's label stays in effect and only its automatic part is refreshed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two quotes", value = """
            {"items": [{"quoteId": 42, "text": "These reports are fabricated lies", "cue": "said"},
                       {"quoteId": 43, "text": "the reports were false", "cue": "denied"}]}""")))
    @APIResponse(responseCode = "200", description = "The stored label of each item, in request order",
            content = @Content(schema = @Schema(implementation = LabelsResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A text is over 200,000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LabelsResponse store(@NotNull @Valid StoreLabelsRequest body) {
        return new LabelsResponse(labels.labelAutomatically(body.items().stream()
                        .map(item -> new QuoteStatement(item.quoteId(),
                                new StanceInput(item.text(), item.cue(), item.claim())))
                        .toList())
                .stream().map(LabelView::of).toList());
    }

    @POST
    @Path("/lookup")
    @Operation(summary = "Look up the labels of up to 1,000 quotes in one call",
            description = "Quotes without a label are left out; the others come in the order asked.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a page of quotes",
            value = "{\"quoteIds\": [42, 43, 44]}")))
    @APIResponse(responseCode = "200", description = "The labels in effect, without automatic part, version or history",
            content = @Content(schema = @Schema(implementation = EffectiveLabelsResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EffectiveLabelsResponse lookup(@NotNull @Valid LookupRequest body) {
        return new EffectiveLabelsResponse(
                labels.findEffective(body.quoteIds()).stream().map(EffectiveLabelView::of).toList());
    }

    @GET
    @Path("/{quoteId}")
    @Operation(summary = "A quote's label with its whole history, oldest first")
    @APIResponse(responseCode = "200", description = "The label and its history",
            content = @Content(schema = @Schema(implementation = LabelView.class),
                    examples = @ExampleObject(name = "overridden by an editor", value = LABEL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The quote has no label",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LabelView get(@Parameter(example = "42") @PathParam("quoteId") @Positive long quoteId) {
        LabelWithHistory found = labels.findWithHistory(quoteId);
        return LabelView.of(found.label(), found.history());
    }

    @PUT
    @Path("/{quoteId}")
    @Operation(summary = "Set an editor's label",
            description = "The automatic label stays on the row and in the history. Also allowed before the quote "
                    + "has an automatic label.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "override", value = """
            {"label": "uncertain", "note": "Only says it cannot confirm.", "editor": "j.doe", "expectedVersion": 0}""")))
    @APIResponse(responseCode = "200", description = "The label now in effect, without history",
            content = @Content(schema = @Schema(implementation = LabelView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "expectedVersion is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LabelView override(@Parameter(example = "42") @PathParam("quoteId") @Positive long quoteId,
            @NotNull @Valid EditorLabelRequest body) {
        return LabelView.of(labels.labelByEditor(quoteId,
                new EditorLabel(body.label(), body.editor(), body.note(), body.expectedVersion())));
    }
}
