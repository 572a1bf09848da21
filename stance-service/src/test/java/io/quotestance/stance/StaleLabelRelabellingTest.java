package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.stance.classifier.StanceClassifier;
import io.quotestance.stance.service.LabelService;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

/** After a classifier upgrade, stored automatic labels are relabelled from their statements; editors' labels stay. */
@QuarkusTest
class StaleLabelRelabellingTest extends DatabaseTest {

    private static final String DENIAL = "These reports are fabricated lies";

    @Inject
    LabelService labels;

    @Test
    void automaticLabelOfAnOlderClassifierIsRelabelledFromItsStatement() throws SQLException {
        post("/labels", Map.of("items", List.of(item(41, DENIAL)))).statusCode(200);
        pretendLabelledByAnOlderClassifier(41, "concern");

        labels.relabelStale(100);

        JsonPath label = get("/labels/41").then().statusCode(200).extract().jsonPath();
        assertThat(label.getString("label")).isEqualTo("deny");
        assertThat(label.getString("modelVersion")).isEqualTo(StanceClassifier.MODEL_VERSION);
        assertThat(label.getList("history.modelVersion", String.class)).last().isEqualTo(StanceClassifier.MODEL_VERSION);
        assertThat(label.getList("history")).hasSize(2);
    }

    @Test
    void editorsLabelStaysInEffectWhenTheAutomaticOneIsRelabelled() throws SQLException {
        post("/labels", Map.of("items", List.of(item(42, DENIAL)))).statusCode(200);
        put("/labels/42", Map.of("label", "uncertain", "editor", "alice", "note", "needs a second source"))
                .statusCode(200);
        pretendLabelledByAnOlderClassifier(42, "concern");

        labels.relabelStale(100);

        JsonPath label = get("/labels/42").then().statusCode(200).extract().jsonPath();
        assertThat(label.getString("label")).isEqualTo("uncertain");
        assertThat(label.getString("source")).isEqualTo("human");
        assertThat(label.getString("automatic.label")).isEqualTo("deny");
        assertThat(label.getString("automatic.modelVersion")).isEqualTo(StanceClassifier.MODEL_VERSION);
    }

    @Test
    void labelsOfTheCurrentClassifierAreLeftAlone() {
        post("/labels", Map.of("items", List.of(item(43, DENIAL)))).statusCode(200);

        assertThat(labels.relabelStale(100)).isZero();
        assertThat(get("/labels/43").then().extract().jsonPath().getLong("version")).isZero();
    }

    private void pretendLabelledByAnOlderClassifier(long quoteId, String oldLabel) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE stance.stance_label SET auto_model_version = 'rules-0.9.0', auto_label = '"
                    + oldLabel + "', model_version = CASE WHEN source = 'auto' THEN 'rules-0.9.0' ELSE model_version END,"
                    + " label = CASE WHEN source = 'auto' THEN '" + oldLabel + "' ELSE label END"
                    + " WHERE quote_id = " + quoteId);
        }
    }
}
