package io.quotestance.stance.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The labelled development set in {@code src/test/resources/stance-devset}: a tune split and a held-out split. */
final class DevSet {

    /** The split that rules and calibration may be tuned on. */
    static final String TUNE = "tune";
    /** The split never looked at while tuning; it estimates performance on unseen news. */
    static final String HELD_OUT = "heldout";

    /** One labelled statement; {@code rule} names the guide rule it exercises. */
    record Example(String id, String text, String cue, String claim, StanceLabel gold, String rule) {
        StanceInput input() {
            return new StanceInput(text, cue, claim);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevSet() {
    }

    static List<Example> load(String split) {
        String resource = "/stance-devset/" + split + ".jsonl";
        try (InputStream in = DevSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<Example> examples = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    examples.add(example(JSON.readTree(line)));
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Example example(JsonNode row) {
        return new Example(row.get("id").asText(), row.get("text").asText(), optional(row, "cue"),
                optional(row, "claim"), StanceLabel.valueOf(row.get("label").asText().toUpperCase(Locale.ROOT)),
                row.get("rule").asText());
    }

    private static String optional(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
