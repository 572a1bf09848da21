package io.quotestance.quotes.rest;

import io.quotestance.quotes.service.SpeakerService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/speakers")
@Tag(name = "speakers")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    private final SpeakerService speakers;

    SpeakerResource(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @GET
    @Operation(summary = "List speakers by name", description = "Each with its quote count and copied stance labels.")
    @APIResponse(responseCode = "200", description = "One page of speakers")
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<SpeakerSummary> list(
            @Parameter(description = "Name or alias contains, case-insensitive", example = "rutte")
            @QueryParam("q") @Size(max = 500) String q,
            @Parameter(description = "Page number from 0 (at most 1,000,000)") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, 1..100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return PageResponse.of(speakers.list(q, page, size), page, size, SpeakerSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A speaker with its quote count and copied stance labels")
    @APIResponse(responseCode = "200", description = "The speaker")
    @APIResponse(responseCode = "404", description = "No such speaker",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpeakerSummary get(@PathParam("id") long id) {
        return SpeakerSummary.of(speakers.get(id));
    }
}
