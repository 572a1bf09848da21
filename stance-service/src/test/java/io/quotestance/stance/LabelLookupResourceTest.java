package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LabelLookupResourceTest extends DatabaseTest {

    @Test
    void lookupOfQuotesWithoutLabelsReturnsNothing() {
        JsonPath found = post("/labels/lookup", Map.of("quoteIds", List.of(1, 2, 3))).statusCode(200)
                .extract().jsonPath();

        assertThat(found.getList("labels")).isEmpty();
    }

    @Test
    void lookupOfAnEmptyListReturnsNothing() {
        assertThat(post("/labels/lookup", Map.of("quoteIds", List.of())).statusCode(200)
                .extract().jsonPath().getList("labels")).isEmpty();
    }

    @Test
    void lookupAnswersAFullPageOfOneThousandIdsWithoutHistory() {
        post("/labels", Map.of("items", List.of(item(500, "These reports are fabricated lies")))).statusCode(200);
        List<Long> ids = LongStream.rangeClosed(1, 1_000).boxed().toList();

        JsonPath found = post("/labels/lookup", Map.of("quoteIds", ids)).statusCode(200).extract().jsonPath();

        assertThat(found.getList("labels.quoteId", Long.class)).containsExactly(500L);
        assertThat(found.getMap("labels[0]")).doesNotContainKey("history");
    }

    @Test
    void lookupAnswersTheStanceInEffectAsTheFullLabelShowsIt() {
        post("/labels", Map.of("items", List.of(item(41, "These reports are fabricated lies")))).statusCode(200);
        JsonPath full = get("/labels/41").then().statusCode(200)
                .extract().jsonPath();

        JsonPath found = post("/labels/lookup", Map.of("quoteIds", List.of(41))).statusCode(200).extract().jsonPath();

        for (String field : List.of("label", "confidence", "scores", "evidence", "source", "modelVersion")) {
            assertThat(found.getString("labels[0]." + field)).as(field).isEqualTo(full.getString(field));
        }
        assertThat(found.getList("labels[0].evidence")).isNotEmpty();
        assertThat(found.getMap("labels[0]")).doesNotContainKeys("automatic", "version", "history");
    }

    @Test
    void lookupRejectsMoreThanOneThousandIds() {
        List<Long> ids = LongStream.rangeClosed(1, 1_001).boxed().toList();

        JsonPath problem = post("/labels/lookup", Map.of("quoteIds", ids)).statusCode(400).contentType(PROBLEM_JSON)
                .extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("quoteIds");
    }

    @Test
    void lookupRejectsNonPositiveIds() {
        JsonPath problem = post("/labels/lookup", Map.of("quoteIds", List.of(4, -1))).statusCode(400)
                .extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("quoteIds[1]");
    }
}
