package io.quotestance.quotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed article against its gold attribution (docs/samples, on the test classpath as {@code samples/}). */
class SeedGoldTest {

    private static String article;
    private static JsonNode gold;
    private static List<ExtractedQuote> found;

    @BeforeAll
    static void extractSeed() throws IOException {
        article = resource("samples/seed-article.txt");
        gold = new ObjectMapper().readTree(resource("samples/seed-gold.json"));
        found = Extraction.extract(article);
    }

    static Stream<JsonNode> requiredQuotes() throws IOException {
        JsonNode quotes = new ObjectMapper().readTree(resource("samples/seed-gold.json")).get("quotes");
        List<JsonNode> required = new ArrayList<>();
        quotes.forEach(q -> {
            if (q.path("required").asBoolean()) {
                required.add(q);
            }
        });
        return required.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("requiredQuotes")
    void findsEveryRequiredGoldQuoteWithItsSpeaker(JsonNode expected) {
        String expectedText = trimEnd(expected.get("text").asText());
        ExtractedQuote quote = found.stream().filter(q -> trimEnd(q.text()).equals(expectedText)).findFirst()
                .orElseThrow(() -> new AssertionError("not found: " + expectedText + "\nfound: " + found));

        assertThat(quote.type().name()).isEqualTo(expected.get("type").asText().toUpperCase(Locale.ROOT));
        assertThat(quote.cue()).isEqualTo(expected.get("cue").asText());
        JsonNode speaker = expected.get("speaker");
        assertThat(quote.speaker().kind().name()).isEqualTo(speaker.get("kind").asText().toUpperCase(Locale.ROOT));
        assertThat(normalise(quote.speaker().name())).isEqualTo(normalise(textOrNull(speaker, "name")));
        if (speaker.hasNonNull("role")) {
            assertThat(normalise(quote.speaker().role())).isEqualTo(normalise(speaker.get("role").asText()));
        }
        if (speaker.hasNonNull("affiliation")) {
            assertThat(quote.speaker().affiliation()).isEqualTo(speaker.get("affiliation").asText());
        }
        if (speaker.hasNonNull("mention")) {
            assertThat(normalise(quote.speaker().mention())).isEqualTo(normalise(speaker.get("mention").asText()));
        }
    }

    @Test
    void findsMostOfTheOptionalGoldQuotes() {
        List<String> missed = new ArrayList<>();
        int optional = 0;
        for (JsonNode expected : gold.get("quotes")) {
            if (expected.path("required").asBoolean()) {
                continue;
            }
            optional++;
            String expectedText = trimEnd(expected.get("text").asText());
            int from = article.indexOf(expectedText);
            boolean overlapped = found.stream().anyMatch(q -> q.start() < from + expectedText.length() && q.end() > from);
            if (!overlapped) {
                missed.add(expectedText);
            }
        }
        assertThat(optional - missed.size()).as("missed %s", missed).isGreaterThanOrEqualTo(optional * 8 / 10);
    }

    @Test
    void reportsNoneOfTheNarratorSpans() {
        for (JsonNode notQuote : gold.get("not_quotes")) {
            String span = notQuote.asText();
            int from = article.indexOf(span);
            assertThat(from).as("fixture span present").isNotNegative();
            int to = from + span.length();
            assertThat(found).as("overlapping narrator text '%s'", span).noneMatch(q -> q.start() < to && q.end() > from);
        }
    }

    @Test
    void ignoresTheTruncatedTeasersAtTheEndOfTheSeed() {
        int teasers = article.indexOf("Immigration has been one of");
        assertThat(teasers).isPositive();
        assertThat(found).allMatch(q -> q.end() <= teasers);
    }

    @Test
    void returnsSeedQuotesInArticleOrderWithValidOffsets() {
        assertThat(found).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(found).allMatch(q -> article.substring(q.start(), q.end()).equals(q.text()));
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String trimEnd(String text) {
        return text.replaceAll("[,.\\s]+$", "");
    }

    private static String normalise(String text) {
        return text == null ? null : text.replace('’', '\'');
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedGoldTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
