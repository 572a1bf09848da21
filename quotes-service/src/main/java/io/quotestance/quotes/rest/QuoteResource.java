package io.quotestance.quotes.rest;

import io.quotestance.quotes.model.StanceLabel;
import io.quotestance.quotes.service.QuoteService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

@Path("/quotes")
@Tag(name = "quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService quotes;

    QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    @Operation(summary = "Search quotes", description = "The filters combine; quotes come in article then text order.")
    @APIResponse(responseCode = "200", description = "One page of quotes")
    @APIResponse(responseCode = "400", description = "A filter or page parameter out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<StoredQuote> search(
            @Parameter(description = "A speaker id, or a name or alias (case-insensitive)", example = "Mark Rutte")
            @QueryParam("speaker") @Size(max = 500) String speaker,
            @Parameter(description = "The copied stance label", schema = @Schema(enumeration = { "confirm", "deny", "uncertain", "concern" }))
            @QueryParam("stance") @Pattern(regexp = "confirm|deny|uncertain|concern",
                    message = "must be one of confirm, deny, uncertain, concern") String stance,
            @Parameter(description = "Only quotes of this article") @QueryParam("articleId") @Positive Long articleId,
            @Parameter(description = "Case-insensitive substring of the quote text; % and _ are literal", example = "worrying")
            @QueryParam("q") @Size(max = 500) String q,
            @Parameter(description = "Page number from 0 (at most 1,000,000)") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, 1..100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        StanceLabel label = stance == null ? null : StanceLabel.fromValue(stance);
        return PageResponse.of(quotes.search(speaker, label, articleId, q, page, size), page, size, StoredQuote::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A quote")
    @APIResponse(responseCode = "200", description = "The quote")
    @APIResponse(responseCode = "404", description = "No such quote",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoredQuote get(@PathParam("id") long id) {
        return StoredQuote.of(quotes.get(id));
    }

    @PUT
    @Path("/stance-labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Copy the current stance labels of quotes",
            description = "Written by the gateway after every labelling or override; unknown quote ids are ignored.")
    @APIResponse(responseCode = "204", description = "Copied")
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void copyStanceLabels(@NotNull @Valid StanceLabelsRequest request) {
        quotes.applyStanceLabels(request.assignments());
    }

    @GET
    @Path("/unlabelled")
    @Operation(summary = "Quotes whose copied label is still null, oldest first")
    @APIResponse(responseCode = "200", description = "Up to size quotes")
    @APIResponse(responseCode = "400", description = "size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnlabelledQuotes unlabelled(
            @Parameter(description = "Most quotes to return, 1..1000 (a stance-service batch)")
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return new UnlabelledQuotes(quotes.unlabelled(size).stream().map(StoredQuote::of).toList());
    }
}
