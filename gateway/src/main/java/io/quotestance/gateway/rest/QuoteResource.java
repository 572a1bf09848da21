package io.quotestance.gateway.rest;

import static io.quotestance.gateway.rest.ApiResponses.BAD_REQUEST;
import static io.quotestance.gateway.rest.ApiResponses.NOT_FOUND;
import static io.quotestance.gateway.rest.ApiResponses.PROBLEM;
import static io.quotestance.gateway.rest.ApiResponses.UNAUTHORIZED;
import static io.quotestance.gateway.rest.ApiResponses.UNAVAILABLE;
import static io.quotestance.gateway.rest.ApiResponses.UNSUPPORTED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.quotestance.gateway.GatewayApplication;
import io.quotestance.gateway.api.Problem;
import io.quotestance.gateway.api.QuotePage;
import io.quotestance.gateway.api.QuoteView;
import io.quotestance.gateway.api.StanceHistory;
import io.quotestance.gateway.api.StanceOverride;
import io.quotestance.gateway.client.QuoteFilter;
import io.quotestance.gateway.ratelimit.WriteRateLimited;
import io.quotestance.gateway.security.ApiTokenIdentityProvider;
import io.quotestance.gateway.service.QuoteService;
import io.smallrye.mutiny.Uni;

@Path("/api/quotes")
@Tag(name = "quotes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private static final String ID = "/{id: \\d{1,18}}";

    private final QuoteService quotes;
    private final SecurityIdentity identity;

    QuoteResource(QuoteService quotes, SecurityIdentity identity) {
        this.quotes = quotes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Search quotes", description = "The filters combine (AND). stance null on each quote and "
            + "degraded true when stance-service cannot answer in time.")
    @APIResponse(responseCode = "200", description = "A page of quotes")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Uni<QuotePage> list(
            @Parameter(description = "A speaker id, or words matching speaker names and aliases (case-insensitive)",
                    example = "Lemoine") @QueryParam("speaker") @Size(max = 200) String speaker,
            @Parameter(description = "The current label",
                    schema = @Schema(enumeration = { "confirm", "deny", "uncertain", "concern" }), example = "deny")
            @QueryParam("stance") @Pattern(regexp = StanceOverride.LABELS,
                    message = "must be one of confirm, deny, uncertain, concern") String stance,
            @Parameter(description = "Only the quotes of this article", example = "7")
            @QueryParam("articleId") @Positive Long articleId,
            @Parameter(description = "Words the quote's text contains (case-insensitive)", example = "troops")
            @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam Paging paging) {
        return quotes.quotes(new QuoteFilter(speaker, stance, articleId, q), paging.page(), paging.size());
    }

    @GET
    @Path(ID)
    @Operation(summary = "One quote with its current stance",
            description = "stance null when the quote has no label yet or stance-service cannot answer in time.")
    @APIResponse(responseCode = "200", description = "The quote")
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Uni<QuoteView> get(@Parameter(description = "The quote's id", example = "42") @PathParam("id") long id) {
        return quotes.quote(id);
    }

    @GET
    @Path(ID + "/stance")
    @Operation(summary = "A quote's current stance with its history, for editors",
            description = "The current label, the machine's own label and every label the quote had. Its version "
                    + "can be sent back as expectedVersion when overriding.")
    @APIResponse(responseCode = "200", description = "The stance and its history")
    @APIResponse(responseCode = "404", description = "No such quote, or the quote has no label yet",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "quotes-service or stance-service is unavailable; "
            + "see Retry-After",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public StanceHistory history(@Parameter(description = "The quote's id", example = "42") @PathParam("id") long id) {
        return quotes.history(id);
    }

    @PUT
    @Path(ID + "/stance")
    @RolesAllowed(ApiTokenIdentityProvider.EDITOR_ROLE)
    @WriteRateLimited
    @SecurityRequirement(name = GatewayApplication.BEARER)
    @Operation(summary = "Set an editor's label on a quote",
            description = "The editor is the token's name. The automatic label stays in the history; the answer's "
                    + "stance.source is human.")
    @APIResponse(responseCode = "200", description = "The quote with the editor's label")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many writes from this client; Retry-After says when to retry",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "expectedVersion is stale: the label changed since",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "quotes-service or stance-service is unavailable; "
            + "see Retry-After",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public QuoteView override(@Parameter(description = "The quote's id", example = "42") @PathParam("id") long id,
            @Valid @NotNull StanceOverride body) {
        return quotes.override(id, body, identity.getPrincipal().getName());
    }
}
