package io.quotestance.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

import io.quotestance.gateway.config.GatewayConfig;

/**
 * The configured write tokens, kept only as SHA-256 digests. Each entry is {@code token} or {@code name:token}; a bare
 * token's editor is named {@code editor-} and the first 8 hex digits of its digest, so that names never reveal it.
 */
// Created at startup so that a missing token configuration is logged at boot, not at the first write.
@Startup
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class);

    private final List<Editor> editors;

    @Inject
    ApiTokens(GatewayConfig config, AuthConfig auth) {
        List<String> entries = config.tokens().orElse(List.of());
        if (auth.mode() == AuthConfig.Mode.OIDC) {
            // No static token may write in OIDC mode, not even one left in the environment from before the switch.
            this.editors = List.of();
            if (parsed(entries).isEmpty()) {
                LOG.info("Static write tokens are off: writes need an OIDC access token with the role editor");
            } else {
                LOG.warn("QUOTESTANCE_API_TOKENS is ignored: writes need an OIDC access token"
                        + " (QUOTESTANCE_AUTH_MODE=oidc)");
            }
        } else {
            this.editors = parsed(entries);
            logConfigured();
        }
    }

    ApiTokens(List<String> entries) {
        this.editors = parsed(entries);
        logConfigured();
    }

    private void logConfigured() {
        if (editors.isEmpty()) {
            LOG.warn("No write tokens configured (QUOTESTANCE_API_TOKENS): every write will answer 401");
        } else {
            LOG.infof("%d write token(s) configured, for editors %s", editors.size(),
                    editors.stream().map(Editor::name).toList());
        }
    }

    /**
     * The editor holding this token. Every configured digest is compared in constant time, without stopping at a
     * match, so that timing tells nothing about which token or how much of it matched.
     */
    public Optional<String> editorFor(String token) {
        byte[] presented = sha256(token);
        String found = null;
        for (Editor editor : editors) {
            if (MessageDigest.isEqual(presented, editor.tokenDigest()) && found == null) {
                found = editor.name();
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<Editor> parsed(List<String> entries) {
        List<Editor> parsed = new ArrayList<>();
        for (String entry : entries) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                parsed.add(parse(trimmed));
            }
        }
        return List.copyOf(parsed);
    }

    List<String> editorNames() {
        return editors.stream().map(Editor::name).toList();
    }

    private static Editor parse(String entry) {
        int colon = entry.indexOf(':');
        if (colon > 0 && colon < entry.length() - 1) {
            return new Editor(entry.substring(0, colon).trim(), sha256(entry.substring(colon + 1).trim()));
        }
        byte[] digest = sha256(entry);
        return new Editor("editor-" + HexFormat.of().formatHex(digest).substring(0, 8), digest);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private record Editor(String name, byte[] tokenDigest) {
    }
}
