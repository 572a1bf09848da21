package io.quotestance.gateway.rest;

import static io.quotestance.gateway.rest.ApiResponses.BAD_REQUEST;
import static io.quotestance.gateway.rest.ApiResponses.PROBLEM;
import static io.quotestance.gateway.rest.ApiResponses.TOO_LARGE;
import static io.quotestance.gateway.rest.ApiResponses.UNAVAILABLE;
import static io.quotestance.gateway.rest.ApiResponses.UNSUPPORTED;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quotestance.gateway.api.AnalyzeRequest;
import io.quotestance.gateway.api.ArticleView;
import io.quotestance.gateway.api.Problem;
import io.quotestance.gateway.api.Stance;
import io.quotestance.gateway.api.StanceRequest;
import io.quotestance.gateway.service.AnalysisService;

@Path("/api")
@Tag(name = "analysis")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    private final AnalysisService analysis;

    AnalysisResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @POST
    @Path("/analyze")
    @Operation(summary = "Find the quotes of a text and their stances, storing nothing",
            description = "Extraction, attribution and stance on a text. The answer is an ArticleView without ids. "
                    + "When stance-service cannot answer in time, the quotes come with stance null and degraded true.")
    @APIResponse(responseCode = "200", description = "The quotes found, with their stances")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ArticleView analyze(@Valid @NotNull AnalyzeRequest body) {
        return analysis.analyze(body.text());
    }

    @POST
    @Path("/stance")
    @Operation(summary = "Classify one statement, storing nothing",
            description = "The stance of a statement, toward the claim when one is given. Unlike reads of stored "
                    + "quotes there is nothing to serve without stance-service: it answers 503 when it is down.")
    @APIResponse(responseCode = "200", description = "The statement's stance")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "stance-service is unavailable; see Retry-After",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Stance stance(@Valid @NotNull StanceRequest body) {
        return analysis.classify(body);
    }
}
