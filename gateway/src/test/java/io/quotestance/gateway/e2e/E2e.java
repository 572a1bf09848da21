package io.quotestance.gateway.e2e;

import io.quotestance.postgres.DatabaseCleaner;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import io.restassured.response.Response;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls the end-to-end and browser tests share. */
public final class E2e {

    /** A write token from the test configuration. */
    public static final String TOKEN = "test-token-alice";

    private E2e() {
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
