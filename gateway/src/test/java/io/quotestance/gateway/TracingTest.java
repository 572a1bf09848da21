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

import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing switched on by configuration alone, one trace follows a read from the caller through the gateway into
 * quotes-service and stance-service: both receive a W3C {@code traceparent} of the caller's trace.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(WireMockDownstreams.class)
class TracingTest extends GatewayTestBase {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    /** What an operator sets; the collector need not exist for spans to be made and passed on. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:9");
        }
    }

    @Test
    void aReadCarriesTheCallersTraceIntoBothServices() {
        var twoQuotes = storedQuotes(1, 1, 2);
        quotes.stubFor(get(urlPathEqualTo("/quotes")).willReturn(okJson(json(page(twoQuotes, 0, 20, 2)))));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(labelsFor(twoQuotes, "deny"))))));

        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").get("/api/quotes").then()
                .statusCode(200);

        var downstream = new ArrayList<>(quotes.findAll(anyRequestedFor(anyUrl())));
        downstream.addAll(stance.findAll(anyRequestedFor(anyUrl())));
        assertThat(downstream).hasSize(2).allSatisfy(request -> assertThat(request.getHeader("traceparent"))
                .startsWith("00-" + TRACE_ID + "-")
                .doesNotContain("00f067aa0ba902b7"));
    }
}
