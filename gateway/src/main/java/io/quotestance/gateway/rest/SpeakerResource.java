package io.quotestance.gateway.rest;

import static io.quotestance.gateway.rest.ApiResponses.BAD_REQUEST;
import static io.quotestance.gateway.rest.ApiResponses.NOT_FOUND;
import static io.quotestance.gateway.rest.ApiResponses.PROBLEM;
import static io.quotestance.gateway.rest.ApiResponses.UNAVAILABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quotestance.gateway.api.Page;
import io.quotestance.gateway.api.Problem;
import io.quotestance.gateway.api.SpeakerView;
import io.quotestance.gateway.service.SpeakerService;
import io.smallrye.mutiny.Uni;

@Path("/api/speakers")
@Tag(name = "speakers")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    private final SpeakerService speakers;

    SpeakerResource(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @GET
    @Operation(summary = "Search speakers", description = "Each with its quote count and stance summary.")
    @APIResponse(responseCode = "200", description = "A page of speakers")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<SpeakerView>> list(
            @Parameter(description = "Words a name or alias contains (case-insensitive)", example = "lemoine")
            @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam Paging paging) {
        return speakers.speakers(q, paging.page(), paging.size());
    }

    @GET
    @Path("/{id: \\d{1,18}}")
    @Operation(summary = "One speaker with its quote count and stance summary")
    @APIResponse(responseCode = "200", description = "The speaker")
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Uni<SpeakerView> get(@Parameter(description = "The speaker's id", example = "3") @PathParam("id") long id) {
        return speakers.speaker(id);
    }
}
