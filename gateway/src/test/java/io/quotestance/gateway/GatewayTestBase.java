package io.quotestance.gateway;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Fresh downstream stubs and closed circuits for every test. */
abstract class GatewayTestBase {

    static final String ALICE = "test-token-alice";
    static final String BARE = "test-token-bare";

    @QuotesService
    WireMockServer quotes;

    @StanceService
    WireMockServer stance;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void resetDownstreams() {
        quotes.resetAll();
        stance.resetAll();
        circuitBreakers.resetAll();
    }
}
