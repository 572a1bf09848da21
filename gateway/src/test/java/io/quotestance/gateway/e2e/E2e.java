package io.quotestance.gateway.e2e;

import io.quotestance.postgres.DatabaseCleaner;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Calls the end-to-end and browser tests share. */
public final class E2e {

    /** A write token from the test configuration. */
    public static final String TOKEN = "test-token-alice";

    /** Words that would show an internal detail in a problem: a stack trace, a class or package, SQL, a library. */
    private static final List<String> LEAKS = List.of("exception", "\tat ", "org.", "java.", "jakarta.",
            "io.quotestance", "sql", "postgres", "hibernate", "jdbc", "jackson", "vertx", "select ", "insert ");

    private E2e() {
    }

    /**
     * Asserts an {@code application/problem+json} answer whose {@code status} is the response's and whose title,
     * detail, type and the given part of the violations name nothing internal.
     */
    public static void assertCleanProblem(Response response, String what, Object violationsShown) {
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        Map<String, Object> problem = response.jsonPath().getMap("");
        assertThat(problem.get("status")).as(what).isEqualTo(response.statusCode());
        String told = (problem.get("title") + " " + problem.get("detail") + " " + problem.get("type") + " "
                + violationsShown).toLowerCase();
        assertThat(LEAKS).as(what).noneMatch(told::contains);
    }

    /**
     * Whether a problem echoing this text of the client's (a field name, a value) would look like a leak to
     * {@link #assertCleanProblem}: generated names like "BZvUeTkURwSQlf" must not be taken for one.
     */
    public static boolean wouldLookLikeALeak(String clientText) {
        String lower = clientText.toLowerCase();
        return LEAKS.stream().anyMatch(lower::contains);
    }

    /** Empties both services' databases, so that a test class starts on clean data. */
    public static void cleanData() {
        Config config = ConfigProvider.getConfig();
        String user = config.getValue("e2e.db.user", String.class);
        String password = config.getOptionalValue("e2e.db.password", String.class).orElse("");
        DatabaseCleaner.truncateAll(config.getValue("e2e.quotes.jdbc-url", String.class), user, password, "quotes");
        config.getOptionalValue("e2e.stance.jdbc-url", String.class)
                .ifPresent(url -> DatabaseCleaner.truncateAll(url, user, password, "stance"));
    }

    /** Stores an article through the gateway, expecting 201 or 200 (already stored). */
    public static Response storeArticle(Map<String, ?> body) {
        Response response = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body)
                .post("/api/articles");
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new AssertionError("storing failed: " + response.statusCode() + " " + response.asString());
        }
        return response;
    }
}
