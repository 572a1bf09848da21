package io.quotestance.quotes;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.quotes.service.ArticleWriter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.quotestance.quotes.Fixtures.person;
import static io.quotestance.quotes.Fixtures.quote;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The copies of the current stance labels: written by the gateway, used to filter, count and find unlabelled quotes. */
@QuarkusTest
class StanceLabelCopyTest extends DatabaseTest {

    static final String ARTICLE = "“They are coming,” Ana Ruiz said. “It is not true,” Ben Ode said. “Maybe,” Ana Ruiz said.";

    @Inject
    ArticleWriter writer;

    long comingId;
    long notTrueId;
    long maybeId;

    @BeforeEach
    void storeArticle() {
        Fixtures.store(writer, ARTICLE,
                quote(ARTICLE, "They are coming", person("Ana Ruiz", null, null)),
                quote(ARTICLE, "It is not true", person("Ben Ode", null, null)),
                quote(ARTICLE, "Maybe", person("Ana Ruiz", null, null)));
        comingId = idOf("They are coming");
        notTrueId = idOf("It is not true");
        maybeId = idOf("Maybe");
    }

    private long idOf(String text) {
        return queryLong("SELECT id FROM quotes.quote WHERE text = '" + text + "'");
    }

    private static Response putLabels(Object body) {
        return given().contentType(ContentType.JSON).body(body).put("/quotes/stance-labels");
    }

    private static Map<String, Object> label(long quoteId, String label) {
        return Map.of("quoteId", quoteId, "label", label);
    }

    @Test
    void copiedLabelsAreServedAndFiltered() {
        putLabels(Map.of("labels", List.of(label(comingId, "confirm"), label(notTrueId, "deny")))).then().statusCode(204);

        given().get("/quotes/{id}", comingId).then().statusCode(200).body("stanceLabel", equalTo("confirm"));
        given().get("/quotes?stance=deny").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) notTrueId));
        given().get("/quotes?stance=uncertain").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void stanceFilterCombinesWithSpeaker() {
        putLabels(Map.of("labels", List.of(label(comingId, "confirm"), label(maybeId, "uncertain"),
                label(notTrueId, "confirm")))).then().statusCode(204);

        given().get("/quotes?stance=confirm&speaker=ana ruiz").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) comingId));
    }

    @Test
    void speakerStanceSummaryCountsTheCopiedLabels() {
        putLabels(Map.of("labels", List.of(label(comingId, "confirm"), label(maybeId, "uncertain")))).then().statusCode(204);
        long anaId = queryLong("SELECT speaker_id FROM quotes.quote WHERE id = " + comingId);

        given().get("/speakers/{id}", anaId).then().statusCode(200)
                .body("quoteCount", equalTo(2))
                .body("stanceSummary.confirm", equalTo(1))
                .body("stanceSummary.uncertain", equalTo(1))
                .body("stanceSummary.deny", equalTo(0))
                .body("stanceSummary.concern", equalTo(0));
    }

    @Test
    void relabellingReplacesTheCopyAndBumpsTheVersion() {
        putLabels(Map.of("labels", List.of(label(comingId, "confirm")))).then().statusCode(204);
        putLabels(Map.of("labels", List.of(label(comingId, "concern")))).then().statusCode(204);

        given().get("/quotes/{id}", comingId).then().body("stanceLabel", equalTo("concern"));
        assertThat(queryLong("SELECT version FROM quotes.quote WHERE id = " + comingId)).isEqualTo(2);
    }

    @Test
    void laterAssignmentOfTheSameQuoteWins() {
        putLabels(Map.of("labels", List.of(label(comingId, "deny"), label(comingId, "confirm")))).then().statusCode(204);

        given().get("/quotes/{id}", comingId).then().body("stanceLabel", equalTo("confirm"));
    }

    @Test
    void unknownQuoteIdsAreIgnored() {
        putLabels(Map.of("labels", List.of(label(987654, "deny"), label(comingId, "deny")))).then().statusCode(204);

        given().get("/quotes/{id}", comingId).then().body("stanceLabel", equalTo("deny"));
    }

    @Test
    void unknownLabelIs400NamingTheItem() {
        putLabels(Map.of("labels", List.of(label(comingId, "agree")))).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("labels[0].label"));
        given().get("/quotes/{id}", comingId).then().body("stanceLabel", equalTo(null));
    }

    @Test
    void missingQuoteIdIs400NamingTheItem() {
        putLabels(Map.of("labels", List.of(Map.of("label", "deny")))).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("labels[0].quoteId"));
    }

    @Test
    void unlabelledQuotesComeOldestFirstAndLeaveLabelledOnesOut() {
        putLabels(Map.of("labels", List.of(label(notTrueId, "deny")))).then().statusCode(204);

        given().get("/quotes/unlabelled").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) comingId, (int) maybeId));
        given().get("/quotes/unlabelled?size=1").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) comingId));
    }

    @Test
    void unlabelledSizeOutOfRangeIs400() {
        given().get("/quotes/unlabelled?size=0").then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().get("/quotes/unlabelled?size=1001").then().statusCode(400).body("violations[0].field", equalTo("size"));
    }
}
