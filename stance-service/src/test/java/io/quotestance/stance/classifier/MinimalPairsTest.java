package io.quotestance.stance.classifier;

import static io.quotestance.stance.classifier.Statements.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pairs of statements that differ by one cue word and must flip the label. */
class MinimalPairsTest {

    @ParameterizedTest(name = "''{0}'' is {1}, ''{2}'' is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            We can confirm the troops arrived.          | CONFIRM   | We cannot confirm the troops arrived.            | UNCERTAIN
            We deny the report.                         | DENY      | We do not deny the report.                       | CONFIRM
            The report is true.                         | CONFIRM   | The report is not true.                          | DENY
            The ships reached the port.                 | CONFIRM   | The ships never reached the port.                | DENY
            The reactor is leaking.                     | CONFIRM   | The reactor may be leaking.                      | UNCERTAIN
            The reactor leak is dangerous.              | CONCERN   | The reactor leak is fabricated.                  | DENY
            It is happening and it is alarming.         | CONCERN   | It is definitely happening and it is alarming.   | CONFIRM
            The figures are accurate.                   | CONFIRM   | The figures are reportedly accurate.             | UNCERTAIN
            We know who did it.                         | CONFIRM   | We don't know who did it.                        | UNCERTAIN
            There is doubt about the figures.           | UNCERTAIN | There is no doubt about the figures.             | CONFIRM
            This is a threat to the region.             | CONCERN   | This is no threat to the region.                 | DENY
            The vaccine caused the deaths.              | CONFIRM   | The vaccine caused the deaths?                   | UNCERTAIN
            The new rules would undermine free speech.  | CONCERN   | The new rules would protect free speech.         | CONFIRM
            The club sold the striker.                  | CONFIRM   | The club allegedly sold the striker.             | UNCERTAIN
            """)
    void oneCueFlipsTheLabel(String first, StanceLabel firstLabel, String second, StanceLabel secondLabel) {
        assertThat(label(first)).as(first).isEqualTo(firstLabel);
        assertThat(label(second)).as(second).isEqualTo(secondLabel);
    }
}
