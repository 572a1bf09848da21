package io.quotestance.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The gateway keeps the stances it has shown: a quote read again costs no call to stance-service, and an editor's
 * label, set through this gateway or another replica, still shows on the next read.
 */
@QuarkusTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StanceCacheEndToEndTest {

    @ConfigProperty(name = "quotes.service.url")
    String quotesService;

    @ConfigProperty(name = "stance.service.url")
    String stanceService;

    private long articleId;

    /** Once per class; in a @BeforeEach because REST Assured learns the test port only then. */
    @BeforeEach
    void storeAnArticle() {
        if (articleId != 0) {
            return;
        }
        E2e.cleanData();
        articleId = E2e.storeArticle(Map.of("text", "“The bridge is safe to use,” city engineer Tomas Brandt said. "
                + "“We fear the cracks will spread,” said resident Ana Roth. "
                + "“Nobody can say how long it will last,” said surveyor Ines Kahl.")).jsonPath().getLong("id");
    }

    @Test
    void aQuoteReadAgainAndAgainIsServedWithoutAskingStanceService() {
        JsonPath first = given().get("/api/articles/{id}", articleId).jsonPath();
        assertThat(first.getList("quotes.stance.label")).hasSize(3).doesNotContainNull();
        // The gateway keeps a stance from its quote's second look-up on.
        given().get("/api/articles/{id}", articleId).then().statusCode(200);
        // stance-service counts a call once it has answered it, which can be a moment after the gateway read it.
        await().atMost(Duration.ofSeconds(5)).until(() -> lookupsAtStanceService() > 0);
        double lookupsBefore = lookupsAtStanceService();
        double servedBefore = servedFromTheCache();

        JsonPath again = given().get("/api/articles/{id}", articleId).jsonPath();

        assertThat(again.getBoolean("degraded")).isFalse();
        assertThat(again.getList("quotes.stance")).isEqualTo(first.getList("quotes.stance"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> lookupsAtStanceService() == lookupsBefore);
        assertThat(servedFromTheCache()).isEqualTo(servedBefore + 3);
    }

    @Test
    void anEditorsLabelSetThroughAnotherGatewayShowsOnTheNextRead() {
        long quoteId = given().get("/api/articles/{id}", articleId).jsonPath().getLong("quotes[1].id");
        String shown = given().get("/api/quotes/{id}", quoteId).jsonPath().getString("stance.label");
        String editorsLabel = shown.equals("deny") ? "confirm" : "deny";

        // What another replica does for an editor: the label at stance-service, then its copy at quotes-service.
        given().header("X-Internal-Token", RunningServices.INTERNAL_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("label", editorsLabel, "editor", "bob")).put(stanceService + "/labels/{id}", quoteId)
                .then().statusCode(200);
        given().header("X-Internal-Token", RunningServices.INTERNAL_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("labels", List.of(Map.of("quoteId", quoteId, "label", editorsLabel))))
                .put(quotesService + "/quotes/stance-labels").then().statusCode(204);

        given().get("/api/quotes/{id}", quoteId).then().statusCode(200)
                .body("stance.label", equalTo(editorsLabel)).body("stance.source", equalTo("human"));
    }

    @Test
    void anEditorKeepingTheMachinesLabelThroughThisGatewayShowsOnTheNextRead() {
        long quoteId = given().get("/api/articles/{id}", articleId).jsonPath().getLong("quotes[2].id");
        JsonPath shown = given().get("/api/quotes/{id}", quoteId).jsonPath();
        assertThat(shown.getString("stance.source")).isEqualTo("auto");

        given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON)
                .body(Map.of("label", shown.getString("stance.label"))).put("/api/quotes/{id}/stance", quoteId)
                .then().statusCode(200);

        given().get("/api/quotes/{id}", quoteId).then().statusCode(200)
                .body("stance.label", equalTo(shown.getString("stance.label")))
                .body("stance.source", equalTo("human"));
    }

    private double lookupsAtStanceService() {
        return metric(stanceService + "/q/metrics", "http_server_requests_seconds_count", "uri=\"/labels/lookup\"");
    }

    /** The gateway's count of quotes shown with a cached stance, as operators read it. */
    private static double servedFromTheCache() {
        return metric("/q/metrics", "quotestance_stance_cache_reads_total", "result=\"served\"");
    }

    private static double metric(String metricsUrl, String name, String label) {
        return given().get(metricsUrl).asString().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
