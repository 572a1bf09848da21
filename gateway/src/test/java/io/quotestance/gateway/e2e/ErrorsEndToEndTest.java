package io.quotestance.gateway.e2e;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Errors that the real services raise reach the client as the gateway's problem+json, and nothing is stored. */
@QuarkusTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorsEndToEndTest {

    @BeforeAll
    void cleanData() {
        E2e.cleanData();
    }

    @Test
    void unknownArticleIs404Problem() {
        given().get("/api/articles/{id}", 424242).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void unknownQuoteAndSpeakerAre404() {
        given().get("/api/quotes/{id}", 424242).then().statusCode(404);
        given().get("/api/speakers/{id}", 424242).then().statusCode(404);
    }

    @Test
    void articleOverTheSizeLimitIs413AndNothingIsStored() {
        given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON).body(Map.of("text", "a".repeat(200_001)))
                .post("/api/articles").then().statusCode(413).contentType("application/problem+json");
        given().get("/api/articles").then().body("total", equalTo(0));
    }

    @Test
    void blankArticleIs400AndNothingIsStored() {
        given().auth().oauth2(E2e.TOKEN).contentType(ContentType.JSON).body(Map.of("text", "   "))
                .post("/api/articles").then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
        given().get("/api/articles").then().body("total", equalTo(0));
    }

    @Test
    void unknownStanceFilterIs400() {
        given().queryParam("stance", "angry").get("/api/quotes").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
