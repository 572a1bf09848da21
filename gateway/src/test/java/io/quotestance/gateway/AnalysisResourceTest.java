package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.stance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class AnalysisResourceTest extends GatewayTestBase {

    private static final String TWO_QUOTES = """
            {"quotes": [
              {"text": "It is definitely happening.", "type": "direct", "cue": "said", "start": 1, "end": 28,
               "speaker": {"name": null, "mention": "a spokesman for Ukraine's president", "kind": "unnamed",
                           "role": "spokesman", "affiliation": "Ukraine", "aliases": []}},
              {"text": "the reports were false", "type": "indirect", "cue": "denied", "start": 60, "end": 82,
               "speaker": {"name": "Kremlin", "mention": "the Kremlin", "kind": "organization",
                           "role": null, "affiliation": "Russia", "aliases": []}}]}""";

    @Test
    void analyzeAnswersAnArticleViewWithoutIds() {
        quotes.stubFor(post("/extract").willReturn(okJson(TWO_QUOTES)));
        stance.stubFor(post("/classify/batch").willReturn(okJson(json(Map.of("results",
                List.of(stance("confirm", "auto"), stance("deny", "auto")))))));

        given().contentType(ContentType.JSON).body("{\"text\": \"an article\"}")
                .when().post("/api/analyze").then()
                .statusCode(200)
                .body("id", nullValue())
                .body("url", nullValue())
                .body("quotes", hasSize(2))
                .body("quotes.id", everyItem(nullValue()))
                .body("quotes.articleId", everyItem(nullValue()))
                .body("quotes[0].speaker.id", nullValue())
                .body("quotes[0].speaker.name", nullValue())
                .body("quotes[0].speaker.mention", equalTo("a spokesman for Ukraine's president"))
                .body("quotes[1].speaker.kind", equalTo("organization"))
                .body("quotes.stance.label", contains("confirm", "deny"))
                .body("stanceSummary.confirm", equalTo(1))
                .body("stanceSummary.deny", equalTo(1))
                .body("degraded", equalTo(false));

        quotes.verify(postRequestedFor(urlEqualTo("/extract")).withRequestBody(equalToJson("{\"text\": \"an article\"}")));
        stance.verify(postRequestedFor(urlEqualTo("/classify/batch")).withRequestBody(equalToJson("""
                {"items": [{"text": "It is definitely happening.", "cue": "said", "claim": null},
                           {"text": "the reports were false", "cue": "denied", "claim": null}]}""")));
    }

    @Test
    void analyzeWithASlowStanceServiceAnswersDegradedWithinTwoSeconds() {
        quotes.stubFor(post("/extract").willReturn(okJson(TWO_QUOTES)));
        stance.stubFor(post("/classify/batch").willReturn(okJson(json(Map.of("results",
                List.of(stance("confirm", "auto"), stance("deny", "auto"))))).withFixedDelay(5_000)));

        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body("{\"text\": \"an article\"}")
                .when().post("/api/analyze").then()
                .statusCode(200)
                .body("quotes", hasSize(2))
                .body("quotes.stance", everyItem(nullValue()))
                .body("degraded", equalTo(true));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void analyzeWithoutStanceServiceAnswersTheQuotesDegraded() {
        quotes.stubFor(post("/extract").willReturn(okJson(TWO_QUOTES)));
        stance.stubFor(post("/classify/batch").willReturn(aResponse().withStatus(503)));

        given().contentType(ContentType.JSON).body("{\"text\": \"an article\"}")
                .when().post("/api/analyze").then()
                .statusCode(200)
                .body("quotes", hasSize(2))
                .body("quotes.stance", everyItem(nullValue()))
                .body("stanceSummary.confirm", equalTo(0))
                .body("degraded", equalTo(true));
    }

    @Test
    void analyzeOfTextOver200000CharactersIs413AndSendsNothing() {
        given().contentType(ContentType.JSON).body(json(Map.of("text", "b".repeat(200_001))))
                .when().post("/api/analyze").then()
                .statusCode(413)
                .contentType("application/problem+json");

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void stanceClassifiesOneStatementAgainstTheClaim() {
        stance.stubFor(post("/classify").willReturn(okJson(json(stance("confirm", "auto")))));

        given().contentType(ContentType.JSON)
                .body("{\"text\": \"We do have this confirmation.\", \"claim\": \"troops were sent\"}")
                .when().post("/api/stance").then()
                .statusCode(200)
                .body("label", equalTo("confirm"))
                .body("confidence", equalTo(0.71f))
                .body("scores.confirm", equalTo(0.71f))
                .body("evidence[0].text", equalTo("very worrying"))
                .body("evidence[0].start", equalTo(12))
                .body("source", equalTo("auto"))
                .body("modelVersion", equalTo("rules-1.0"));

        stance.verify(postRequestedFor(urlEqualTo("/classify")).withRequestBody(equalToJson(
                "{\"text\": \"We do have this confirmation.\", \"cue\": null, \"claim\": \"troops were sent\"}")));
    }

    @Test
    void stanceWhenStanceServiceIsDownIs503WithRetryAfter() {
        stance.stubFor(post("/classify").willReturn(aResponse().withStatus(500)));

        given().contentType(ContentType.JSON).body("{\"text\": \"We do have this confirmation.\"}")
                .when().post("/api/stance").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json");
    }

    @Test
    void stanceWithoutTextIs400NamingText() {
        given().contentType(ContentType.JSON).body("{\"claim\": \"troops were sent\"}")
                .when().post("/api/stance").then()
                .statusCode(400)
                .body("violations.field", contains("text"));
    }
}
