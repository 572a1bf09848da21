package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statements whose labels the gateway's end-to-end tests rely on, with and without typographic quotes. */
class GatewayStatementsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We cannot confirm that the new strain is spreading, but that may change  | UNCERTAIN
            “We cannot confirm that the new strain is spreading, but that may change” | UNCERTAIN
            The pressure on emergency wards is alarming                               | CONCERN
            “The pressure on emergency wards is alarming”                             | CONCERN
            These reports of a sale are fabricated lies                               | DENY
            “These reports of a sale are fabricated lies”                             | DENY
            """)
    void gatewayStatementKeepsItsLabel(String text, StanceLabel label) {
        assertThat(CLASSIFIER.classify(new StanceInput(text, "said", null)).label()).isEqualTo(label);
        assertThat(CLASSIFIER.classify(new StanceInput(text, null, null)).label()).isEqualTo(label);
    }
}
