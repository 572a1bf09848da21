package io.quotestance.gateway.e2e;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** An editor overrules the machine: the label changes, the machine's label stays in the history. */
@QuarkusTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorOverrideEndToEndTest {

    private long quoteId;
    private String automaticLabel;

    /** Once per class; in a @BeforeEach because REST Assured learns the test port only then. */
    @BeforeEach
    void storeAnArticle() {
        if (automaticLabel != null) {
            return;
        }
        E2e.cleanData();
        JsonPath article = E2e.storeArticle(Map.of("text",
                "“The merger will definitely go ahead,” chief executive Omar Haddad said on Friday.")).jsonPath();
        quoteId = article.getLong("quotes[0].id");
        automaticLabel = article.getString("quotes[0].stance.label");
    }

    @Test
    void overrideWithoutATokenIs401AndChangesNothing() {
        Map<String, Object> before = given().get("/api/quotes/{id}", quoteId).then().extract().jsonPath().getMap("stance");
        given().contentType(ContentType.JSON).body(Map.of("label", "deny"))
                .put("/api/quotes/{id}/stance", quoteId)
                .then().statusCode(401).contentType("application/problem+json");
        Map<String, Object> after = given().get("/api/quotes/{id}", quoteId).then().extract().jsonPath().getMap("stance");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void overrideWithAWrongTokenIs401() {
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(Map.of("label", "deny"))
                .put("/api/quotes/{id}/stance", quoteId).then().statusCode(401);
    }

    @Test
    void editorsLabelReplacesTheMachinesAndKeepsItInTheHistory() {
        String editorsLabel = automaticLabel.equals("uncertain") ? "concern" : "uncertain";
        given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON)
                .body(Map.of("label", editorsLabel, "note", "The board has not voted yet."))
                .put("/api/quotes/{id}/stance", quoteId)
                .then().statusCode(200)
                .body("id", equalTo((int) quoteId))
                .body("stance.label", equalTo(editorsLabel))
                .body("stance.source", equalTo("human"));

        given().get("/api/quotes/{id}", quoteId).then().statusCode(200)
                .body("stance.label", equalTo(editorsLabel)).body("stance.source", equalTo("human"));
        JsonPath history = given().get("/api/quotes/{id}/stance", quoteId).then().statusCode(200)
                .extract().jsonPath();
        List<String> sources = history.getList("history.source");
        assertThat(sources).contains("auto", "human");
        assertThat(history.getList("history.label", String.class)).contains(automaticLabel, editorsLabel);
        assertThat(history.getList("history.note", String.class)).contains("The board has not voted yet.");
        assertThat(history.getList("history.editor", String.class)).contains("alice");

        given().queryParam("stance", editorsLabel).get("/api/quotes").then().statusCode(200)
                .body("items.id", hasItem((int) quoteId));
    }

    @Test
    void overrideOfAnUnknownQuoteIs404() {
        given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON).body(Map.of("label", "deny"))
                .put("/api/quotes/{id}/stance", 987654321).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void overrideWithAnUnknownLabelIs400NamingTheField() {
        given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON).body(Map.of("label", "maybe"))
                .put("/api/quotes/{id}/stance", quoteId).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("label")));
    }
}
