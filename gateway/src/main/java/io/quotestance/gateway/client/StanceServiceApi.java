package io.quotestance.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * stance-service's quick calls (look-ups and classifications that store nothing; the classifier handles thousands
 * of statements a second), on the short read timeout of config key {@code stance-service}: an answer must not wait
 * for a slow stance-service. Use it through {@link StanceServiceClient}.
 */
@RegisterClientHeaders(InternalCredentialHeaders.class)
@RegisterRestClient(configKey = "stance-service")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface StanceServiceApi {

    @POST
    @Path("/classify")
    StanceResult classify(ClassifyRequest request);

    @POST
    @Path("/classify/batch")
    ClassifyResults classifyAll(ClassifyBatch batch);

    @POST
    @Path("/labels/lookup")
    Uni<CurrentStances> lookup(LabelLookup lookup);

    @GET
    @Path("/labels/{quoteId}")
    Label labelWithHistory(@PathParam("quoteId") long quoteId);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return DownstreamErrors.toException("stance-service", response);
    }
}
