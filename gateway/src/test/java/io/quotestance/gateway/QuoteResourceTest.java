package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.label;
import static io.quotestance.gateway.Fixtures.labels;
import static io.quotestance.gateway.Fixtures.labelsFor;
import static io.quotestance.gateway.Fixtures.page;
import static io.quotestance.gateway.Fixtures.storedQuote;
import static io.quotestance.gateway.Fixtures.storedQuotes;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class QuoteResourceTest extends GatewayTestBase {

    @Test
    void quotePageMapsEveryFieldOfTheQuoteView() {
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(List.of(storedQuote(42, 7)), 0, 20, 1)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(List.of(label(42, "confirm", "auto")))))));

        Map<String, Object> body = given().when().get("/api/quotes").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(1)).body("totalExact", equalTo(true))
                .body("degraded", equalTo(false))
                .body("items[0].id", equalTo(42))
                .body("items[0].articleId", equalTo(7))
                .body("items[0].text", equalTo("statement 42 is very worrying"))
                .body("items[0].type", equalTo("direct"))
                .body("items[0].cue", equalTo("said"))
                .body("items[0].start", equalTo(142))
                .body("items[0].end", equalTo(172))
                .body("items[0].speaker.id", equalTo(3))
                .body("items[0].speaker.name", equalTo("Christophe Lemoine"))
                .body("items[0].speaker.kind", equalTo("person"))
                .body("items[0].stance.label", equalTo("confirm"))
                .body("items[0].stance.confidence", equalTo(0.71f))
                .body("items[0].stance.scores.deny", equalTo(0.04f))
                .body("items[0].stance.evidence[0].rule", equalTo("worry-cue"))
                .body("items[0].stance.source", equalTo("auto"))
                .body("items[0].stance.modelVersion", equalTo("rules-1.0"))
                .extract().jsonPath().getMap("");

        assertThat(body).containsOnlyKeys("items", "page", "size", "total", "totalExact", "degraded");
        Map<String, Object> quote = given().when().get("/api/quotes").then().extract().jsonPath().getMap("items[0]");
        assertThat(quote).containsOnlyKeys("id", "articleId", "text", "type", "cue", "start", "end", "speaker", "stance");
        assertThat((Map<String, Object>) quote.get("speaker"))
                .containsOnlyKeys("id", "name", "mention", "kind", "role", "affiliation");
        assertThat((Map<String, Object>) quote.get("stance"))
                .containsOnlyKeys("label", "confidence", "scores", "evidence", "source", "modelVersion");
        assertThat((Map<String, Object>) ((Map<String, Object>) quote.get("stance")).get("scores"))
                .containsOnlyKeys("confirm", "deny", "uncertain", "concern");
    }

    @Test
    void aPageOfTwentyQuotesMakesExactlyOneLabelLookup() {
        var twenty = storedQuotes(7, 1, 20);
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(twenty, 0, 20, 57)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(labelsFor(twenty, "deny"))))));

        given().when().get("/api/quotes").then()
                .statusCode(200)
                .body("items", hasSize(20))
                .body("items.stance.label", contains(LongStream.range(0, 20).mapToObj(i -> "deny").toArray()));

        stance.verify(1, postRequestedFor(urlEqualTo("/labels/lookup")));
        stance.verify(postRequestedFor(urlEqualTo("/labels/lookup"))
                .withRequestBody(equalToJson(json(Map.of("quoteIds", LongStream.rangeClosed(1, 20).boxed().toList())))));
        stance.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void filtersAndPagingArePassedThroughToQuotesService() {
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(List.of(), 2, 5, 11)))));

        given().queryParam("speaker", "Lemoine").queryParam("stance", "deny").queryParam("articleId", 7)
                .queryParam("q", "troops").queryParam("page", 2).queryParam("size", 5)
                .when().get("/api/quotes").then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("page", equalTo(2))
                .body("size", equalTo(5))
                .body("total", equalTo(11));

        quotes.verify(getRequestedFor(urlPathEqualTo("/quotes"))
                .withQueryParam("speaker", WireMockMatchers.is("Lemoine"))
                .withQueryParam("stance", WireMockMatchers.is("deny"))
                .withQueryParam("articleId", WireMockMatchers.is("7"))
                .withQueryParam("q", WireMockMatchers.is("troops"))
                .withQueryParam("page", WireMockMatchers.is("2"))
                .withQueryParam("size", WireMockMatchers.is("5")));
        // An empty page needs no stance.
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void pagingDefaultsToPageZeroOfTwenty() {
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(List.of(), 0, 20, 0)))));

        given().when().get("/api/quotes").then().statusCode(200);

        quotes.verify(getRequestedFor(urlPathEqualTo("/quotes"))
                .withQueryParam("page", WireMockMatchers.is("0"))
                .withQueryParam("size", WireMockMatchers.is("20")));
    }

    @Test
    void sizeAbove100IsRefusedWith400NamingSizeAndNothingIsSent() {
        given().queryParam("size", 101).when().get("/api/quotes").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", contains("size"));

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void negativePageIsRefusedWith400NamingPage() {
        given().queryParam("page", -1).when().get("/api/quotes").then()
                .statusCode(400)
                .body("violations.field", contains("page"));
    }

    @Test
    void anUnknownStanceFilterIsRefusedWith400NamingStance() {
        given().queryParam("stance", "maybe").when().get("/api/quotes").then()
                .statusCode(400)
                .body("violations.field", contains("stance"));

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aQuoteWithoutLabelHasNullStanceWithoutDegradingThePage() {
        quotes.stubFor(get(urlPathEqualTo("/quotes"))
                .willReturn(okJson(json(page(List.of(storedQuote(1, 7), storedQuote(2, 7)), 0, 20, 2)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(List.of(label(2, "uncertain", "auto")))))));

        given().when().get("/api/quotes").then()
                .statusCode(200)
                .body("degraded", equalTo(false))
                .body("items[0].stance", nullValue())
                .body("items[1].stance.label", equalTo("uncertain"));
    }

    @Test
    void oneQuoteIsAnsweredWithItsStance() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(List.of(label(42, "deny", "human")))))));

        given().when().get("/api/quotes/42").then()
                .statusCode(200)
                .body("id", equalTo(42))
                .body("articleId", equalTo(7))
                .body("stance.label", equalTo("deny"))
                .body("stance.source", equalTo("human"));

        stance.verify(postRequestedFor(urlEqualTo("/labels/lookup")).withRequestBody(equalToJson("{\"quoteIds\":[42]}")));
    }

    @Test
    void aReadIgnoresABodySentWithIt() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(List.of(label(42, "deny", "auto")))))));

        // Even bytes that are not UTF-8: the reads run on the event loop, where checking a body would fail them.
        given().contentType("application/json").body(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xc0,
                (byte) 0xaf, '"', '}' })
                .when().get("/api/quotes/42").then()
                .statusCode(200)
                .body("stance.label", equalTo("deny"));
    }

    @Test
    void anUnknownQuoteIs404() {
        quotes.stubFor(get("/quotes/999").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"io.quotestance.quotes.QuoteNotFound\"}")));

        String body = given().when().get("/api/quotes/999").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/quotes/999"))
                .extract().asString();

        assertThat(body).doesNotContain("io.quotestance");
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void overrideForwardsTheEditorsNameAndNoteAndAnswersAHumanStance() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        quotes.stubFor(put("/quotes/stance-labels").willReturn(aResponse().withStatus(204)));
        stance.stubFor(put("/labels/42").willReturn(okJson(json(label(42, "deny", "human")))));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body("{\"label\":\"deny\",\"note\":\"The spokesman rejects the report.\"}")
                .when().put("/api/quotes/42/stance").then()
                .statusCode(200)
                .body("id", equalTo(42))
                .body("text", equalTo("statement 42 is very worrying"))
                .body("stance.label", equalTo("deny"))
                .body("stance.source", equalTo("human"));

        stance.verify(putRequestedFor(urlEqualTo("/labels/42")).withRequestBody(equalToJson(
                "{\"label\":\"deny\",\"note\":\"The spokesman rejects the report.\",\"editor\":\"alice\","
                        + "\"expectedVersion\":null}")));
        quotes.verify(putRequestedFor(urlEqualTo("/quotes/stance-labels"))
                .withRequestBody(equalToJson("{\"labels\":[{\"quoteId\":42,\"label\":\"deny\"}]}")));
    }

    @Test
    void aBareTokenWritesUnderItsDerivedEditorName() throws Exception {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        quotes.stubFor(put("/quotes/stance-labels").willReturn(aResponse().withStatus(204)));
        stance.stubFor(put("/labels/42").willReturn(okJson(json(label(42, "confirm", "human")))));

        given().auth().oauth2(BARE).contentType(ContentType.JSON).body("{\"label\":\"confirm\"}")
                .when().put("/api/quotes/42/stance").then().statusCode(200);

        String digest = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(BARE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        stance.verify(putRequestedFor(urlEqualTo("/labels/42"))
                .withRequestBody(WireMockMatchers.jsonField("editor", "editor-" + digest.substring(0, 8))));
    }

    @Test
    void overrideOfAnUnknownQuoteIs404AndLeavesStanceServiceAlone() {
        quotes.stubFor(get("/quotes/999").willReturn(aResponse().withStatus(404)));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"label\":\"deny\"}")
                .when().put("/api/quotes/999/stance").then()
                .statusCode(404)
                .contentType("application/problem+json");

        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void overrideWithAnUnknownLabelIs400NamingLabel() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"label\":\"maybe\"}")
                .when().put("/api/quotes/42/stance").then()
                .statusCode(400)
                .body("violations.field", contains("label"));

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void overrideWhenStanceServiceIsDownIs503WithRetryAfter() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        stance.stubFor(put("/labels/42").willReturn(aResponse().withStatus(500).withBody("java.sql.SQLException")));

        String body = given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"label\":\"deny\"}")
                .when().put("/api/quotes/42/stance").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json")
                .extract().asString();

        assertThat(body).doesNotContain("SQL");
        quotes.verify(0, putRequestedFor(urlEqualTo("/quotes/stance-labels")));
    }

    @Test
    void overrideWithAStaleVersionIs409() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        stance.stubFor(put("/labels/42").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":409,\"detail\":\"version 1 is stale, current is 3\"}")));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"label\":\"deny\",\"expectedVersion\":1}")
                .when().put("/api/quotes/42/stance").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));

        stance.verify(putRequestedFor(urlEqualTo("/labels/42")).withRequestBody(WireMockMatchers.jsonField("expectedVersion", 1)));
    }

    @Test
    void stanceHistoryShowsTheCurrentLabelTheAutomaticOneAndTheHistory() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        Map<String, Object> label = new HashMap<>(label(42, "deny", "human"));
        label.put("note", "rejects the report");
        label.put("history", List.of(
                Map.of("label", "concern", "source", "auto", "confidence", 0.6, "modelVersion", "rules-1.0",
                        "at", "2024-10-18T10:00:00Z"),
                Map.of("label", "deny", "source", "human", "confidence", 1.0, "editor", "alice",
                        "note", "rejects the report", "at", "2024-10-18T11:00:00Z")));
        stance.stubFor(get("/labels/42").willReturn(okJson(json(label))));

        given().when().get("/api/quotes/42/stance").then()
                .statusCode(200)
                .body("quoteId", equalTo(42))
                .body("stance.label", equalTo("deny"))
                .body("stance.source", equalTo("human"))
                .body("automatic.label", equalTo("concern"))
                .body("automatic.source", equalTo("auto"))
                .body("version", equalTo(2))
                .body("editor", equalTo("alice"))
                .body("note", equalTo("rejects the report"))
                .body("history.label", contains("concern", "deny"))
                .body("history[1].editor", equalTo("alice"))
                .body("history[1].at", equalTo("2024-10-18T11:00:00Z"));
    }

    @Test
    void stanceHistoryOfAnUnlabelledQuoteIs404() {
        quotes.stubFor(get("/quotes/42").willReturn(okJson(json(storedQuote(42, 7)))));
        stance.stubFor(get("/labels/42").willReturn(aResponse().withStatus(404)));

        given().when().get("/api/quotes/42/stance").then()
                .statusCode(404)
                .body("detail", equalTo("Quote 42 has no stance label yet."));
    }
}
