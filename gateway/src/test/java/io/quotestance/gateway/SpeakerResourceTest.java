package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.page;
import static io.quotestance.gateway.Fixtures.speakerSummary;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class SpeakerResourceTest extends GatewayTestBase {

    @Test
    void theSpeakerListMapsSpeakerViewsAndPassesTheQuery() {
        quotes.stubFor(get(urlPathEqualTo("/speakers")).willReturn(okJson(json(page(List.of(speakerSummary(3)), 0, 20, 1)))));

        Map<String, Object> speaker = given().queryParam("q", "lemoine").when().get("/api/speakers").then()
                .statusCode(200)
                .body("items.id", contains(3))
                .body("items[0].name", equalTo("Christophe Lemoine"))
                .body("items[0].kind", equalTo("person"))
                .body("items[0].role", equalTo("foreign ministry spokesman"))
                .body("items[0].affiliation", equalTo("France"))
                .body("items[0].quoteCount", equalTo(4))
                .body("items[0].stanceSummary.deny", equalTo(2))
                .body("total", equalTo(1))
                .extract().jsonPath().getMap("items[0]");

        assertThat(speaker).containsOnlyKeys("id", "name", "kind", "role", "affiliation", "quoteCount", "stanceSummary");
        quotes.verify(getRequestedFor(urlPathEqualTo("/speakers")).withQueryParam("q", WireMockMatchers.is("lemoine")));
        // Speakers' summaries come from quotes-service's copied labels: no stance-service call.
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void oneSpeakerIsAnsweredAsSpeakerView() {
        quotes.stubFor(get("/speakers/3").willReturn(okJson(json(speakerSummary(3)))));

        given().when().get("/api/speakers/3").then()
                .statusCode(200)
                .body("id", equalTo(3))
                .body("quoteCount", equalTo(4))
                .body("stanceSummary.confirm", equalTo(1))
                .body("stanceSummary.concern", equalTo(1));
    }

    @Test
    void anUnknownSpeakerIs404() {
        quotes.stubFor(get("/speakers/77").willReturn(aResponse().withStatus(404)));

        given().when().get("/api/speakers/77").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
