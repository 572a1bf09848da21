package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.stance.classifier.StanceClassifier;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
class ClassifyResourceTest extends DatabaseTest {

    private static final String DENIAL = "These reports are fabricated lies";

    @Test
    void classifyReturnsAllFourScoresSummingToOne() {
        JsonPath stance = post("/classify", Map.of("text", DENIAL)).statusCode(200).extract().jsonPath();

        Map<String, Float> scores = stance.getMap("scores", String.class, Float.class);
        assertThat(scores).containsOnlyKeys("confirm", "deny", "uncertain", "concern");
        assertThat(scores.values()).allSatisfy(score -> assertThat(score).isBetween(0f, 1f));
        assertThat(scores.values().stream().mapToDouble(Float::doubleValue).sum()).isCloseTo(1.0, within(1e-4));
        assertThat(stance.getFloat("confidence")).isEqualTo(scores.get(stance.getString("label")));
    }

    @Test
    void classifyReturnsEvidenceWithOffsetsInsideTheText() {
        String text = "“" + DENIAL + ",” she said";
        List<Map<String, Object>> evidence = post("/classify", Map.of("text", text)).statusCode(200)
                .extract().jsonPath().getList("evidence");

        assertThat(evidence).isNotEmpty().allSatisfy(span -> {
            assertThat(span).containsKeys("text", "start", "end", "rule");
            if (span.get("start") != null) {
                int start = (Integer) span.get("start");
                int end = (Integer) span.get("end");
                assertThat(start).isBetween(0, end - 1);
                assertThat(end).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(start, end)).isEqualTo(span.get("text"));
            }
        });
    }

    @Test
    void classifyReportsTheCurrentModelVersionAsAnAutomaticLabel() {
        JsonPath stance = post("/classify", Map.of("text", DENIAL)).statusCode(200).extract().jsonPath();

        assertThat(stance.getString("modelVersion")).isEqualTo(StanceClassifier.MODEL_VERSION);
        assertThat(stance.getString("source")).isEqualTo("auto");
    }

    @Test
    void classifyReadsFabricatedLiesAsDeny() {
        String label = post("/classify", Map.of("text", DENIAL, "cue", "said",
                "claim", "North Korea has sent troops to Russia")).statusCode(200).extract().jsonPath().getString("label");

        assertThat(label).isEqualTo("deny");
    }

    @Test
    void classifyTakesTheDeniedCueAsDeny() {
        String label = post("/classify", Map.of("text", "the troops were never in Kursk", "cue", "denied"))
                .statusCode(200).extract().jsonPath().getString("label");

        assertThat(label).isEqualTo("deny");
    }

    @Test
    void classifyAcceptsTextOfExactlyTheLimit() {
        String text = "x".repeat(199_999 - DENIAL.length()) + " " + DENIAL;
        assertThat(text).hasSize(200_000);

        post("/classify", Map.of("text", text)).statusCode(200);
    }

    @Test
    void classifyRejectsTextOverTheLimitWith413() {
        JsonPath problem = post("/classify", Map.of("text", "x".repeat(200_001))).statusCode(413)
                .contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("violations[0].field")).isEqualTo("text");
    }

    @Test
    void classifyRejectsBlankText() {
        JsonPath problem = post("/classify", Map.of("text", "  \n ")).statusCode(400).contentType(PROBLEM_JSON)
                .extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("text");
    }

    @Test
    void classifyRejectsMissingText() {
        JsonPath problem = post("/classify", Map.of("cue", "said")).statusCode(400).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("text");
    }

    @Test
    void batchKeepsTheOrderOfTheItems() {
        List<Map<String, Object>> items = List.of(
                Map.of("text", DENIAL),
                Map.of("text", "the troops arrived in Kursk", "cue", "confirmed"),
                Map.of("text", "We cannot confirm the reports"),
                Map.of("text", "the build-up is very worrying", "cue", "warned"));

        List<Map<String, Object>> results = post("/classify/batch", Map.of("items", items)).statusCode(200)
                .extract().jsonPath().getList("results");

        List<Map<String, Object>> oneByOne = items.stream()
                .map(item -> post("/classify", item).statusCode(200).extract().jsonPath().<String, Object>getMap(""))
                .toList();
        assertThat(results).containsExactlyElementsOf(oneByOne);
    }

    @Test
    void batchAcceptsOneThousandItems() {
        List<Map<String, Object>> items = IntStream.range(0, 1_000)
                .mapToObj(i -> Map.<String, Object>of("text", "Statement " + i + ": " + DENIAL)).toList();

        List<Object> results = post("/classify/batch", Map.of("items", items)).statusCode(200)
                .extract().jsonPath().getList("results");

        assertThat(results).hasSize(1_000);
    }

    @Test
    void batchRejectsMoreThanOneThousandItems() {
        List<Map<String, Object>> items = new ArrayList<>();
        IntStream.range(0, 1_001).forEach(i -> items.add(Map.of("text", DENIAL)));

        JsonPath problem = post("/classify/batch", Map.of("items", items)).statusCode(400).contentType(PROBLEM_JSON)
                .extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items");
    }

    @Test
    void batchNamesTheInvalidItem() {
        List<Map<String, Object>> items = List.of(Map.of("text", DENIAL), Map.of("text", ""));

        JsonPath problem = post("/classify/batch", Map.of("items", items)).statusCode(400).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items[1].text");
    }

    @Test
    void batchWithoutItemsIsRejected() {
        JsonPath problem = post("/classify/batch", Map.of()).statusCode(400).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items");
    }
}
