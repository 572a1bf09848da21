package io.quotestance.gateway.rest;

import static io.quotestance.gateway.rest.ApiResponses.BAD_REQUEST;
import static io.quotestance.gateway.rest.ApiResponses.NOT_FOUND;
import static io.quotestance.gateway.rest.ApiResponses.PROBLEM;
import static io.quotestance.gateway.rest.ApiResponses.TOO_LARGE;
import static io.quotestance.gateway.rest.ApiResponses.UNAUTHORIZED;
import static io.quotestance.gateway.rest.ApiResponses.UNAVAILABLE;
import static io.quotestance.gateway.rest.ApiResponses.UNSUPPORTED;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quotestance.gateway.GatewayApplication;
import io.quotestance.gateway.api.ArticleSubmission;
import io.quotestance.gateway.api.ArticleSummary;
import io.quotestance.gateway.api.ArticleView;
import io.quotestance.gateway.api.Page;
import io.quotestance.gateway.api.Problem;
import io.quotestance.gateway.ratelimit.WriteRateLimited;
import io.quotestance.gateway.security.ApiTokenIdentityProvider;
import io.quotestance.gateway.service.ArticleService;
import io.smallrye.mutiny.Uni;

@Path("/api/articles")
@Tag(name = "articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @RolesAllowed(ApiTokenIdentityProvider.EDITOR_ROLE)
    @WriteRateLimited
    @SecurityRequirement(name = GatewayApplication.BEARER)
    @Operation(summary = "Store an article, its quotes and their stances",
            description = "201 with Location for a new article; the same text again answers 200 with the stored "
                    + "article and stores nothing. When stance-service fails, the article is still stored and "
                    + "answered with stance null and degraded true.")
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = "Location", description = "/api/articles/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "The same text was already stored: the stored article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many writes from this client; Retry-After says when to retry",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response ingest(@Valid @NotNull ArticleSubmission body) {
        ArticleService.Ingested ingested = articles.ingest(body);
        if (!ingested.created()) {
            return Response.ok(ingested.article()).build();
        }
        return Response.created(URI.create("/api/articles/" + ingested.article().id()))
                .entity(ingested.article())
                .build();
    }

    @GET
    @Operation(summary = "List the stored articles, newest first")
    @APIResponse(responseCode = "200", description = "A page of articles")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ArticleSummary>> list(@Valid @BeanParam Paging paging) {
        return articles.articles(paging.page(), paging.size());
    }

    @GET
    @Path("/{id: \\d{1,18}}")
    @Operation(summary = "One article with its quotes and their stances",
            description = "stance null and degraded true when stance-service cannot answer in time.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, example = "5")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Uni<ArticleView> get(@Parameter(description = "The article's id", example = "7") @PathParam("id") long id) {
        return articles.article(id);
    }
}
