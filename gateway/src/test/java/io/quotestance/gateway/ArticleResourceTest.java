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
import static io.quotestance.gateway.Fixtures.articleSummary;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.label;
import static io.quotestance.gateway.Fixtures.labels;
import static io.quotestance.gateway.Fixtures.labelsFor;
import static io.quotestance.gateway.Fixtures.page;
import static io.quotestance.gateway.Fixtures.problem;
import static io.quotestance.gateway.Fixtures.storedArticle;
import static io.quotestance.gateway.Fixtures.storedQuotes;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ArticleResourceTest extends GatewayTestBase {

    private static final String SUBMISSION = """
            {"text": "\\"It is definitely happening,\\" a spokesman said.", "url": "https://example.org/news/7",
             "title": "Article 7", "outlet": "Example News", "publishedAt": "2024-10-18T09:30:00Z"}""";

    @Test
    void aNewArticleIsStoredLabelledAndAnswered201WithLocation() {
        var threeQuotes = storedQuotes(7, 1, 3);
        quotes.stubFor(post("/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "http://quotes-service/articles/7")
                .withBody(json(storedArticle(7, threeQuotes)))));
        quotes.stubFor(put("/quotes/stance-labels").willReturn(aResponse().withStatus(204)));
        stance.stubFor(post("/labels").willReturn(okJson(json(labels(List.of(
                label(1, "confirm", "auto"), label(2, "deny", "auto"), label(3, "deny", "auto")))))));

        Map<String, Object> article = given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(SUBMISSION)
                .when().post("/api/articles").then()
                .statusCode(201)
                .header("Location", endsWith("/api/articles/7"))
                .body("id", equalTo(7))
                .body("url", equalTo("https://example.org/news/7"))
                .body("title", equalTo("Article 7"))
                .body("outlet", equalTo("Example News"))
                .body("publishedAt", equalTo("2024-10-18T09:30:00Z"))
                .body("quotes", hasSize(3))
                .body("quotes.stance.label", contains("confirm", "deny", "deny"))
                .body("stanceSummary.confirm", equalTo(1))
                .body("stanceSummary.deny", equalTo(2))
                .body("stanceSummary.uncertain", equalTo(0))
                .body("stanceSummary.concern", equalTo(0))
                .body("degraded", equalTo(false))
                .extract().jsonPath().getMap("");

        assertThat(article).containsOnlyKeys("id", "url", "title", "outlet", "publishedAt", "quotes", "stanceSummary",
                "degraded");
        quotes.verify(postRequestedFor(urlEqualTo("/articles")).withRequestBody(equalToJson(SUBMISSION)));
    }

    @Test
    void ingestSendsEveryQuoteToStanceServiceAndCopiesTheLabelsBack() {
        var twoQuotes = storedQuotes(7, 1, 2);
        quotes.stubFor(post("/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(json(storedArticle(7, twoQuotes)))));
        quotes.stubFor(put("/quotes/stance-labels").willReturn(aResponse().withStatus(204)));
        stance.stubFor(post("/labels").willReturn(okJson(json(labels(labelsFor(twoQuotes, "concern"))))));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(SUBMISSION)
                .when().post("/api/articles").then().statusCode(201);

        stance.verify(1, postRequestedFor(urlEqualTo("/labels")));
        stance.verify(postRequestedFor(urlEqualTo("/labels")).withRequestBody(equalToJson("""
                {"items": [
                  {"quoteId": 1, "text": "statement 1 is very worrying", "cue": "said", "claim": null},
                  {"quoteId": 2, "text": "statement 2 is very worrying", "cue": "said", "claim": null}]}""")));
        quotes.verify(putRequestedFor(urlEqualTo("/quotes/stance-labels")).withRequestBody(equalToJson("""
                {"labels": [{"quoteId": 1, "label": "concern"}, {"quoteId": 2, "label": "concern"}]}""")));
    }

    @Test
    void theSameTextAgainAnswers200WithTheStoredArticleAndLabelsNothing() {
        var twoQuotes = storedQuotes(7, 1, 2);
        quotes.stubFor(post("/articles").willReturn(okJson(json(storedArticle(7, twoQuotes)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(labelsFor(twoQuotes, "deny"))))));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(SUBMISSION)
                .when().post("/api/articles").then()
                .statusCode(200)
                .header("Location", nullValue())
                .body("id", equalTo(7))
                .body("quotes.stance.label", contains("deny", "deny"))
                .body("degraded", equalTo(false));

        stance.verify(0, postRequestedFor(urlEqualTo("/labels")));
        stance.verify(1, postRequestedFor(urlEqualTo("/labels/lookup")));
        quotes.verify(0, putRequestedFor(urlEqualTo("/quotes/stance-labels")));
    }

    @Test
    void whenStanceServiceFailsTheArticleIsStoredAndAnsweredDegraded() {
        quotes.stubFor(post("/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(json(storedArticle(7, storedQuotes(7, 1, 2))))));
        stance.stubFor(post("/labels").willReturn(aResponse().withStatus(500)));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(SUBMISSION)
                .when().post("/api/articles").then()
                .statusCode(201)
                .header("Location", endsWith("/api/articles/7"))
                .body("quotes", hasSize(2))
                .body("quotes.stance", everyItem(nullValue()))
                .body("degraded", equalTo(true));

        // Unlabelled quotes keep a null copied label for the reconciliation job.
        quotes.verify(0, putRequestedFor(urlEqualTo("/quotes/stance-labels")));
    }

    @Test
    void aFailedLabelCopyStillAnswers201WithTheStances() {
        var oneQuote = storedQuotes(7, 1, 1);
        quotes.stubFor(post("/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(json(storedArticle(7, oneQuote)))));
        quotes.stubFor(put("/quotes/stance-labels").willReturn(aResponse().withStatus(500)));
        stance.stubFor(post("/labels").willReturn(okJson(json(labels(labelsFor(oneQuote, "confirm"))))));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(SUBMISSION)
                .when().post("/api/articles").then()
                .statusCode(201)
                .body("quotes[0].stance.label", equalTo("confirm"))
                .body("degraded", equalTo(false));
    }

    @Test
    void blankTextIsRefusedWith400NamingTextAndNothingIsSent() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"text\": \"   \"}")
                .when().post("/api/articles").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("text"));

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void textOf200001CharactersIsRefusedWith413AndNothingIsSentDownstream() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body(json(Map.of("text", "a".repeat(200_001))))
                .when().post("/api/articles").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("violations.field", contains("text"));

        quotes.verify(0, anyRequestedFor(anyUrl()));
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void textOfExactly200000CharactersIsAccepted() {
        quotes.stubFor(post("/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(json(storedArticle(8, List.of())))));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body(json(Map.of("text", "a".repeat(200_000))))
                .when().post("/api/articles").then()
                .statusCode(201)
                .body("quotes", hasSize(0));

        // No quotes, nothing to label.
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefusalByQuotesServiceKeepsItsStatusAndFieldNamesButNotItsWords() {
        quotes.stubFor(post("/articles").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(json(problem(400, "url", "java.lang.IllegalArgumentException at io.quotestance.X")))));

        String body = given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(SUBMISSION)
                .when().post("/api/articles").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("url"))
                .body("violations[0].message", equalTo("is invalid"))
                .extract().asString();

        assertThat(body).doesNotContain("Exception", "at io.", "hibernate", "statement");
    }

    @Test
    void anArticleIsAnsweredWithItsQuotesStancesAndSummary() {
        var quotesOfArticle = storedQuotes(7, 1, 4);
        quotes.stubFor(get("/articles/7").willReturn(okJson(json(storedArticle(7, quotesOfArticle)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(List.of(
                label(1, "confirm", "auto"), label(2, "concern", "auto"), label(3, "concern", "human")))))));

        given().when().get("/api/articles/7").then()
                .statusCode(200)
                .body("id", equalTo(7))
                .body("quotes.id", contains(1, 2, 3, 4))
                .body("quotes[0].stance.label", equalTo("confirm"))
                .body("quotes[1].stance.label", equalTo("concern"))
                .body("quotes[2].stance.label", equalTo("concern"))
                .body("quotes[3].stance", nullValue())
                .body("quotes[2].stance.source", equalTo("human"))
                .body("stanceSummary.confirm", equalTo(1))
                .body("stanceSummary.concern", equalTo(2))
                .body("stanceSummary.deny", equalTo(0))
                .body("degraded", equalTo(false));

        stance.verify(1, postRequestedFor(urlEqualTo("/labels/lookup")));
        stance.verify(postRequestedFor(urlEqualTo("/labels/lookup"))
                .withRequestBody(equalToJson("{\"quoteIds\": [1, 2, 3, 4]}")));
    }

    @Test
    void anUnknownArticleIs404() {
        quotes.stubFor(get("/articles/404").willReturn(aResponse().withStatus(404)));

        given().when().get("/api/articles/404").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/articles/404"));
    }

    @Test
    void aNonNumericOrOversizedIdIs404WithoutAskingQuotesService() {
        given().when().get("/api/articles/abc").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/articles/99999999999999999999999").then().statusCode(404);
        given().when().get("/api/quotes/1.5").then().statusCode(404);

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theArticleListMapsSummariesAndPassesPaging() {
        quotes.stubFor(get(urlPathEqualTo("/articles"))
                .willReturn(okJson(json(page(List.of(articleSummary(9), articleSummary(8)), 1, 2, 5)))));

        Map<String, Object> first = given().queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/articles").then()
                .statusCode(200)
                .body("items.id", contains(9, 8))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(5))
                .body("items[0].quoteCount", equalTo(6))
                .body("items[0].createdAt", equalTo("2024-10-18T10:02:11Z"))
                .extract().jsonPath().getMap("items[0]");

        assertThat(first).containsOnlyKeys("id", "url", "title", "outlet", "publishedAt", "createdAt", "quoteCount");
        quotes.verify(getRequestedFor(urlPathEqualTo("/articles"))
                .withQueryParam("page", WireMockMatchers.is("1"))
                .withQueryParam("size", WireMockMatchers.is("2")));
        stance.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theArticleListRefusesSizeAbove100() {
        given().queryParam("size", 101).when().get("/api/articles").then()
                .statusCode(400)
                .body("violations.field", contains("size"));
    }
}
