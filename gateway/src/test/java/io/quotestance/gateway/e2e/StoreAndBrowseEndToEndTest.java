package io.quotestance.gateway.e2e;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** Storing articles and browsing them through every filter, across the real services. */
@QuarkusTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreAndBrowseEndToEndTest {

    private static final String FOOTBALL = """
            The club confirmed on Monday that its coach had signed a new contract.
            “We are delighted to keep him for three more years,” club president Anna Berg said.
            Supporters’ group leader Tom Hale said the fans were worried about ticket prices.
            “These reports of a sale are fabricated lies,” Berg told reporters.
            """;
    private static final String HEALTH = """
            Hospitals in the region reported a rise in flu cases this week.
            “We cannot confirm that the new strain is spreading, but that may change,” health minister Paul Ode said.
            “The pressure on emergency wards is alarming,” said Lina Marsh, a nurse at the city hospital.
            """;

    private Long footballId;
    private Long healthId;

    /** Once per class; in a @BeforeEach because REST Assured learns the test port only then. */
    @BeforeEach
    void storeTwoArticles() {
        if (footballId != null) {
            return;
        }
        E2e.cleanData();
        footballId = E2e.storeArticle(Map.of("text", FOOTBALL, "title", "Coach stays", "outlet", "Sports Daily",
                "url", "https://example.org/coach", "publishedAt", "2026-10-01T08:00:00Z")).jsonPath().getLong("id");
        healthId = E2e.storeArticle(Map.of("text", HEALTH, "title", "Flu rise")).jsonPath().getLong("id");
    }

    @Test
    void storingAnswers201WithLocationOfTheNewArticle() {
        Response response = given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON)
                .body(Map.of("text", "“Prices will fall next year,” economist Jan Kowal said.")).post("/api/articles");
        assertThat(response.statusCode()).isEqualTo(201);
        long id = response.jsonPath().getLong("id");
        assertThat(response.header("Location")).endsWith("/api/articles/" + id);
        given().get(response.header("Location")).then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void storingTheSameTextAgainAnswers200WithTheStoredArticle() {
        Response again = E2e.storeArticle(Map.of("text", FOOTBALL, "title", "Another title"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getLong("id")).isEqualTo(footballId);
        assertThat(again.jsonPath().getString("title")).isEqualTo("Coach stays");
    }

    @Test
    void concurrentIdenticalStoresKeepOneArticle() throws Exception {
        String text = "“Rates stay where they are,” central bank governor Eva Lind said on Tuesday.";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON)
                        .body(Map.of("text", text)).post("/api/articles"));
            }
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                statuses.add(future.get().statusCode());
                ids.add(future.get().jsonPath().getLong("id"));
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("q", "Rates stay where").get("/api/quotes").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void listsArticlesNewestFirstWithTheirMetadata() {
        JsonPath page = given().queryParam("size", 100).get("/api/articles").then().statusCode(200)
                .extract().jsonPath();
        List<Long> ids = page.getList("items.id", Long.class);
        assertThat(ids.indexOf(healthId)).isLessThan(ids.indexOf(footballId));
        Map<String, Object> football = page.getMap("items.find { it.id == " + footballId + " }");
        assertThat(football).containsEntry("outlet", "Sports Daily").containsEntry("url", "https://example.org/coach")
                .containsEntry("publishedAt", "2026-10-01T08:00:00Z");
    }

    @Test
    void filtersQuotesByArticle() {
        given().queryParam("articleId", healthId).get("/api/quotes").then().statusCode(200)
                .body("items.articleId", everyItem(equalTo(healthId.intValue())))
                .body("items.speaker.name", hasItem("Paul Ode"));
    }

    @Test
    void filtersQuotesBySpeakerName() {
        JsonPath page = given().queryParam("speaker", "berg").get("/api/quotes").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getList("items.speaker.name")).isNotEmpty().containsOnly("Anna Berg");
        assertThat(page.getInt("total")).isEqualTo(2);
    }

    @Test
    void filtersQuotesBySpeakerId() {
        long speakerId = given().queryParam("q", "Berg").get("/api/speakers").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        given().queryParam("speaker", speakerId).get("/api/quotes").then().statusCode(200)
                .body("total", equalTo(2)).body("items.speaker.id", everyItem(equalTo((int) speakerId)));
    }

    @Test
    void filtersQuotesByStance() {
        given().queryParam("stance", "deny").get("/api/quotes").then().statusCode(200)
                .body("items.stance.label", everyItem(equalTo("deny")))
                .body("items.text", hasItem("These reports of a sale are fabricated lies"));
        given().queryParam("stance", "uncertain").get("/api/quotes").then().statusCode(200)
                .body("items.speaker.name", hasItem("Paul Ode"));
    }

    @Test
    void searchesQuoteTextCaseInsensitively() {
        given().queryParam("q", "EMERGENCY WARDS").get("/api/quotes").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].speaker.name", equalTo("Lina Marsh"));
    }

    @Test
    void combinesFilters() {
        given().queryParam("articleId", footballId).queryParam("stance", "deny").queryParam("q", "fabricated")
                .get("/api/quotes").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("articleId", healthId).queryParam("speaker", "Berg").get("/api/quotes").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pagesThroughQuotes() {
        int total = given().get("/api/quotes").then().statusCode(200).extract().path("total");
        assertThat(total).isGreaterThanOrEqualTo(4);
        JsonPath first = given().queryParam("size", 2).queryParam("page", 0).get("/api/quotes").then()
                .statusCode(200).extract().jsonPath();
        JsonPath second = given().queryParam("size", 2).queryParam("page", 1).get("/api/quotes").then()
                .statusCode(200).extract().jsonPath();
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(first.getList("items.id")).hasSize(2).doesNotContainAnyElementsOf(second.getList("items.id"));
    }

    @Test
    void speakerViewCountsQuotesAndStances() {
        JsonPath speakers = given().queryParam("q", "Berg").get("/api/speakers").then().statusCode(200)
                .extract().jsonPath();
        assertThat(speakers.getInt("total")).isEqualTo(1);
        long id = speakers.getLong("items[0].id");
        JsonPath speaker = given().get("/api/speakers/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(speaker.getString("name")).isEqualTo("Anna Berg");
        assertThat(speaker.getString("kind")).isEqualTo("person");
        assertThat(speaker.getInt("quoteCount")).isEqualTo(2);
        assertThat(speaker.getInt("stanceSummary.deny")).isEqualTo(1);
    }

    @Test
    void readsOneQuoteWithItsStance() {
        long id = given().queryParam("q", "emergency wards").get("/api/quotes").then().extract().jsonPath()
                .getLong("items[0].id");
        given().get("/api/quotes/{id}", id).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("stance.label", equalTo("concern"))
                .body("stance.scores.keySet()", hasItem("concern"))
                .body("speaker.name", equalTo("Lina Marsh"));
    }
}
