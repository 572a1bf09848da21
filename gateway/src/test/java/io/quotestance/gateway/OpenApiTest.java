package io.quotestance.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class OpenApiTest extends GatewayTestBase {

    private static JsonPath openApi() {
        return given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void theDocumentListsEveryPublicPathAndNothingInternal() {
        Map<String, Object> paths = openApi().getMap("paths");

        assertThat(paths).containsOnlyKeys("/api/analyze", "/api/stance", "/api/articles", "/api/articles/{id}",
                "/api/quotes", "/api/quotes/{id}", "/api/quotes/{id}/stance", "/api/speakers", "/api/speakers/{id}");
    }

    @Test
    void writesDeclareTheBearerSchemeAndReadsDoNot() {
        JsonPath doc = openApi();

        assertThat(doc.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(doc.getList("paths.'/api/articles'.post.security")).isNotEmpty();
        assertThat(doc.getList("paths.'/api/quotes/{id}/stance'.put.security")).isNotEmpty();
        assertThat(doc.getList("paths.'/api/articles'.get.security")).isNullOrEmpty();
        assertThat(doc.getList("paths.'/api/quotes'.get.security")).isNullOrEmpty();
        assertThat(doc.getMap("paths.'/api/articles'.post.responses")).containsKeys("201", "200", "400", "401", "413",
                "415", "503");
    }

    @Test
    void theDocumentDescribesTheApiWithExamples() {
        JsonPath doc = openApi();

        assertThat(doc.getString("info.title")).isEqualTo("quote-stance public API");
        assertThat(doc.getString("info.version")).isNotBlank();
        assertThat(doc.getString("info.description")).contains("stance");
        assertThat(doc.getString("info.license.name")).isEqualTo("Apache-2.0");
        assertThat(doc.getString("components.schemas.QuoteView.properties.cue.examples[0]")).isEqualTo("said");
        assertThat(doc.getString("components.schemas.Problem.properties.instance.examples[0]")).isNotBlank();
        assertThat(doc.getList("paths.'/api/quotes'.get.parameters.name", String.class))
                .containsExactlyInAnyOrder("speaker", "stance", "articleId", "q", "page", "size");
        assertThat(doc.getList("components.schemas.Stance.properties.label.enum", String.class))
                .isEqualTo(List.of("confirm", "deny", "uncertain", "concern"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(notNullValue());
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
