package io.quotestance.gateway.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A static write token to check. A type of its own, rather than {@code TokenAuthenticationRequest}, so that only
 * {@link ApiTokenIdentityProvider} judges it and the OIDC identity provider never sees it, nor this one an OIDC token.
 */
final class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    ApiTokenAuthenticationRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
