package io.quotestance.gateway;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;

/** Short names for the WireMock request matchers the tests use most. */
final class WireMockMatchers {

    private WireMockMatchers() {
    }

    static StringValuePattern is(String value) {
        return WireMock.equalTo(value);
    }

    /** The request body has this top-level JSON field with this value. */
    static StringValuePattern jsonField(String field, Object value) {
        return WireMock.matchingJsonPath("$." + field, WireMock.equalTo(String.valueOf(value)));
    }
}
