package io.quotestance.gateway.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds the internal credential (the shared secret of {@code quotestance.internal.token}, env
 * {@code QUOTESTANCE_INTERNAL_TOKEN}) to every call to quotes-service and stance-service, which refuse calls without
 * it. Nothing is added when no secret is configured (local development, where the services accept every call).
 */
@ApplicationScoped
public class InternalCredentialHeaders implements ClientHeadersFactory {

    public static final String HEADER = "X-Internal-Token";

    private final Optional<String> token;

    InternalCredentialHeaders(@ConfigProperty(name = "quotestance.internal.token") Optional<String> token) {
        this.token = token.filter(value -> !value.isBlank());
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
            MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        token.ifPresent(secret -> headers.putSingle(HEADER, secret));
        return headers;
    }
}
