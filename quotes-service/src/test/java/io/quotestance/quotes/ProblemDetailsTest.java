package io.quotestance.quotes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Every refusal is RFC 9457 problem details, names the offending field and leaks nothing of the implementation. */
@QuarkusTest
class ProblemDetailsTest extends DatabaseTest {

    private static final String TEXT_LIMIT_FILLER = "Nothing was said here. ";

    private static Response postArticle(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/articles");
    }

    /** Checks the problem shape and that no stack trace, SQL or class name is in it. */
    private static void assertProblem(Response response, int status, String path) {
        response.then().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("instance", equalTo(path));
        assertThat(response.jsonPath().getString("type")).isNotBlank();
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        assertThat(response.asString()).doesNotContain("Exception", "java.", "io.quotestance", "jackson", "\tat ",
                "SELECT", "INSERT", "hibernate");
    }

    private static String textOfLength(int length) {
        String text = TEXT_LIMIT_FILLER.repeat(length / TEXT_LIMIT_FILLER.length() + 1).substring(0, length - 1) + ".";
        assertThat(text).hasSize(length);
        return text;
    }

    @Test
    void blankTextIs400NamingText() {
        Response response = postArticle("{\"text\": \"  \\n \"}");
        assertProblem(response, 400, "/articles");
        response.then().body("violations.field", hasItem("text"));
    }

    @Test
    void missingTextIs400NamingText() {
        Response response = postArticle("{\"title\": \"No text\"}");
        assertProblem(response, 400, "/articles");
        response.then().body("violations.field", hasItem("text"));
    }

    @Test
    void missingBodyIs400() {
        assertProblem(given().contentType(ContentType.JSON).post("/articles"), 400, "/articles");
    }

    @Test
    void textOver200000CharactersIs413() {
        Response response = given().contentType(ContentType.JSON).body(Map.of("text", textOfLength(200_001)))
                .post("/articles");
        assertProblem(response, 413, "/articles");
        assertThat(queryLong("SELECT count(*) FROM quotes.article")).isZero();
    }

    @Test
    void textOfExactly200000CharactersIsStored() {
        given().contentType(ContentType.JSON).body(Map.of("text", textOfLength(200_000)))
                .post("/articles").then().statusCode(201);
    }

    @Test
    void extractionRefusesTextOver200000CharactersWith413() {
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("text", textOfLength(200_001))).post("/extract"),
                413, "/extract");
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        Response response = postArticle("{\"text\": \"Some text.\", \"autor\": \"x\"}");
        assertProblem(response, 400, "/articles");
        response.then().body("violations[0].field", equalTo("autor"));
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(postArticle("{\"text\": "), 400, "/articles");
    }

    @Test
    void publishedAtThatIsNotAnInstantIs400NamingIt() {
        Response response = postArticle("{\"text\": \"Some text.\", \"publishedAt\": \"yesterday\"}");
        assertProblem(response, 400, "/articles");
        response.then().body("violations[0].field", equalTo("publishedAt"));
    }

    @Test
    void wrongTypeOfFieldIs400NamingIt() {
        Response response = postArticle("{\"text\": [\"Some text.\"]}");
        assertProblem(response, 400, "/articles");
        response.then().body("violations[0].field", equalTo("text"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "url:2001", "title:501", "outlet:201" })
    void metadataOverItsLengthCapIs400NamingTheField(String fieldAndLength) {
        String field = fieldAndLength.split(":")[0];
        int length = Integer.parseInt(fieldAndLength.split(":")[1]);
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Some text.", field, "x".repeat(length))).post("/articles");
        assertProblem(response, 400, "/articles");
        response.then().body("violations.field", hasItem(field));
    }

    @Test
    void wrongMediaTypeIs415() {
        assertProblem(given().contentType(ContentType.TEXT).body("Some text.").post("/articles"), 415, "/articles");
    }

    @Test
    void unknownArticleIs404() {
        assertProblem(given().get("/articles/999999"), 404, "/articles/999999");
    }

    @Test
    void unknownQuoteIs404() {
        assertProblem(given().get("/quotes/999999"), 404, "/quotes/999999");
    }

    @Test
    void unknownSpeakerIs404() {
        assertProblem(given().get("/speakers/999999"), 404, "/speakers/999999");
    }

    @Test
    void unexpectedFailureIs500WithoutAnyDetailOfTheCause() {
        Response response = given().get("/test-only/failure");
        assertProblem(response, 500, "/test-only/failure");
        assertThat(response.asString()).doesNotContain("secret", "Hidden", "IllegalState");
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(given().get("/nothing-here"), 404, "/nothing-here");
    }

    @Test
    void wrongMethodIs405Problem() {
        assertProblem(given().delete("/articles"), 405, "/articles");
    }

    @ParameterizedTest
    @ValueSource(strings = { "page=-1", "size=0", "size=101", "page=1000001" })
    void pageParametersOutOfRangeAre400NamingTheParameter(String query) {
        Response response = given().get("/quotes?" + query);
        assertProblem(response, 400, "/quotes");
        response.then().body("violations[0].field", equalTo(query.split("=")[0]));
    }

    @Test
    void nonNumericPageIs400() {
        assertProblem(given().get("/articles?page=first"), 400, "/articles");
    }

    @Test
    void unknownStanceIs400NamingStance() {
        Response response = given().get("/quotes?stance=agree");
        assertProblem(response, 400, "/quotes");
        response.then().body("violations[0].field", equalTo("stance"));
    }

    @Test
    void extractionOfBlankTextIs400() {
        Response response = given().contentType(ContentType.JSON).body(Map.of("text", " ")).post("/extract");
        assertProblem(response, 400, "/extract");
        response.then().body("violations[0].field", equalTo("text"));
    }
}
