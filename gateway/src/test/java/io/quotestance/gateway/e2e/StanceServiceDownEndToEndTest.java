package io.quotestance.gateway.e2e;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/** With the real quotes-service up and stance-service unreachable, quotes are still stored and served. */
@QuarkusTest
@WithTestResource(value = RunningServices.class,
        initArgs = @ResourceArg(name = RunningServices.STANCE_ARGUMENT, value = "down"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StanceServiceDownEndToEndTest {

    private static final String TEXT = "“We will open the new bridge in May,” mayor Clara Voss said at the council meeting.";

    @BeforeAll
    void cleanData() {
        E2e.cleanData();
    }

    @Test
    void storingStillKeepsTheArticleAndItsQuotesWithoutStance() {
        Response response = given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON)
                .body(Map.of("text", TEXT)).post("/api/articles");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.jsonPath().getBoolean("degraded")).isTrue();
        assertThat(response.jsonPath().getList("quotes")).isNotEmpty();
        assertThat(response.jsonPath().getList("quotes.stance")).containsOnlyNulls();

        given().get(response.header("Location")).then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("quotes.speaker.name", everyItem(equalTo("Clara Voss")));
    }

    @Test
    void readingQuotesAnswersQuicklyMarkedDegraded() {
        E2e.storeArticle(Map.of("text", "“Tickets will cost less,” transport chief Ivo Rask said."));
        long started = System.nanoTime();
        given().get("/api/quotes").then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("items.stance", everyItem(nullValue()));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void analyzingStillFindsTheQuotes() {
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/analyze").then()
                .statusCode(200).body("degraded", equalTo(true)).body("quotes[0].speaker.name", equalTo("Clara Voss"));
    }

    @Test
    void classifyingAStatementIsUnavailable() {
        given().contentType(ContentType.JSON).body(Map.of("text", "It is happening.")).post("/api/stance").then()
                .statusCode(503).contentType("application/problem+json");
    }

    @Test
    void overridingALabelIsUnavailableRatherThanLost() {
        long quoteId = E2e.storeArticle(Map.of("text", TEXT)).jsonPath().getLong("quotes[0].id");
        given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON).body(Map.of("label", "deny"))
                .put("/api/quotes/{id}/stance", quoteId).then().statusCode(503)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
}
