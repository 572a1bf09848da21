package io.quotestance.stance.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.StartupEvent;

/**
 * Lets only the gateway in: every API request must carry the shared secret of {@code quotestance.internal.token}
 * (env {@code QUOTESTANCE_INTERNAL_TOKEN}) in {@value #HEADER}. Health, metrics and OpenAPI under {@code /q} are not
 * REST endpoints and stay open for probes and scrapers. Without a configured secret (local development) every
 * request is accepted and a warning says so at start-up.
 */
@Singleton
public class InternalCredentialFilter {

    public static final String HEADER = "X-Internal-Token";

    private static final Logger LOG = Logger.getLogger(InternalCredentialFilter.class);

    private final Optional<byte[]> expectedDigest;

    InternalCredentialFilter(@ConfigProperty(name = "quotestance.internal.token") Optional<String> token) {
        this.expectedDigest = token.filter(value -> !value.isBlank()).map(InternalCredentialFilter::digest);
    }

    void warnWhenOpen(@Observes StartupEvent started) {
        if (expectedDigest.isEmpty()) {
            LOG.warn("QUOTESTANCE_INTERNAL_TOKEN is not set: requests are accepted without the internal credential."
                    + " Set the same secret on the gateway and both services outside local development.");
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireInternalCredential(ContainerRequestContext request) {
        if (expectedDigest.isEmpty()) {
            return Optional.empty();
        }
        String presented = request.getHeaderString(HEADER);
        // Comparing fixed-length digests keeps the time independent of where, and whether in length, they differ.
        if (presented != null && MessageDigest.isEqual(expectedDigest.get(), digest(presented))) {
            return Optional.empty();
        }
        Problem problem = new Problem("urn:quote-stance:problem:unauthorized", "Unauthorized", 401,
                "This service answers only the gateway: the internal credential is missing or wrong.",
                request.getUriInfo().getRequestUri().getRawPath(), null);
        return Optional.of(Response.status(401).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
