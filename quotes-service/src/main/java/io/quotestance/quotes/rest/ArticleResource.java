package io.quotestance.quotes.rest;

import io.quotestance.quotes.service.ArticleService;
import io.quotestance.quotes.service.ArticleService.ArticleWithQuotes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles")
@Tag(name = "articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article with its speakers and quotes",
            description = "Idempotent by the trimmed text: the same text again answers 200 and the stored article.")
    @APIResponse(responseCode = "201", description = "Stored now; Location names the article",
            content = @Content(schema = @Schema(implementation = StoredArticle.class)))
    @APIResponse(responseCode = "200", description = "The text was stored before; the stored article",
            content = @Content(schema = @Schema(implementation = StoredArticle.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over 200,000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingest(@NotNull @Valid ArticleRequest request, UriInfo uri) {
        ArticleWithQuotes stored = articles.ingest(request.toNewArticle());
        StoredArticle body = StoredArticle.of(stored);
        if (!stored.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("articles/{id}").build(body.id())).entity(body).build();
    }

    @GET
    @Operation(summary = "List articles, newest first")
    @APIResponse(responseCode = "200", description = "One page of articles")
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ArticleSummary> list(
            @Parameter(description = "Page number from 0 (at most 1,000,000)") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, 1..100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return PageResponse.of(articles.list(page, size), page, size, ArticleSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its quotes")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoredArticle get(@PathParam("id") long id) {
        return StoredArticle.of(articles.get(id));
    }
}
