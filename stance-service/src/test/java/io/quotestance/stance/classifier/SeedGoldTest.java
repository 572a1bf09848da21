package io.quotestance.stance.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every gold quote of the seed article with a stance gets its gold label from text and cue alone. */
class SeedGoldTest {

    private static final StanceClassifier CLASSIFIER = new StanceClassifier();

    static Stream<Arguments> goldQuotes() throws IOException {
        List<Arguments> quotes = new ArrayList<>();
        for (JsonNode quote : seedGold().get("quotes")) {
            if (!quote.get("stance").isNull()) {
                quotes.add(Arguments.of(quote.get("text").asText(), quote.get("cue").asText(),
                        StanceLabel.valueOf(quote.get("stance").asText().toUpperCase(Locale.ROOT)),
                        quote.get("required").asBoolean()));
            }
        }
        return quotes.stream();
    }

    @ParameterizedTest(name = "[{index}] {2} via ''{1}'': {0}")
    @MethodSource("goldQuotes")
    void goldQuoteGetsGoldLabel(String text, String cue, StanceLabel gold, boolean required) {
        StanceResult result = CLASSIFIER.classify(new StanceInput(text, cue, null));

        assertThat(result.label()).as("label of %s", text).isEqualTo(gold);
        assertThat(result.evidence()).isNotEmpty();
    }

    @Test
    void seedHasSixRequiredLabelledQuotesAndAllAreRight() throws IOException {
        List<Arguments> required = goldQuotes().filter(arguments -> (boolean) arguments.get()[3]).toList();

        assertThat(required).hasSize(6);
        assertThat(required).allSatisfy(arguments -> assertThat(
                CLASSIFIER.classify(new StanceInput((String) arguments.get()[0], (String) arguments.get()[1], null))
                        .label()).isEqualTo(arguments.get()[2]));
    }

    @Test
    void seedQuotesJudgedAgainstTheSeedClaimKeepTheirGoldLabel() throws IOException {
        JsonNode gold = seedGold();
        String claim = gold.get("claim").asText();
        goldQuotes().forEach(arguments -> {
            Object[] row = arguments.get();
            StanceResult result = CLASSIFIER.classify(new StanceInput((String) row[0], (String) row[1], claim));
            assertThat(result.label()).as("label of %s against the claim", row[0]).isEqualTo(row[2]);
        });
    }

    private static JsonNode seedGold() throws IOException {
        try (InputStream in = SeedGoldTest.class.getResourceAsStream("/samples/seed-gold.json")) {
            assertThat(in).as("samples/seed-gold.json on the test classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
