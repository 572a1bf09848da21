package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.labels;
import static io.quotestance.gateway.Fixtures.labelsFor;
import static io.quotestance.gateway.Fixtures.page;
import static io.quotestance.gateway.Fixtures.storedQuotes;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every call to quotes-service and stance-service carries the internal credential of the configuration. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class InternalCredentialTest extends GatewayTestBase {

    private static final String HEADER = "X-Internal-Token";
    private static final String CONFIGURED = "test-internal-token";

    @Test
    void readsAndClassificationsSendTheInternalCredentialToBothServices() {
        var twoQuotes = storedQuotes(1, 1, 2);
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(twoQuotes, 0, 20, 2)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(labelsFor(twoQuotes, "deny"))))));
        stance.stubFor(post("/classify").willReturn(okJson(json(Fixtures.stance("deny", "auto")))));

        given().get("/api/quotes").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "It is not true.")).post("/api/stance").then()
                .statusCode(200);

        var toQuotes = quotes.findAll(anyRequestedFor(anyUrl()));
        var toStance = stance.findAll(anyRequestedFor(anyUrl()));
        assertThat(toQuotes).isNotEmpty();
        assertThat(toStance).hasSize(2);
        assertThat(toQuotes).allSatisfy(request -> assertThat(request.getHeader(HEADER)).isEqualTo(CONFIGURED));
        assertThat(toStance).allSatisfy(request -> assertThat(request.getHeader(HEADER)).isEqualTo(CONFIGURED));
    }

    @Test
    void theInternalCredentialNeverReachesThePublicAnswer() {
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(storedQuotes(1, 1, 1), 0, 20, 1)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(labelsFor(storedQuotes(1, 1, 1), "deny"))))));

        var response = given().get("/api/quotes");
        assertThat(response.asString()).doesNotContain(CONFIGURED);
        assertThat(response.headers().hasHeaderWithName(HEADER)).isFalse();
    }
}
