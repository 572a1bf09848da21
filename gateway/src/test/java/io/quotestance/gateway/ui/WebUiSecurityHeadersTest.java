package io.quotestance.gateway.ui;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The web UI's files and the API come with a CSP that allows only this origin's scripts and styles, and no framing. */
@QuarkusTest
class WebUiSecurityHeadersTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @ParameterizedTest
    @ValueSource(strings = { "/", "/index.html", "/css/app.css", "/js/app.js", "/js/article.js" })
    void uiFilesCarryTheContentSecurityPolicyAndHardeningHeaders(String path) {
        given().get(path).then()
                .statusCode(200)
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    /** No quotes-service runs beside this test: even the API's error answer carries the headers. */
    @Test
    void apiAnswersCarryTheSameHeaders() {
        given().get("/api/articles").then()
                .contentType(containsString("json"))
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void pageLoadsItsScriptAsAModuleFileWithNothingInlineOrExternal() {
        String page = given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(page).contains("<script type=\"module\" src=\"js/app.js\"></script>");
        assertThat(page.replace("<script type=\"module\" src=\"js/app.js\"></script>", "")).doesNotContain("<script")
                .doesNotContain(" style=").doesNotContainPattern("\\son[a-z]+=").doesNotContain("://");
    }

    @Test
    void swaggerUiKeepsItsOwnPolicyFreeHeaders() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", not(containsString("script-src 'self';")));
    }
}
