package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class EditorLabelResourceTest extends DatabaseTest {

    private static final String DENIAL = "These reports are fabricated lies";

    @Test
    void overrideMakesTheLabelHumanAndKeepsTheAutomaticOne() {
        storeAutomaticDeny(21);

        JsonPath label = put("/labels/21", Map.of("label", "uncertain", "editor", "ed", "note", "cannot tell"))
                .statusCode(200).extract().jsonPath();

        assertThat(label.getString("label")).isEqualTo("uncertain");
        assertThat(label.getString("source")).isEqualTo("human");
        assertThat(label.getString("editor")).isEqualTo("ed");
        assertThat(label.getString("note")).isEqualTo("cannot tell");
        assertThat(label.getDouble("confidence")).isEqualTo(1.0);
        assertThat(label.getDouble("scores.uncertain")).isEqualTo(1.0);
        assertThat(label.getList("evidence")).isEmpty();
        assertThat(label.getLong("version")).isEqualTo(1L);
        assertThat(label.getString("automatic.label")).isEqualTo("deny");
        assertThat(label.getString("automatic.source")).isEqualTo("auto");
    }

    @Test
    void overrideKeepsTheAutomaticLabelInHistory() {
        storeAutomaticDeny(22);
        put("/labels/22", Map.of("label", "confirm", "editor", "ed")).statusCode(200);

        JsonPath label = get("/labels/22").then().statusCode(200).extract().jsonPath();

        assertThat(label.getString("source")).isEqualTo("human");
        assertThat(label.getList("history.label", String.class)).containsExactly("deny", "confirm");
        assertThat(label.getList("history.source", String.class)).containsExactly("auto", "human");
        assertThat(label.getList("history.editor")).containsExactly(null, "ed");
        assertThat(label.getString("history[1].at")).isEqualTo(label.getString("updatedAt"));
    }

    @Test
    void aSecondOverrideAppendsToHistory() {
        storeAutomaticDeny(23);
        put("/labels/23", Map.of("label", "confirm", "editor", "ed")).statusCode(200);

        JsonPath second = put("/labels/23", Map.of("label", "concern", "editor", "kim", "note", "on reflection"))
                .statusCode(200).extract().jsonPath();

        assertThat(second.getLong("version")).isEqualTo(2L);
        JsonPath label = get("/labels/23").then().extract().jsonPath();
        assertThat(label.getList("history.label", String.class)).containsExactly("deny", "confirm", "concern");
        assertThat(label.getList("history.editor")).containsExactly(null, "ed", "kim");
        assertThat(label.getString("automatic.label")).isEqualTo("deny");
    }

    @Test
    void lookupReturnsTheEditorsLabel() {
        storeAutomaticDeny(24);
        put("/labels/24", Map.of("label", "confirm", "editor", "ed")).statusCode(200);

        JsonPath found = post("/labels/lookup", Map.of("quoteIds", List.of(24))).statusCode(200).extract().jsonPath();

        assertThat(found.getString("labels[0].label")).isEqualTo("confirm");
        assertThat(found.getString("labels[0].source")).isEqualTo("human");
        assertThat(found.getDouble("labels[0].confidence")).isEqualTo(1.0);
        assertThat(found.getMap("labels[0].scores")).containsEntry("confirm", 1.0f).containsEntry("deny", 0.0f);
        assertThat(found.getList("labels[0].evidence")).isEmpty();
        assertThat(found.getString("labels[0].modelVersion")).isNull();
    }

    @Test
    void overrideWithTheCurrentExpectedVersionSucceeds() {
        long version = storeAutomaticDeny(25);

        put("/labels/25", Map.of("label", "confirm", "editor", "ed", "expectedVersion", version)).statusCode(200);
    }

    @Test
    void overrideWithAStaleExpectedVersionIsAConflict() {
        long version = storeAutomaticDeny(26);
        put("/labels/26", Map.of("label", "confirm", "editor", "ed", "expectedVersion", version)).statusCode(200);

        JsonPath problem = put("/labels/26", Map.of("label", "concern", "editor", "kim", "expectedVersion", version))
                .statusCode(409).contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getInt("status")).isEqualTo(409);
        assertThat(problem.getString("instance")).isEqualTo("/labels/26");
        assertThat(get("/labels/26").then().extract().jsonPath().getString("label")).isEqualTo("confirm");
    }

    @Test
    void concurrentOverridesWithTheSameExpectedVersionLetExactlyOneWin() throws Exception {
        long version = storeAutomaticDeny(27);
        List<Integer> statuses = concurrently(8, i -> put("/labels/27",
                Map.of("label", "confirm", "editor", "editor-" + i, "expectedVersion", version)).extract().statusCode());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        JsonPath label = get("/labels/27").then().extract().jsonPath();
        assertThat(label.getLong("version")).isEqualTo(version + 1);
        assertThat(label.getList("history")).hasSize(2);
    }

    @Test
    void anEditorMayLabelAQuoteTheClassifierHasNotSeen() {
        JsonPath label = put("/labels/28", Map.of("label", "deny", "editor", "ed")).statusCode(200)
                .extract().jsonPath();

        assertThat(label.getString("source")).isEqualTo("human");
        assertThat(label.getLong("version")).isZero();
        assertThat(label.get("automatic") == null).isTrue();
        assertThat(label.get("modelVersion") == null).isTrue();
        assertThat(get("/labels/28").then().extract().jsonPath().getList("history.source", String.class))
                .containsExactly("human");
    }

    @Test
    void anExpectedVersionForAQuoteWithoutLabelIsAConflict() {
        put("/labels/29", Map.of("label", "deny", "editor", "ed", "expectedVersion", 0)).statusCode(409)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void anUnknownLabelIsRejectedNamingTheField() {
        storeAutomaticDeny(30);

        JsonPath problem = put("/labels/30", Map.of("label", "maybe", "editor", "ed")).statusCode(400)
                .contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("label");
        assertThat(problem.getString("violations[0].message")).contains("confirm", "deny", "uncertain", "concern");
        assertThat(get("/labels/30").then().extract().jsonPath().getString("label")).isEqualTo("deny");
    }

    @Test
    void labelsMustBeLowerCase() {
        JsonPath problem = put("/labels/31", Map.of("label", "CONFIRM", "editor", "ed")).statusCode(400)
                .extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("label");
    }

    @Test
    void aMissingLabelIsRejected() {
        JsonPath problem = put("/labels/31", Map.of("editor", "ed")).statusCode(400).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("label");
    }

    @Test
    void aMissingEditorIsRejected() {
        JsonPath problem = put("/labels/32", Map.of("label", "deny")).statusCode(400).contentType(PROBLEM_JSON)
                .extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("editor");
        assertThat(get("/labels/32").then().extract().statusCode()).isEqualTo(404);
    }

    @Test
    void aBlankOrOverlongEditorIsRejected() {
        put("/labels/33", Map.of("label", "deny", "editor", "   ")).statusCode(400);
        JsonPath problem = put("/labels/33", Map.of("label", "deny", "editor", "e".repeat(201))).statusCode(400)
                .extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("editor");
        put("/labels/33", Map.of("label", "deny", "editor", "e".repeat(200))).statusCode(200);
    }

    @Test
    void aNoteOverTwoThousandCharactersIsRejected() {
        Map<String, Object> body = new HashMap<>(Map.of("label", "deny", "editor", "ed", "note", "n".repeat(2_001)));

        JsonPath problem = put("/labels/34", body).statusCode(400).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("note");
        body.put("note", "n".repeat(2_000));
        put("/labels/34", body).statusCode(200);
    }

    @Test
    void aNegativeExpectedVersionIsRejected() {
        JsonPath problem = put("/labels/35", Map.of("label", "deny", "editor", "ed", "expectedVersion", -1))
                .statusCode(400).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("expectedVersion");
    }

    @Test
    void aQuoteWithoutLabelIsNotFound() {
        JsonPath problem = get("/labels/404404").then().statusCode(404).contentType(PROBLEM_JSON)
                .extract().jsonPath();

        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("instance")).isEqualTo("/labels/404404");
    }

    @Test
    void aNonPositiveQuoteIdIsRejected() {
        JsonPath problem = get("/labels/0").then().statusCode(400).contentType(PROBLEM_JSON).extract().jsonPath();
        assertThat(problem.getList("violations.field")).containsExactly("quoteId");

        put("/labels/-5", Map.of("label", "deny", "editor", "ed")).statusCode(400).contentType(PROBLEM_JSON);
    }

    private static long storeAutomaticDeny(long quoteId) {
        JsonPath stored = post("/labels", Map.of("items", List.of(item(quoteId, DENIAL, "denied")))).statusCode(200)
                .extract().jsonPath();
        assertThat(stored.getString("labels[0].label")).isEqualTo("deny");
        return stored.getLong("labels[0].version");
    }
}
