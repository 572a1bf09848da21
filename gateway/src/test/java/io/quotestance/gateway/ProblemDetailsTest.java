package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** RFC 9457 problem details for every kind of bad request, never leaking internals. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ProblemDetailsTest extends GatewayTestBase {

    @Test
    void malformedJsonIs400WithAViolation() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .when().post("/api/articles").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("detail", notNullValue())
                .body("instance", equalTo("/api/articles"))
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", equalTo("is not well-formed JSON"));

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"text\": \"a text\", \"colour\": \"red\"}")
                .when().post("/api/articles").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("colour"))
                .body("violations[0].message", equalTo("is not a known field"));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body("{\"text\": \"a text\", \"publishedAt\": \"last tuesday\"}")
                .when().post("/api/articles").then()
                .statusCode(400)
                .body("violations.field", contains("publishedAt"));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body("{\"label\": \"deny\", \"expectedVersion\": \"latest\"}")
                .when().put("/api/quotes/42/stance").then()
                .statusCode(400)
                .body("violations.field", contains("expectedVersion"));
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() {
        given().contentType(ContentType.JSON).body("[\"a text\"]")
                .when().post("/api/analyze").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("body"));
    }

    @Test
    void anEmptyBodyIs400NamingTheBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/analyze").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("body"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        given().auth().oauth2(ALICE).contentType(ContentType.TEXT).body("just text")
                .when().post("/api/articles").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));

        given().contentType(ContentType.XML).body("<text/>")
                .when().post("/api/analyze").then()
                .statusCode(415);
    }

    @Test
    void anUnknownPathIs404AndAWrongMethod405() {
        given().when().get("/api/nothing-here").then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when().delete("/api/quotes/42").then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void aNonNumericQueryParameterIs400NamingIt() {
        given().queryParam("articleId", "seven").when().get("/api/quotes").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("articleId"))
                .body("violations[0].message", equalTo("must be a whole number"));
        given().queryParam("size", "many").when().get("/api/speakers").then()
                .statusCode(400)
                .body("violations.field", contains("size"));

        quotes.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void problemsNeverCarryStackTracesSqlOrClassNames() {
        quotes.stubFor(get("/quotes/1").willReturn(aResponse().withStatus(500)
                .withBody("java.sql.SQLException: select * from quote at io.quotestance.quotes.X")));
        quotes.stubFor(get("/quotes/2").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(Fixtures.json(Map.of("violations",
                        List.of(Map.of("field", "id", "message", "SQL error: select id from quotes.quote")))))));

        List<Response> answers = new ArrayList<>();
        answers.add(given().when().get("/api/quotes/1"));
        answers.add(given().when().get("/api/quotes/2"));
        answers.add(given().contentType(ContentType.JSON).body("{\"text\": 5, \"oops\"").when().post("/api/analyze"));
        answers.add(given().contentType(ContentType.JSON).body("{\"text\": {\"nested\": true}}").when().post("/api/analyze"));
        answers.add(given().contentType(ContentType.JSON).body("{\"text\": \"x\", \"claim\": [1]}").when().post("/api/stance"));
        answers.add(given().auth().oauth2("wrong").contentType(ContentType.JSON).body("{}").when().post("/api/articles"));
        answers.add(given().queryParam("size", "many").when().get("/api/speakers"));
        answers.add(given().when().get("/api/articles/-1"));

        for (Response answer : answers) {
            assertThat(answer.statusCode()).isBetween(400, 599);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.asString()).doesNotContain("Exception", "at io.", "at java.", "SQL", "select ",
                    "io.quotestance", "com.fasterxml", "java.lang");
        }
    }
}
