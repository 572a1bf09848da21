package io.quotestance.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * quotes-service loses its database in the middle of storing an article: the article row is written, and the
 * connection is cut right before the first quote insert would reach PostgreSQL. Nothing of the article may stay (it
 * and its quotes commit together), the client gets a clean 503 from the gateway, and once the database is back the
 * same process stores the article whole.
 */
@QuarkusTest
@WithTestResource(value = RunningServices.class, initArgs = {
        @ResourceArg(name = RunningServices.DATABASES_ARGUMENT, value = "linked"),
        @ResourceArg(name = RunningServices.STANCE_ARGUMENT, value = "down"),
        @ResourceArg(name = RunningServices.ISOLATED_ARGUMENT, value = "database-cut-mid-insert") })
class DatabaseCutMidInsertEndToEndTest {

    private static final int QUOTES = 24;

    /** Injected by the test resource. */
    RunningServices services;

    @ConfigProperty(name = "quotes.service.url")
    String quotesService;

    @Test
    void aDatabaseCutBetweenAnArticleAndItsQuotesKeepsNothingAndTheServiceStoresAgainOnceItIsBack() throws Exception {
        String text = ManyQuotesArticle.text("tram line", QUOTES);
        DatabaseLink database = services.databaseLink("quotes-service");

        database.cutAt(ManyQuotesArticle.QUOTE_INSERT);
        Response cut = given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/articles");
        try {
            assertThat(database.awaitCaught(Duration.ZERO)).as("the database was cut in the middle of the store")
                    .isTrue();
            assertThat(cut.statusCode()).as(cut.asString()).isEqualTo(503);
            assertThat(cut.contentType()).startsWith("application/problem+json");
            assertThat(cut.header("Retry-After")).isNotBlank();
            assertThat(cut.asString()).doesNotContainIgnoringCase("sql").doesNotContain("Exception", "io.quotestance");

            assertThat(QuotesDatabase.quoteCountByArticle()).as("no article without its quotes").isEmpty();
            assertThat(QuotesDatabase.quotesAndSpeakers()).as("no quote nor speaker of the failed store").isZero();
        } finally {
            database.up();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(quotesService + "/q/health/ready").then().statusCode(200));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/api/articles").then().statusCode(200));
        Response stored = E2e.storeArticle(Map.of("text", text));
        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(stored.jsonPath().getList("quotes")).hasSize(QUOTES);
        assertThat(QuotesDatabase.quoteCountByArticle())
                .containsExactly(entry(stored.jsonPath().getLong("id"), QUOTES));
    }
}
