package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.label;
import static io.quotestance.gateway.Fixtures.labels;
import static io.quotestance.gateway.Fixtures.labelsFor;
import static io.quotestance.gateway.Fixtures.storedArticle;
import static io.quotestance.gateway.Fixtures.storedQuote;
import static io.quotestance.gateway.Fixtures.storedQuotes;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The gateway switched to OIDC by configuration alone, as an operator would with environment variables: the access
 * tokens of a provider, here signed in the test with an RSA key made for the run and checked against its public key
 * without any network, decide who writes; the static write tokens still configured are refused.
 */
@QuarkusTest
@TestProfile(OidcSecurityTest.OidcMode.class)
@WithTestResource(WireMockDownstreams.class)
class OidcSecurityTest extends GatewayTestBase {

    private static final String ISSUER = "https://login.newsroom.test/realms/newsroom";
    private static final String AUDIENCE = "quote-stance";
    private static final String OVERRIDE = "{\"label\":\"deny\",\"note\":\"Denied on the record.\"}";

    /** The settings an operator puts in the environment (QUOTESTANCE_AUTH_MODE=oidc and so on). */
    public static class OidcMode implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quotestance.auth.mode", "oidc",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.token.issuer", ISSUER,
                    "quarkus.oidc.token.audience", AUDIENCE,
                    "quarkus.oidc.roles.role-claim-path", "newsroom/roles",
                    "quarkus.http.auth.roles-mapping.newsdesk", "editor");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProviderKey.class));
        }
    }

    /** The provider's signing key, new every run: its public half configured, its private half for the test. */
    public static class ProviderKey implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            KeyPair key = newRsaKey();
            Base64.Encoder base64 = Base64.getEncoder();
            return Map.of("quarkus.oidc.public-key", base64.encodeToString(key.getPublic().getEncoded()),
                    "test.oidc.signing-key", base64.encodeToString(key.getPrivate().getEncoded()));
        }

        @Override
        public void stop() {
            // nothing to release
        }
    }

    @ConfigProperty(name = "test.oidc.signing-key")
    String signingKey;

    @Test
    void anAccessTokenWithTheEditorRoleStoresAnArticle() {
        var quotesStored = storedQuotes(7, 1, 2);
        quotes.stubFor(post("/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(json(storedArticle(7, quotesStored)))));
        quotes.stubFor(put("/quotes/stance-labels").willReturn(aResponse().withStatus(204)));
        stance.stubFor(post("/labels").willReturn(okJson(json(labels(labelsFor(quotesStored, "confirm"))))));

        given().auth().oauth2(sign(editor("carla", "editor"))).contentType(ContentType.JSON)
                .body("{\"text\": \"\\\"Yes,\\\" she said.\"}")
                .when().post("/api/articles").then()
                .statusCode(201)
                .body("id", equalTo(7));
    }

    @Test
    void anOverrideIsRecordedUnderTheTokensUserName() {
        stubOverride();

        overrideWith(sign(editor("carla", "editor"))).then().statusCode(200).body("stance.label", equalTo("deny"));

        stance.verify(putRequestedFor(urlEqualTo("/labels/42"))
                .withRequestBody(WireMockMatchers.jsonField("editor", "carla")));
    }

    @Test
    void aProviderRoleMappedToEditorWrites() {
        stubOverride();

        overrideWith(sign(editor("dan", "newsdesk"))).then().statusCode(200);
    }

    @Test
    void anAccessTokenWithoutTheEditorRoleIs403AndReachesNoService() {
        overrideWith(sign(editor("erin", "reader"))).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));

        quotes.verify(0, anyRequestedFor(anyUrl()));
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anExpiredAccessTokenIs401() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        String expired = sign(editor("carla", "editor").issuedAt(anHourAgo).expiresAt(anHourAgo.plusSeconds(300)));

        assertRefused(overrideWith(expired));
    }

    @Test
    void anAccessTokenSignedWithAnotherKeyIs401() {
        String forged = editor("carla", "editor").sign(newRsaKey().getPrivate());

        assertRefused(overrideWith(forged));
    }

    @Test
    void anAccessTokenForAnotherAudienceIs401() {
        assertRefused(overrideWith(sign(editor("carla", "editor").audience("another-service"))));
    }

    @Test
    void aWriteWithoutTokenIs401WithABearerChallenge() {
        given().contentType(ContentType.JSON).body(OVERRIDE)
                .when().put("/api/quotes/42/stance").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theStaticWriteTokensAreRefused() {
        assertRefused(overrideWith(ALICE));
        assertRefused(overrideWith(BARE));
    }

    private void assertRefused(Response response) {
        response.then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        quotes.verify(0, anyRequestedFor(anyUrl()));
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    private void stubOverride() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        quotes.stubFor(put("/quotes/stance-labels").willReturn(aResponse().withStatus(204)));
        stance.stubFor(put("/labels/42").willReturn(okJson(json(label(42, "deny", "human")))));
    }

    private static Response overrideWith(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(OVERRIDE)
                .when().put("/api/quotes/42/stance");
    }

    /** An access token as a Keycloak-like provider issues it, valid for five minutes, with the role at newsroom/roles. */
    private static JwtClaimsBuilder editor(String user, String role) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("user-" + user).claim("preferred_username", user)
                .claim("newsroom", Map.of("roles", List.of(role))).issuedAt(now).expiresAt(now.plusSeconds(300));
    }

    private String sign(JwtClaimsBuilder claims) {
        try {
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signingKey)));
            return claims.sign(key);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has RSA", e);
        }
    }
}
