package io.quotestance.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How writers prove who they are, under {@code quotestance.auth} (env {@code QUOTESTANCE_AUTH_MODE}). */
@ConfigMapping(prefix = "quotestance.auth")
public interface AuthConfig {

    /** Who reads {@code Authorization: Bearer}: exactly one of the two, so that they never both judge a token. */
    enum Mode {
        /** The static write tokens of {@code quotestance.api.tokens}. */
        TOKENS,
        /** Access tokens of an OIDC provider, checked by quarkus-oidc; the static tokens are off. */
        OIDC
    }

    @WithDefault("tokens")
    Mode mode();
}
