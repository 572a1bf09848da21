package io.quotestance.quotes.rest;

import io.quotestance.quotes.service.ExtractionService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/extract")
@Tag(name = "extraction")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    private final ExtractionService extraction;

    ExtractionResource(ExtractionService extraction) {
        this.extraction = extraction;
    }

    @POST
    @Operation(summary = "Find the quotes of a text and their speakers", description = "Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The quotes in text order")
    @APIResponse(responseCode = "400", description = "Blank text or unreadable body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over 200,000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractionResponse extract(@NotNull @Valid ExtractRequest request) {
        return ExtractionResponse.of(extraction.extract(request.text()));
    }
}
