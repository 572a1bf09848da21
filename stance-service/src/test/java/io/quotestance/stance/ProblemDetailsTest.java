package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ProblemDetailsTest extends DatabaseTest {

    @Test
    void validationProblemsCarryTheRfc9457FieldsAndViolations() {
        JsonPath problem = post("/classify", Map.of("text", "")).statusCode(400).contentType(PROBLEM_JSON)
                .extract().jsonPath();

        assertThat(problem.getMap("")).containsKeys("type", "title", "status", "detail", "instance", "violations");
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("detail")).contains("text");
        assertThat(problem.getString("instance")).isEqualTo("/classify");
        assertThat(problem.<String, Object>getMap("violations[0]")).containsOnlyKeys("field", "message");
        assertThat(problem.getList("violations")).hasSize(1);
    }

    @Test
    void anUnknownFieldIsRejectedByName() {
        JsonPath problem = post("/classify", Map.of("text", "It is happening", "speaker", "Peskov")).statusCode(400)
                .contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("speaker");
    }

    @Test
    void anUnknownFieldInsideAnItemIsRejectedWithItsPath() {
        JsonPath problem = post("/labels", Map.of("items", List.of(Map.of("quoteId", 1, "text", "x", "lable", "deny"))))
                .statusCode(400).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items[0].lable");
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedNamingTheField() {
        JsonPath problem = post("/labels", Map.of("items", List.of(Map.of("quoteId", "forty-two", "text", "x"))))
                .statusCode(400).contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("items[0].quoteId");
        assertThat(problem.getString("violations[0].message")).doesNotContain("java", "Long");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        JsonPath problem = given().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .when().post("/classify").then().statusCode(400).contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("detail")).contains("JSON").doesNotContain("com.fasterxml");
    }

    @Test
    void aMissingBodyIsABadRequestProblem() {
        JsonPath problem = given().contentType(ContentType.JSON).when().post("/classify").then().statusCode(400)
                .contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getList("violations.field")).containsExactly("body");
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedMediaType() {
        JsonPath problem = given().contentType(ContentType.TEXT).body("These reports are fabricated lies")
                .when().post("/classify").then().statusCode(415).contentType(PROBLEM_JSON).extract().jsonPath();

        assertThat(problem.getInt("status")).isEqualTo(415);
        assertThat(problem.getString("instance")).isEqualTo("/classify");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        get("/no-such-thing").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void anInternalFailureLeaksNoDetails() {
        String body = get("/test-only/failure").then().statusCode(500).contentType(PROBLEM_JSON)
                .extract().asString();

        assertThat(body).contains("\"status\":500")
                .doesNotContain("secret_table", "SELECT", "IllegalStateException", "java.", "at io.");
    }
}
