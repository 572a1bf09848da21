package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.page;
import static io.quotestance.gateway.Fixtures.storedArticle;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Writes beyond a client's rate answer 429 with Retry-After; other clients and reads are not affected. */
@QuarkusTest
@TestProfile(WriteRateLimitTest.TwoWritesThenOnePerMinute.class)
@WithTestResource(WireMockDownstreams.class)
class WriteRateLimitTest extends GatewayTestBase {

    public static class TwoWritesThenOnePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotestance.api.write-burst", "2", "quotestance.api.writes-per-minute", "1");
        }
    }

    @Test
    void aClientOverItsWriteRateGets429WithRetryAfterAndNothingIsStored() {
        quotes.stubFor(post("/articles").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json(storedArticle(7, List.of())))));
        quotes.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson(json(page(List.of(), 0, 20, 0)))));

        store(ALICE).then().statusCode(200);
        store(ALICE).then().statusCode(200);
        Response limited = store(ALICE);
        limited.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.greaterThan(0), org.hamcrest.Matchers.lessThanOrEqualTo(60)));
        quotes.verify(2, postRequestedFor(urlEqualTo("/articles")));

        store(BARE).then().statusCode(200);
        given().get("/api/articles").then().statusCode(200);
    }

    @Test
    void aRequestWithoutTokenIs401AndDoesNotCount() {
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("text", "a text")).post("/api/articles").then()
                    .statusCode(401);
        }
    }

    private static Response store(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", "“It rains,” she said."))
                .post("/api/articles");
    }
}
