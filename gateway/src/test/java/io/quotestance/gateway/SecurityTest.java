package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.page;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class SecurityTest extends GatewayTestBase {

    private static final String ARTICLE = "{\"text\": \"\\\"Yes,\\\" she said.\"}";

    @Test
    void aWriteWithoutTokenIs401WithABearerChallengeAndReachesNoService() {
        given().contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/api/articles").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo("/api/articles"));

        quotes.verify(0, anyRequestedFor(anyUrl()));
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aWriteWithAWrongTokenIs401() {
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/api/articles").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPrefixOfAValidTokenIs401() {
        given().auth().oauth2(ALICE.substring(0, ALICE.length() - 1)).contentType(ContentType.JSON)
                .body("{\"label\": \"deny\"}")
                .when().put("/api/quotes/42/stance").then()
                .statusCode(401);
    }

    @Test
    void anotherAuthorizationSchemeIs401() {
        given().header("Authorization", "Basic YWxpY2U6dGVzdC10b2tlbi1hbGljZQ==").contentType(ContentType.JSON)
                .body(ARTICLE)
                .when().post("/api/articles").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void anOverrideWithoutTokenIs401() {
        given().contentType(ContentType.JSON).body("{\"label\": \"deny\"}")
                .when().put("/api/quotes/42/stance").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void authenticationComesBeforeReadingTheBody() {
        given().contentType(ContentType.JSON).body("{not json")
                .when().post("/api/articles").then()
                .statusCode(401);
    }

    @Test
    void readsArePublic() {
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(List.of(), 0, 20, 0)))));
        quotes.stubFor(get(urlPathEqualTo("/speakers")).willReturn(okJson(json(page(List.of(), 0, 20, 0)))));
        quotes.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson(json(page(List.of(), 0, 20, 0)))));

        given().when().get("/api/quotes").then().statusCode(200);
        given().when().get("/api/speakers").then().statusCode(200);
        given().when().get("/api/articles").then().statusCode(200);
    }
}
