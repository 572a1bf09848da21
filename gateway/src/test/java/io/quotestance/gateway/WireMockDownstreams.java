package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Two WireMock servers on dynamic ports standing in for quotes-service and stance-service over real HTTP, so that
 * timeouts, connection failures and the exact requests sent can be tested. End-to-end tests against the real
 * services live elsewhere.
 */
public class WireMockDownstreams implements QuarkusTestResourceLifecycleManager {

    private WireMockServer quotes;
    private WireMockServer stance;

    @Override
    public Map<String, String> start() {
        quotes = new WireMockServer(options().dynamicPort());
        stance = new WireMockServer(options().dynamicPort());
        quotes.start();
        stance.start();
        // Each test stubs the same quote ids with other answers: a stance cached by one would hide the next one's.
        return Map.of("quotes.service.url", quotes.baseUrl(), "stance.service.url", stance.baseUrl(),
                "quotestance.stance-cache.max-entries", "0");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(quotes,
                new TestInjector.AnnotatedAndMatchesType(QuotesService.class, WireMockServer.class));
        testInjector.injectIntoFields(stance,
                new TestInjector.AnnotatedAndMatchesType(StanceService.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (quotes != null) {
            quotes.stop();
        }
        if (stance != null) {
            stance.stop();
        }
    }
}
