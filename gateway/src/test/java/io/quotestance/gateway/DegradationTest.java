package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.labels;
import static io.quotestance.gateway.Fixtures.labelsFor;
import static io.quotestance.gateway.Fixtures.page;
import static io.quotestance.gateway.Fixtures.storedArticle;
import static io.quotestance.gateway.Fixtures.storedQuotes;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A slow or failing stance-service degrades reads; a failing quotes-service is 503. Never a hang. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class DegradationTest extends GatewayTestBase {

    private static final Duration STANCE_DELAY = Duration.ofSeconds(5);
    private static final Duration READ_BUDGET = Duration.ofSeconds(2);

    @Test
    void aSlowStanceServiceDegradesAQuotePageWithinTwoSeconds() {
        var five = storedQuotes(7, 1, 5);
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(five, 0, 20, 5)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(labelsFor(five, "deny"))))
                .withFixedDelay((int) STANCE_DELAY.toMillis())));

        long started = System.nanoTime();
        given().when().get("/api/quotes").then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("items.stance", everyItem(nullValue()))
                .body("degraded", equalTo(true));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_BUDGET);
    }

    @Test
    void aSlowStanceServiceDegradesAnArticleWithinTwoSeconds() {
        quotes.stubFor(get("/articles/7").willReturn(okJson(json(storedArticle(7, storedQuotes(7, 1, 3))))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(java.util.List.of())))
                .withFixedDelay((int) STANCE_DELAY.toMillis())));

        long started = System.nanoTime();
        given().when().get("/api/articles/7").then()
                .statusCode(200)
                .body("quotes", hasSize(3))
                .body("quotes.stance", everyItem(nullValue()))
                .body("stanceSummary.confirm", equalTo(0))
                .body("degraded", equalTo(true));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_BUDGET);
    }

    @Test
    void aFailingStanceServiceDegradesAQuotePage() {
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(storedQuotes(7, 1, 2), 0, 20, 2)))));
        stance.stubFor(post("/labels/lookup").willReturn(aResponse().withStatus(500)));

        given().when().get("/api/quotes").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.stance", everyItem(nullValue()))
                .body("degraded", equalTo(true));
    }

    @Test
    void aStanceServiceDroppingConnectionsDegradesOneQuote() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(Fixtures.storedQuote(42, 7)))));
        stance.stubFor(post("/labels/lookup").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/api/quotes/42").then()
                .statusCode(200)
                .body("id", equalTo(42))
                .body("stance", nullValue());
    }

    @Test
    void anOpenCircuitServesQuotesWithoutCallingStanceServiceAgain() {
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(storedQuotes(7, 1, 1), 0, 20, 1)))));
        stance.stubFor(post("/labels/lookup").willReturn(aResponse().withStatus(500)));

        for (int i = 0; i < 14; i++) {
            given().when().get("/api/quotes").then().statusCode(200).body("degraded", equalTo(true));
        }

        // The circuit opens after 10 failed look-ups: the next pages are answered without waiting for stance-service.
        stance.verify(10, postRequestedFor(urlEqualTo("/labels/lookup")));
    }

    @Test
    void aQuotesService5xxIs503WithRetryAfter() {
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(aResponse().withStatus(500)
                .withBody("org.postgresql.util.PSQLException: FATAL at io.quotestance.quotes.QuoteRepository")));

        String body = given().when().get("/api/quotes").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .extract().asString();

        assertThat(body).doesNotContain("PSQL", "Exception", "at io.");
    }

    @Test
    void aQuotesServiceDroppingConnectionsIs503() {
        quotes.stubFor(get("/articles/7").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        given().when().get("/api/articles/7").then()
                .statusCode(503)
                .header("Retry-After", "5");
    }
}
