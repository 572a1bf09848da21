package io.quotestance.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** quotes-service's internal API (docs/internal-api.md). Use it through {@link QuotesServiceClient}. */
@RegisterClientHeaders(InternalCredentialHeaders.class)
@RegisterRestClient(configKey = "quotes-service")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface QuotesServiceApi {

    @POST
    @Path("/extract")
    Extraction extract(ExtractionRequest request);

    /** 201 when the article is new, 200 with the stored one when the same text exists. */
    @POST
    @Path("/articles")
    RestResponse<StoredArticle> storeArticle(NewArticle article);

    @GET
    @Path("/articles")
    Uni<StoredPage<StoredArticleSummary>> articles(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/articles/{id}")
    Uni<StoredArticle> article(@PathParam("id") long id);

    @GET
    @Path("/quotes")
    Uni<StoredPage<StoredQuote>> quotes(@QueryParam("speaker") String speaker, @QueryParam("stance") String stance,
            @QueryParam("articleId") Long articleId, @QueryParam("q") String q, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/quotes/{id}")
    Uni<StoredQuote> quote(@PathParam("id") long id);

    @PUT
    @Path("/quotes/stance-labels")
    void copyStanceLabels(StanceLabelCopies copies);

    @GET
    @Path("/quotes/unlabelled")
    UnlabelledQuotes unlabelled(@QueryParam("size") int size);

    @GET
    @Path("/speakers")
    Uni<StoredPage<StoredSpeakerSummary>> speakers(@QueryParam("q") String q, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/speakers/{id}")
    Uni<StoredSpeakerSummary> speaker(@PathParam("id") long id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return DownstreamErrors.toException("quotes-service", response);
    }
}
