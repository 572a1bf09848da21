package io.quotestance.gateway.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's own settings, under {@code quotestance.api}. */
@ConfigMapping(prefix = "quotestance.api")
public interface GatewayConfig {

    /**
     * Write tokens, each {@code token} or {@code editor-name:token} (env {@code QUOTESTANCE_API_TOKENS},
     * comma-separated).
     * None configured means every write answers 401.
     */
    Optional<List<String>> tokens();

    /** What a 503 tells the client to wait before trying again. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** The longest article or statement text accepted, in characters; longer ones answer 413. */
    @WithDefault("200000")
    int maxTextLength();

    /** Writes one client (token) may make per minute on average; more answer 429 with Retry-After. */
    @WithDefault("60")
    int writesPerMinute();

    /** Writes one client may make in a burst before the per-minute rate applies. */
    @WithDefault("20")
    int writeBurst();
}
