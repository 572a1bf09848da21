package io.quotestance.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Browsers may call the API only from the configured origins; no origin is ever answered with "*". */
@QuarkusTest
@TestProfile(CorsTest.NewsroomOrigin.class)
class CorsTest {

    private static final String ALLOWED = "https://newsroom.example.org";

    public static class NewsroomOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", ALLOWED);
        }
    }

    @Test
    void aPreflightFromAnAllowedOriginMayWriteWithAToken() {
        Response preflight = preflight(ALLOWED);

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
    }

    @Test
    void anOriginNotInTheListIsNotAllowed() {
        Response preflight = preflight("https://evil.example.com");

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNotEqualTo("*")
                .isNotEqualTo("https://evil.example.com");
        Response read = given().header("Origin", "https://evil.example.com").get("/q/health/live");
        assertThat(read.header("Access-Control-Allow-Origin")).isNotEqualTo("*")
                .isNotEqualTo("https://evil.example.com");
    }

    private static Response preflight(String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/articles");
    }
}
