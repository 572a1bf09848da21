package io.quotestance.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.gateway.service.StanceReconciliation;
import io.restassured.response.Response;

/**
 * An article stored while stance-service is down gets its labels from the scheduled reconciliation job once
 * stance-service comes up, both as shown (stance-service) and as copied for filtering (quotes-service).
 */
@QuarkusTest
@WithTestResource(value = RunningServices.class, initArgs = {
        @ResourceArg(name = RunningServices.STANCE_ARGUMENT, value = "late"),
        @ResourceArg(name = RunningServices.RECONCILE_EVERY_ARGUMENT, value = "1s") })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationEndToEndTest {

    private static final String TEXT = "“The harbour will reopen next week,” port director Lena Mors said on Monday. "
            + "“We are worried about the cost of the repairs,” said union leader Piet Haas.";

    /** Injected by the test resource, to start stance-service late. */
    RunningServices services;

    @Inject
    StanceReconciliation reconciliation;

    @BeforeAll
    void cleanData() {
        E2e.cleanData();
    }

    @Test
    void quotesStoredWhileStanceServiceIsDownAreLabelledOnceItIsBack() {
        Response stored = E2e.storeArticle(Map.of("text", TEXT));
        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(stored.jsonPath().getBoolean("degraded")).isTrue();
        long articleId = stored.jsonPath().getLong("id");
        int quoteCount = stored.jsonPath().getList("quotes").size();
        assertThat(quoteCount).isGreaterThanOrEqualTo(2);

        services.startStanceService();

        // stance-service shows a label before the job copies it to quotes-service, so wait for both: filtering by
        // each quote's label must find it.
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Response article = given().get("/api/articles/{id}", articleId);
            assertThat(article.jsonPath().getBoolean("degraded")).isFalse();
            assertThat(article.jsonPath().getList("quotes.stance.label")).hasSize(quoteCount).doesNotContainNull();
            for (Map<String, Object> quote : article.jsonPath().<Map<String, Object>>getList("quotes")) {
                long quoteId = ((Number) quote.get("id")).longValue();
                assertThat(quotesFilteredBy(articleId, stanceLabel(quote))).contains(quoteId);
            }
        });
        List<Map<String, Object>> quotes = given().get("/api/articles/{id}", articleId).jsonPath().getList("quotes");

        // Idempotent: nothing is left to label, and running again changes no label.
        assertThat(reconciliation.reconcile()).isZero();
        assertThat(given().get("/api/articles/{id}", articleId).jsonPath().getList("quotes.stance.label"))
                .isEqualTo(quotes.stream().map(ReconciliationEndToEndTest::stanceLabel).toList());
    }

    private static String stanceLabel(Map<String, Object> quote) {
        return (String) ((Map<?, ?>) quote.get("stance")).get("label");
    }

    private static List<Long> quotesFilteredBy(long articleId, String label) {
        return given().queryParam("articleId", articleId).queryParam("stance", label).get("/api/quotes").jsonPath()
                .getList("items.id", Long.class);
    }
}
