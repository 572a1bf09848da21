package io.quotestance.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * quotes-service loses its database (every connection cut, new ones refused) and gets it back: while it is gone
 * quotes-service is live but not ready, the gateway answers 503 with Retry-After and stays ready itself, a write
 * stores nothing; once it is back the same processes serve and store again, without a restart. The same for
 * stance-service, whose lost database only degrades the gateway's answers.
 */
@QuarkusTest
@WithTestResource(value = RunningServices.class,
        initArgs = @ResourceArg(name = RunningServices.DATABASES_ARGUMENT, value = "linked"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageEndToEndTest {

    /** Injected by the test resource. */
    RunningServices services;

    @ConfigProperty(name = "quotes.service.url")
    String quotesService;

    @ConfigProperty(name = "stance.service.url")
    String stanceService;

    @BeforeAll
    void cleanData() {
        E2e.cleanData();
    }

    @Test
    void aLostDatabaseMakesQuotesServiceUnreadyAndTheGatewayAnswer503UntilItIsBack() {
        E2e.storeArticle(Map.of("text", "“The ferry will run all winter,” harbour master Nils Berg said."));
        long stored = given().get("/api/articles").jsonPath().getLong("total");
        DatabaseLink database = services.databaseLink("quotes-service");

        database.down();
        try {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    given().get(quotesService + "/q/health/ready").then().statusCode(503));
            given().get(quotesService + "/q/health/live").then().statusCode(200);

            long started = System.nanoTime();
            Response read = given().get("/api/articles");
            assertThat(read.statusCode()).isEqualTo(503);
            assertThat(read.header("Retry-After")).isNotBlank();
            assertThat(read.contentType()).startsWith("application/problem+json");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

            Response write = given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON)
                    .body(Map.of("text", "“Tickets go on sale today,” clerk Mia Holm said.")).post("/api/articles");
            assertThat(write.statusCode()).isEqualTo(503);

            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            database.up();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(quotesService + "/q/health/ready").then().statusCode(200));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/api/articles").then().statusCode(200));
        assertThat(given().get("/api/articles").jsonPath().getLong("total")).as("the failed write stored nothing")
                .isEqualTo(stored);
        assertThat(E2e.storeArticle(Map.of("text", "“Tickets go on sale today,” clerk Mia Holm said.")).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aLostStanceDatabaseMakesStanceServiceUnreadyAndReadsDegradedUntilItIsBack() {
        long id = E2e.storeArticle(Map.of("text", "“The museum reopens in June,” curator Eva Lind said."))
                .jsonPath().getLong("id");
        DatabaseLink database = services.databaseLink("stance-service");

        database.down();
        try {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    given().get(stanceService + "/q/health/ready").then().statusCode(503));
            given().get(stanceService + "/q/health/live").then().statusCode(200);

            long started = System.nanoTime();
            Response article = given().get("/api/articles/{id}", id);
            assertThat(article.statusCode()).isEqualTo(200);
            assertThat(article.jsonPath().getBoolean("degraded")).isTrue();
            assertThat(article.jsonPath().getList("quotes")).isNotEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        } finally {
            database.up();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(stanceService + "/q/health/ready").then().statusCode(200));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(given().get("/api/articles/{id}", id).jsonPath().getBoolean("degraded")).isFalse());
    }
}
