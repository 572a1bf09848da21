package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OperationsTest extends DatabaseTest {

    @Test
    void readinessChecksTheDatabase() {
        JsonPath health = get("/q/health/ready").then().statusCode(200).extract().jsonPath();

        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getList("checks.name", String.class))
                .anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        assertThat(openApi.getMap("paths")).containsKeys("/classify", "/classify/batch", "/labels", "/labels/lookup",
                "/labels/{quoteId}");
        assertThat(openApi.getMap("paths.'/labels/{quoteId}'")).containsKeys("get", "put");
    }
}
