package io.quotestance.gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed article through the gateway and the real services: the six required gold quotes, right. */
@QuarkusTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEndToEndTest {

    private String seedText;
    private List<JsonNode> requiredGold;
    private JsonPath stored;

    /** Once per class; in a @BeforeEach because REST Assured learns the test port only then. */
    @BeforeEach
    void storeTheSeed() throws IOException {
        if (stored != null) {
            return;
        }
        E2e.cleanData();
        seedText = resource("samples/seed-article.txt");
        requiredGold = new ArrayList<>();
        new ObjectMapper().readTree(resource("samples/seed-gold.json")).get("quotes").forEach(quote -> {
            if (quote.get("required").asBoolean()) {
                requiredGold.add(quote);
            }
        });
        stored = E2e.storeArticle(Map.of("text", seedText, "title", "Seed")).jsonPath();
    }

    @Test
    void storedSeedHasEveryRequiredQuoteWithItsSpeakerRoleAndLabel() {
        assertRequiredQuotesFound(stored.getList("quotes"), true);
    }

    @Test
    void analyzingTheSeedFindsTheSameRequiredQuotesWithoutStoringAnything() {
        int articlesBefore = given().get("/api/articles").then().statusCode(200).extract().path("total");
        JsonPath analyzed = given().contentType(ContentType.JSON).body(Map.of("text", seedText))
                .post("/api/analyze").then().statusCode(200).extract().jsonPath();
        assertThat((Object) analyzed.get("id")).isNull();
        assertRequiredQuotesFound(analyzed.getList("quotes"), false);
        int articlesAfter = given().get("/api/articles").then().statusCode(200).extract().path("total");
        assertThat(articlesAfter).isEqualTo(articlesBefore);
    }

    @Test
    void storedSeedReadsBackWithTheSameQuotesAndSummary() {
        long id = stored.getLong("id");
        JsonPath read = given().get("/api/articles/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(read.getList("quotes.text")).isEqualTo(stored.getList("quotes.text"));
        assertThat(read.getMap("stanceSummary")).isEqualTo(stored.getMap("stanceSummary"));
        assertThat(read.getBoolean("degraded")).isFalse();
        assertRequiredQuotesFound(read.getList("quotes"), true);
    }

    @Test
    void everyQuoteOffsetPointsAtItsTextInTheArticle() {
        for (Map<String, Object> quote : stored.<Map<String, Object>>getList("quotes")) {
            int start = (Integer) quote.get("start");
            int end = (Integer) quote.get("end");
            assertThat(seedText.substring(start, end)).isEqualTo(quote.get("text"));
        }
    }

    @Test
    void stanceSummaryCountsTheLabelsOfTheQuotes() {
        Map<String, Integer> summary = stored.getMap("stanceSummary");
        List<String> labels = stored.getList("quotes.stance.label");
        for (String label : List.of("confirm", "deny", "uncertain", "concern")) {
            assertThat(summary.get(label)).as(label).isEqualTo((int) labels.stream().filter(label::equals).count());
        }
    }

    private void assertRequiredQuotesFound(List<Map<String, Object>> quotes, boolean withIds) {
        for (JsonNode gold : requiredGold) {
            String goldText = normalise(gold.get("text").asText());
            Map<String, Object> found = quotes.stream()
                    .filter(quote -> normalise((String) quote.get("text")).equals(goldText))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("missing required quote: " + goldText));
            String described = "quote \"" + goldText + "\"";
            @SuppressWarnings("unchecked")
            Map<String, Object> speaker = (Map<String, Object>) found.get("speaker");
            @SuppressWarnings("unchecked")
            Map<String, Object> stance = (Map<String, Object>) found.get("stance");
            JsonNode goldSpeaker = gold.get("speaker");
            assertThat(found.get("type")).as(described).isEqualTo(gold.get("type").asText());
            assertThat(found.get("cue")).as(described).isEqualTo(gold.get("cue").asText());
            assertThat(speaker.get("kind")).as(described).isEqualTo(goldSpeaker.get("kind").asText());
            assertThat(speaker.get("name")).as(described)
                    .isEqualTo(goldSpeaker.get("name").isNull() ? null : goldSpeaker.get("name").asText());
            for (String field : List.of("role", "affiliation")) {
                if (goldSpeaker.hasNonNull(field)) {
                    assertThat(normalise((String) speaker.get(field))).as(described + " " + field)
                            .isEqualTo(normalise(goldSpeaker.get(field).asText()));
                }
            }
            assertThat(stance).as(described + " stance").isNotNull();
            assertThat(stance.get("label")).as(described).isEqualTo(gold.get("stance").asText());
            assertThat(stance.get("source")).isEqualTo("auto");
            assertThat((List<?>) stance.get("evidence")).as(described + " evidence").isNotEmpty();
            if (withIds) {
                assertThat(found.get("id")).as(described).isNotNull();
                assertThat(speaker.get("id")).as(described).isNotNull();
            }
        }
    }

    /** The gold keeps trailing punctuation inside the marks that the engine may leave out, and ’ for '. */
    private static String normalise(String text) {
        return text == null ? null : text.replace('’', '\'').replaceAll("[\\s,.]+$", "").trim();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedEndToEndTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
