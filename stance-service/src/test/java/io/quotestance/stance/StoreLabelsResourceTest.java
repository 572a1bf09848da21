package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.stance.classifier.StanceClassifier;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class StoreLabelsResourceTest extends DatabaseTest {

    private static final String DENIAL = "These reports are fabricated lies";

    @Test
    void storedLabelsComeBackInRequestOrderAsAutomaticLabels() {
        JsonPath stored = post("/labels", Map.of("items", List.of(item(30, DENIAL), item(10, "the troops moved", "denied"),
                item(20, DENIAL, "said")))).statusCode(200).extract().jsonPath();

        assertThat(stored.getList("labels.quoteId", Long.class)).containsExactly(30L, 10L, 20L);
        assertThat(stored.getList("labels.label", String.class)).containsOnly("deny");
        assertThat(stored.getList("labels.source", String.class)).containsOnly("auto");
        assertThat(stored.getList("labels.version", Long.class)).containsOnly(0L);
        assertThat(stored.getList("labels.modelVersion", String.class)).containsOnly(StanceClassifier.MODEL_VERSION);
        assertThat(stored.getList("labels.automatic.label", String.class)).containsOnly("deny");
        assertThat(stored.getList("labels.editor")).containsOnlyNulls();
        assertThat(stored.getMap("labels[0]")).doesNotContainKey("history");
    }

    @Test
    void storedLabelsCanBeLookedUpManyAtOnce() {
        post("/labels", Map.of("items", List.of(item(1, DENIAL), item(2, DENIAL), item(3, DENIAL)))).statusCode(200);

        JsonPath found = post("/labels/lookup", Map.of("quoteIds", List.of(3, 99, 1, 2, 1000))).statusCode(200)
                .extract().jsonPath();

        assertThat(found.getList("labels.quoteId", Long.class)).containsExactly(3L, 1L, 2L);
        assertThat(found.getList("labels.label", String.class)).containsOnly("deny");
    }

    @Test
    void relabellingWithTheSameModelLeavesTheLabelUntouched() {
        JsonPath first = post("/labels", Map.of("items", List.of(item(7, DENIAL)))).statusCode(200).extract().jsonPath();

        JsonPath again = post("/labels", Map.of("items", List.of(item(7, "A different text that is alarming"))))
                .statusCode(200).extract().jsonPath();

        assertThat(again.getMap("labels[0]")).isEqualTo(first.getMap("labels[0]"));
        assertThat(again.getLong("labels[0].version")).isZero();
        assertThat(get("/labels/7").then().extract().jsonPath().getList("history")).hasSize(1);
    }

    @Test
    void aLabelFromAnOlderModelIsRelabelledAndTheChangeGoesIntoHistory() throws SQLException {
        post("/labels", Map.of("items", List.of(item(8, DENIAL)))).statusCode(200);
        execute("UPDATE stance.stance_label SET model_version = 'rules-0', auto_model_version = 'rules-0'");

        JsonPath relabelled = post("/labels", Map.of("items", List.of(item(8, DENIAL)))).statusCode(200)
                .extract().jsonPath();

        assertThat(relabelled.getString("labels[0].modelVersion")).isEqualTo(StanceClassifier.MODEL_VERSION);
        assertThat(relabelled.getLong("labels[0].version")).isEqualTo(1L);
        JsonPath label = get("/labels/8").then().statusCode(200).extract().jsonPath();
        assertThat(label.getList("history.source", String.class)).containsExactly("auto", "auto");
        assertThat(label.getString("history[1].modelVersion")).isEqualTo(StanceClassifier.MODEL_VERSION);
    }

    @Test
    void storingNeverReplacesAnEditorsLabel() {
        post("/labels", Map.of("items", List.of(item(9, DENIAL)))).statusCode(200);
        put("/labels/9", Map.of("label", "concern", "editor", "ed")).statusCode(200);

        JsonPath stored = post("/labels", Map.of("items", List.of(item(9, DENIAL, "denied")))).statusCode(200)
                .extract().jsonPath();

        assertThat(stored.getString("labels[0].label")).isEqualTo("concern");
        assertThat(stored.getString("labels[0].source")).isEqualTo("human");
        assertThat(stored.getString("labels[0].automatic.label")).isEqualTo("deny");
    }

    @Test
    void anOlderModelRefreshesOnlyTheAutomaticPartOfAnEditorsLabel() throws SQLException {
        post("/labels", Map.of("items", List.of(item(11, "We are not worried at all")))).statusCode(200);
        put("/labels/11", Map.of("label", "confirm", "editor", "ed", "note", "context says so")).statusCode(200);
        execute("UPDATE stance.stance_label SET auto_model_version = 'rules-0', auto_label = 'concern'");

        JsonPath stored = post("/labels", Map.of("items", List.of(item(11, DENIAL, "denied")))).statusCode(200)
                .extract().jsonPath();

        assertThat(stored.getString("labels[0].label")).isEqualTo("confirm");
        assertThat(stored.getString("labels[0].source")).isEqualTo("human");
        assertThat(stored.getString("labels[0].note")).isEqualTo("context says so");
        assertThat(stored.getString("labels[0].automatic.label")).isEqualTo("deny");
        assertThat(stored.getString("labels[0].automatic.modelVersion")).isEqualTo(StanceClassifier.MODEL_VERSION);
    }

    @Test
    void anEditorsLabelWithoutAutomaticPartGetsOneFromTheClassifier() {
        put("/labels/12", Map.of("label", "uncertain", "editor", "ed")).statusCode(200);

        JsonPath stored = post("/labels", Map.of("items", List.of(item(12, DENIAL, "denied")))).statusCode(200)
                .extract().jsonPath();

        assertThat(stored.getString("labels[0].label")).isEqualTo("uncertain");
        assertThat(stored.getString("labels[0].automatic.label")).isEqualTo("deny");
        assertThat(get("/labels/12").then().extract().jsonPath().getList("history.source", String.class))
                .containsExactly("human", "auto");
    }

    @Test
    void theSameQuoteTwiceInOneRequestIsStoredOnce() {
        JsonPath stored = post("/labels", Map.of("items", List.of(item(13, DENIAL), item(13, DENIAL))))
                .statusCode(200).extract().jsonPath();

        assertThat(stored.getList("labels")).hasSize(2);
        assertThat(stored.getMap("labels[1]")).isEqualTo(stored.getMap("labels[0]"));
        assertThat(get("/labels/13").then().extract().jsonPath().getList("history")).hasSize(1);
    }

    @Test
    void concurrentStoresOfTheSameNewQuoteAllSucceedWithOneLabel() throws Exception {
        List<Integer> statuses = concurrently(8, i -> post("/labels", Map.of("items", List.of(item(14, DENIAL))))
                .extract().statusCode());

        assertThat(statuses).containsOnly(200);
        JsonPath label = get("/labels/14").then().statusCode(200).extract().jsonPath();
        assertThat(label.getLong("version")).isZero();
        assertThat(label.getList("history")).hasSize(1);
    }

    @Test
    void concurrentRelabellingAfterAModelChangeRelabelsOnce() throws Exception {
        post("/labels", Map.of("items", List.of(item(16, DENIAL)))).statusCode(200);
        execute("UPDATE stance.stance_label SET model_version = 'rules-0', auto_model_version = 'rules-0'");

        List<Integer> statuses = concurrently(8, i -> post("/labels", Map.of("items", List.of(item(16, DENIAL))))
                .extract().statusCode());

        assertThat(statuses).containsOnly(200);
        JsonPath label = get("/labels/16").then().extract().jsonPath();
        assertThat(label.getLong("version")).isEqualTo(1L);
        assertThat(label.getList("history")).hasSize(2);
    }

    @Test
    void overlappingBatchesInOppositeOrdersBothSucceed() throws Exception {
        List<Map<String, Object>> ascending = IntStream.rangeClosed(100, 160).mapToObj(i -> item(i, DENIAL)).toList();
        List<Map<String, Object>> descending = IntStream.rangeClosed(100, 160).mapToObj(i -> item(260 - i, DENIAL))
                .toList();

        List<Integer> statuses = concurrently(6, i -> post("/labels", Map.of("items", i % 2 == 0 ? ascending : descending))
                .extract().statusCode());

        assertThat(statuses).containsOnly(200);
        for (int quoteId : new int[] { 100, 130, 160 }) {
            assertThat(get("/labels/" + quoteId).then().extract().jsonPath().getLong("version")).isZero();
        }
    }

    @Test
    void storeRejectsANonPositiveQuoteId() {
        JsonPath problem = post("/labels", Map.of("items", List.of(item(0, DENIAL)))).statusCode(400)
                .contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items[0].quoteId");
    }

    @Test
    void storeRejectsAnItemWithoutQuoteId() {
        JsonPath problem = post("/labels", Map.of("items", List.of(Map.of("text", DENIAL)))).statusCode(400)
                .extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items[0].quoteId");
    }

    @Test
    void storeRejectsMoreThanOneThousandItems() {
        List<Map<String, Object>> items = IntStream.rangeClosed(1, 1_001).mapToObj(i -> item(i, DENIAL)).toList();

        JsonPath problem = post("/labels", Map.of("items", items)).statusCode(400).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items");
        assertThat(post("/labels/lookup", Map.of("quoteIds", List.of(1))).extract().jsonPath().getList("labels"))
                .isEmpty();
    }

    @Test
    void storeRejectsTextOverTheLimitWith413() {
        JsonPath problem = post("/labels", Map.of("items", List.of(item(15, "y".repeat(200_001))))).statusCode(413)
                .contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items[0].text");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
