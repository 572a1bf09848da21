package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

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
