package io.quotestance.quotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the engine on the development set in {@code extraction-devset/} (see its README.md) and fails the build
 * when quality falls below the floors. A found quote counts as right when it overlaps a gold quote; a gold quote is
 * recalled when any found quote overlaps it; its speaker is right when the best-overlapping found quote names the
 * same speaker (the fullest name, or for unnamed sources the words used). The "tune" split is what the engine was
 * improved on; the "heldout" split was never looked at in detail, so its numbers are the honest estimate.
 */
class DevSetEvaluationTest {

    private static final String FOLDER = "extraction-devset/";

    private static JsonNode gold;
    private static Scores tune;
    private static Scores heldOut;

    @BeforeAll
    static void evaluate() throws IOException {
        gold = new ObjectMapper().readTree(resource(FOLDER + "gold.json"));
        tune = new Scores("tune");
        heldOut = new Scores("heldout");
        for (JsonNode document : gold.get("documents")) {
            Scores scores = document.get("split").asText().equals("heldout") ? heldOut : tune;
            scores.add(document, resource(FOLDER + document.get("file").asText()));
        }
        tune.print(true);
        heldOut.print(false);
    }

    @Test
    void developmentSetHasThirtyRealisticDocumentsWithLocatableGold() throws IOException {
        assertThat(gold.get("documents").size()).isGreaterThanOrEqualTo(30);
        int heavilyQuoted = 0;
        for (JsonNode document : gold.get("documents")) {
            String text = resource(FOLDER + document.get("file").asText());
            assertThat(text.length()).as(document.get("file").asText()).isBetween(1_500, 5_000);
            for (JsonNode quote : document.get("quotes")) {
                assertThat(occurrences(text, quote.get("text").asText())).as("gold %s", quote).isEqualTo(1);
            }
            for (JsonNode span : document.get("not_quotes")) {
                assertThat(occurrences(text, span.asText())).as("not-quote %s", span).isEqualTo(1);
            }
            if (document.get("quotes").size() >= 8) {
                heavilyQuoted++;
            }
        }
        assertThat(heavilyQuoted).isGreaterThanOrEqualTo(10);
    }

