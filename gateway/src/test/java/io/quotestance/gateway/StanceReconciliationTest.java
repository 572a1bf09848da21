package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.label;
import static io.quotestance.gateway.Fixtures.labels;
import static io.quotestance.gateway.Fixtures.storedQuotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.gateway.service.StanceReconciliation;

/** The reconciliation job against stubbed services: what it sends, and that it stops when stance-service is down. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class StanceReconciliationTest extends GatewayTestBase {

    @Inject
    StanceReconciliation reconciliation;

    @Test
    void unlabelledQuotesAreLabelledAndTheirLabelsCopiedBack() {
        quotes.stubFor(get(urlPathEqualTo("/quotes/unlabelled"))
                .willReturn(okJson(json(Map.of("items", storedQuotes(4, 11, 2))))));
        quotes.stubFor(put("/quotes/stance-labels").willReturn(aResponse().withStatus(204)));
        stance.stubFor(post("/labels").willReturn(okJson(json(labels(List.of(
                label(11, "deny", "auto"), label(12, "concern", "auto")))))));

        assertThat(reconciliation.reconcile()).isEqualTo(2);

        stance.verify(postRequestedFor(urlEqualTo("/labels")).withRequestBody(equalToJson(
                "{\"items\": [{\"quoteId\": 11}, {\"quoteId\": 12}]}", true, true)));
        quotes.verify(putRequestedFor(urlEqualTo("/quotes/stance-labels")).withRequestBody(equalToJson(
                "{\"labels\": [{\"quoteId\": 11, \"label\": \"deny\"}, {\"quoteId\": 12, \"label\": \"concern\"}]}")));
    }

    @Test
    void nothingUnlabelledMeansNoCallToStanceService() {
        quotes.stubFor(get(urlPathEqualTo("/quotes/unlabelled")).willReturn(okJson("{\"items\": []}")));

        assertThat(reconciliation.reconcile()).isZero();

        assertThat(stance.getAllServeEvents()).isEmpty();
    }

    @Test
    void aDownStanceServiceEndsTheRunWithoutCopyingAnything() {
        quotes.stubFor(get(urlPathEqualTo("/quotes/unlabelled"))
                .willReturn(okJson(json(Map.of("items", storedQuotes(4, 11, 2))))));
        stance.stubFor(post("/labels").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(reconciliation.reconcile()).isZero();

        quotes.verify(0, putRequestedFor(urlEqualTo("/quotes/stance-labels")));
    }

    @Test
    void aDownQuotesServiceEndsTheRunQuietly() {
        quotes.stubFor(get(urlPathEqualTo("/quotes/unlabelled"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(reconciliation.reconcile()).isZero();

        assertThat(stance.getAllServeEvents()).isEmpty();
    }
}
