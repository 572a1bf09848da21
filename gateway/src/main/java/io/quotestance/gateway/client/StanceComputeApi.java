package io.quotestance.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * stance-service's writes, whose time grows with the number of quotes stored: they get the longer read timeout of
 * config key {@code stance-service-compute}. Use it through {@link StanceServiceClient}.
 */
@RegisterClientHeaders(InternalCredentialHeaders.class)
@RegisterRestClient(configKey = "stance-service-compute")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface StanceComputeApi {

    @POST
    @Path("/labels")
    Labels label(LabelRequest request);

    @PUT
    @Path("/labels/{quoteId}")
    Label override(@PathParam("quoteId") long quoteId, LabelOverride override);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return DownstreamErrors.toException("stance-service", response);
    }
}