    // Floors sit a little below what the engine measured when they were set (README.md of the set, and this output).
    @Test
    void directQuotesOnTheTunedSplitStayAboveTheirFloors() {
        assertThat(tune.recall(QuoteType.DIRECT)).as("direct recall").isGreaterThanOrEqualTo(0.96);
        assertThat(tune.precision(QuoteType.DIRECT)).as("direct precision").isGreaterThanOrEqualTo(0.97);
        assertThat(tune.speakerAccuracy(QuoteType.DIRECT)).as("direct speaker accuracy").isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void indirectAndMixedQuotesOnTheTunedSplitStayAboveTheirFloors() {
        assertThat(tune.recall(QuoteType.INDIRECT)).as("indirect recall").isGreaterThanOrEqualTo(0.94);
        assertThat(tune.precision(QuoteType.INDIRECT)).as("indirect precision").isGreaterThanOrEqualTo(0.96);
        assertThat(tune.speakerAccuracy(QuoteType.INDIRECT)).as("indirect speaker accuracy").isGreaterThanOrEqualTo(0.94);
        assertThat(tune.recall(QuoteType.MIXED)).as("mixed recall").isGreaterThanOrEqualTo(0.90);
        assertThat(tune.precision(QuoteType.MIXED)).as("mixed precision").isGreaterThanOrEqualTo(0.95);
        assertThat(tune.overallSpeakerAccuracy()).as("overall speaker accuracy").isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void heldOutSplitStaysAboveTheIssueTargets() {
        assertThat(heldOut.recall(QuoteType.DIRECT)).as("direct recall").isGreaterThanOrEqualTo(0.92);
        assertThat(heldOut.precision(QuoteType.DIRECT)).as("direct precision").isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.speakerAccuracy(QuoteType.DIRECT)).as("direct speaker accuracy").isGreaterThanOrEqualTo(0.90);
        assertThat(heldOut.recall(QuoteType.INDIRECT)).as("indirect recall").isGreaterThanOrEqualTo(0.85);
        assertThat(heldOut.speakerAccuracy(QuoteType.INDIRECT)).as("indirect speaker accuracy").isGreaterThanOrEqualTo(0.80);
        assertThat(heldOut.overallSpeakerAccuracy()).as("overall speaker accuracy").isGreaterThanOrEqualTo(0.85);
    }

    /** Counts per quote type for one split, and the confusion tables. */
    private static final class Scores {

        private final String split;
        private final Map<QuoteType, int[]> found = new EnumMap<>(QuoteType.class);
        private final Map<QuoteType, int[]> expected = new EnumMap<>(QuoteType.class);
        private final Map<String, Integer> typeConfusion = new TreeMap<>();
        private final Map<String, Integer> kindConfusion = new TreeMap<>();
        private final List<String> errors = new ArrayList<>();

        Scores(String split) {
            this.split = split;
            for (QuoteType type : QuoteType.values()) {
                found.put(type, new int[2]);
                expected.put(type, new int[3]);
            }
        }

        /** found[type] = {right, all}; expected[type] = {recalled, all, speaker right}. */
        void add(JsonNode document, String text) {
            String file = document.get("file").asText();
            List<ExtractedQuote> quotes = Extraction.extract(text);
            List<int[]> spans = new ArrayList<>();
            for (JsonNode quote : document.get("quotes")) {
                int start = text.indexOf(quote.get("text").asText());
                spans.add(new int[] {start, start + quote.get("text").asText().length()});
            }
            for (ExtractedQuote quote : quotes) {
                int[] counts = found.get(quote.type());
                counts[1]++;
                if (bestOverlap(quote.start(), quote.end(), spans) >= 0) {
                    counts[0]++;
                } else {
                    count(typeConfusion, "none -> " + quote.type());
                    errors.add(file + " EXTRA " + quote.type() + " [" + quote.text() + "] by " + quote.speaker().name()
                            + "/" + quote.speaker().mention());
                }
            }
            for (int i = 0; i < spans.size(); i++) {
                JsonNode expectedQuote = document.get("quotes").get(i);
                QuoteType type = QuoteType.valueOf(expectedQuote.get("type").asText().toUpperCase(Locale.ROOT));
                int[] counts = expected.get(type);
                counts[1]++;
                ExtractedQuote match = bestMatch(quotes, spans.get(i));
                if (match == null) {
                    count(typeConfusion, type + " -> missed");
                    errors.add(file + " MISSED " + type + " [" + expectedQuote.get("text").asText() + "]");
                    continue;
                }
                counts[0]++;
                count(typeConfusion, type + " -> " + match.type());
                JsonNode speaker = expectedQuote.get("speaker");
                count(kindConfusion, speaker.get("kind").asText().toUpperCase(Locale.ROOT) + " -> "
                        + match.speaker().kind());
                if (sameSpeaker(speaker, match.speaker())) {
                    counts[2]++;
                } else {
                    errors.add(file + " SPEAKER [" + expectedQuote.get("text").asText() + "] expected "
                            + speaker.path("name").asText(null) + "/" + speaker.path("mention").asText(null) + " got "
                            + match.speaker().name() + "/" + match.speaker().mention());
                }
            }
        }

        double precision(QuoteType type) {
            int[] counts = found.get(type);
            return ratio(counts[0], counts[1]);
        }

        double recall(QuoteType type) {
            int[] counts = expected.get(type);
            return ratio(counts[0], counts[1]);
        }

        double speakerAccuracy(QuoteType type) {
            int[] counts = expected.get(type);
            return ratio(counts[2], counts[0]);
        }

        double overallSpeakerAccuracy() {
            return ratio(expected.values().stream().mapToInt(c -> c[2]).sum(),
                    expected.values().stream().mapToInt(c -> c[0]).sum());
        }

        void print(boolean withErrors) {
            StringBuilder out = new StringBuilder("\n=== extraction dev set, split " + split + " ===\n");
            out.append(String.format(Locale.ROOT, "%-9s %9s %9s %9s %6s %6s%n", "type", "precision", "recall",
                    "speaker", "gold", "found"));
            int[] totalFound = new int[2];
            int[] totalExpected = new int[3];
            for (QuoteType type : QuoteType.values()) {
                int[] f = found.get(type);
                int[] e = expected.get(type);
                out.append(String.format(Locale.ROOT, "%-9s %9.3f %9.3f %9.3f %6d %6d%n", type, precision(type),
                        recall(type), speakerAccuracy(type), e[1], f[1]));
                for (int i = 0; i < 2; i++) {
                    totalFound[i] += f[i];
                }
                for (int i = 0; i < 3; i++) {
                    totalExpected[i] += e[i];
                }
            }
            out.append(String.format(Locale.ROOT, "%-9s %9.3f %9.3f %9.3f %6d %6d%n", "overall",
                    ratio(totalFound[0], totalFound[1]), ratio(totalExpected[0], totalExpected[1]),
                    ratio(totalExpected[2], totalExpected[0]), totalExpected[1], totalFound[1]));
            out.append("quote types (gold -> found): ").append(typeConfusion).append('\n');
            out.append("speaker kinds (gold -> found): ").append(kindConfusion).append('\n');
            if (withErrors) {
                errors.forEach(error -> out.append("  ").append(error).append('\n'));
            }
            System.out.println(out);
        }

        private static void count(Map<String, Integer> table, String key) {
            table.merge(key, 1, Integer::sum);
        }
    }

    /** Index of the span the range overlaps most, or -1. */
    private static int bestOverlap(int start, int end, List<int[]> spans) {
        int best = -1;
        int bestLength = 0;
        for (int i = 0; i < spans.size(); i++) {
            int overlap = Math.min(end, spans.get(i)[1]) - Math.max(start, spans.get(i)[0]);
            if (overlap > bestLength) {
                best = i;
                bestLength = overlap;
            }
        }
        return best;
    }

    private static ExtractedQuote bestMatch(List<ExtractedQuote> quotes, int[] span) {
        ExtractedQuote best = null;
        int bestLength = 0;
        for (ExtractedQuote quote : quotes) {
            int overlap = Math.min(quote.end(), span[1]) - Math.max(quote.start(), span[0]);
            if (overlap > bestLength) {
                best = quote;
                bestLength = overlap;
            }
        }
        return best;
    }

    /**
     * Named sources by their fullest name; unnamed ones by the words used (or, for a pronoun, the words the source
     * was introduced with), one containing the other.
     */
    static boolean sameSpeaker(JsonNode expected, ExtractedSpeaker actual) {
        if (expected.hasNonNull("name")) {
            return actual.name() != null && normalise(actual.name()).equals(normalise(expected.get("name").asText()));
        }
        if (actual.name() != null || actual.mention() == null) {
            return false;
        }
        String want = normalise(expected.get("mention").asText());
        // A pronoun linked to an unnamed source ("A witness … she said") keeps the source's words as an alias.
        List<String> mentions = new ArrayList<>(actual.aliases());
        mentions.add(actual.mention());
        return mentions.stream().map(DevSetEvaluationTest::normalise)
                .anyMatch(got -> !got.isEmpty() && (want.contains(got) || got.contains(want)));
    }

    static String normalise(String name) {
        return name.replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("^(the|a|an) ", "")
                .replaceAll("[\\s]+", " ").replaceAll("[.,]+$", "").trim();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DevSetEvaluationTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
