package io.quotestance.gateway.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads {@code Authorization: Bearer <token>} as a static write token. Without one the request stays anonymous: reads
 * are public and {@code @RolesAllowed} turns an anonymous write into 401. Authentication is not proactive
 * ({@code quarkus.http.auth.proactive=false}), so failures reach the problem-detail exception mappers.
 * <p>
 * With {@code quotestance.auth.mode=oidc} this mechanism steps aside and quarkus-oidc's reads the header instead: a
 * failing mechanism ends authentication, so two of them judging the same token would refuse what the other accepts.
 * It is asked first, so that the mode alone decides, whatever priority quarkus-oidc's mechanism is given.
 */
// Created at boot so that contradictory settings stop the gateway before it serves anything.
@Startup
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "Bearer";

    private final boolean enabled;

    BearerTokenMechanism(AuthConfig auth,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcEnabled) {
        this.enabled = auth.mode() == AuthConfig.Mode.TOKENS;
        if (enabled == oidcEnabled) {
            throw new IllegalStateException(enabled
                    ? "QUARKUS_OIDC_TENANT_ENABLED=true needs QUOTESTANCE_AUTH_MODE=oidc: otherwise static write"
                            + " tokens and OIDC would both read the Authorization header"
                    : "QUOTESTANCE_AUTH_MODE=oidc needs QUARKUS_OIDC_TENANT_ENABLED=true (and the provider's"
                            + " QUARKUS_OIDC_AUTH_SERVER_URL): otherwise every write would be refused");
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!enabled) {
            return Uni.createFrom().nullItem();
        }
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return Uni.createFrom().nullItem();
        }
        String token = authorization.substring(SCHEME.length() + 1).trim();
        return identityProviderManager.authenticate(new ApiTokenAuthenticationRequest(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!enabled) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(
                new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(), HttpHeaderNames.WWW_AUTHENTICATE, SCHEME));
    }

    @Override
    public int getPriority() {
        // quarkus-oidc's mechanism defaults to DEFAULT_PRIORITY + 1
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        if (!enabled) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
