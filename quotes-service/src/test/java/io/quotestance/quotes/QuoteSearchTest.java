package io.quotestance.quotes;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.quotes.service.ArticleWriter;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.quotestance.quotes.Fixtures.organization;
import static io.quotestance.quotes.Fixtures.person;
import static io.quotestance.quotes.Fixtures.quote;
import static io.quotestance.quotes.Fixtures.unnamed;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The quote filters, alone and combined, on articles stored with known attributions. */
@QuarkusTest
class QuoteSearchTest extends DatabaseTest {

    static final String FIRST = "“Troops have arrived,” Mark Rutte said. “We are worried about 100% of it,” NATO said."
            + " “Nothing is confirmed_yet,” an official said.";
    static final String SECOND = "“Rutte is right about the troops,” Jens Stoltenberg said. “The troops are here,” mark rutte said.";

    @Inject
    ArticleWriter writer;

    long firstArticle;
    long secondArticle;

    @BeforeEach
    void storeTwoArticles() {
        firstArticle = Fixtures.store(writer, FIRST,
                quote(FIRST, "Troops have arrived", person("Mark Rutte", "secretary general", "NATO", "Rutte")),
                quote(FIRST, "We are worried about 100% of it", organization("NATO", "North Atlantic Treaty Organization")),
                quote(FIRST, "Nothing is confirmed_yet", unnamed("an official")));
        secondArticle = Fixtures.store(writer, SECOND,
                quote(SECOND, "Rutte is right about the troops", person("Jens Stoltenberg", null, null)),
                quote(SECOND, "The troops are here", person("mark rutte", null, null)));
    }

    private static List<String> texts(String query) {
        return given().get("/quotes" + (query.isEmpty() ? "" : "?" + query))
                .then().statusCode(200).extract().jsonPath().getList("items.text");
    }

    private static List<String> textsContaining(String fragment) {
        return given().queryParam("q", fragment).get("/quotes")
                .then().statusCode(200).extract().jsonPath().getList("items.text");
    }

    private long speakerIdOf(String quoteText) {
        return queryLong("SELECT speaker_id FROM quotes.quote WHERE text = '" + quoteText + "'");
    }

    @Test
    void withoutFiltersTheNewestQuotesComeFirst() {
        assertThat(texts("")).containsExactly("The troops are here", "Rutte is right about the troops",
                "Nothing is confirmed_yet", "We are worried about 100% of it", "Troops have arrived");
    }

    @Test
    void storedQuoteCarriesItsSpeakerAndOffsets() {
        JsonPath quote = given().get("/quotes?q=arrived").then().statusCode(200).extract().jsonPath();
        assertThat(quote.getString("items[0].speaker.name")).isEqualTo("Mark Rutte");
        assertThat(quote.getString("items[0].speaker.kind")).isEqualTo("person");
        assertThat(quote.getString("items[0].speaker.role")).isEqualTo("secretary general");
        assertThat(quote.getString("items[0].speaker.mention")).isEqualTo("Mark Rutte");
        assertThat(quote.getString("items[0].type")).isEqualTo("direct");
        assertThat(quote.getLong("items[0].articleId")).isEqualTo(firstArticle);
        assertThat(FIRST.substring(quote.getInt("items[0].start"), quote.getInt("items[0].end")))
                .isEqualTo("Troops have arrived");
    }

    @Test
    void quoteIsReadById() {
        long id = given().get("/quotes?q=arrived").then().extract().jsonPath().getLong("items[0].id");

        given().get("/quotes/{id}", id).then().statusCode(200)
                .body("text", equalTo("Troops have arrived"))
                .body("speaker.name", equalTo("Mark Rutte"));
    }

    @Test
    void speakerIdFilterFindsTheSpeakersQuotesOfAllArticles() {
        assertThat(texts("speaker=" + speakerIdOf("Troops have arrived")))
                .containsExactly("The troops are here", "Troops have arrived");
    }

    @Test
    void speakerNameFilterIgnoresCase() {
        assertThat(texts("speaker=MARK rutte")).containsExactly("The troops are here", "Troops have arrived");
    }

    @Test
    void speakerFilterMatchesAnAlias() {
        assertThat(texts("speaker=North Atlantic Treaty Organization")).containsExactly("We are worried about 100% of it");
        assertThat(texts("speaker=rutte")).containsExactly("The troops are here", "Troops have arrived");
    }

    @Test
    void unknownSpeakerNameOrIdFindsNothing() {
        given().get("/quotes?speaker=Nobody").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().get("/quotes?speaker=424242").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void articleIdFilterKeepsOneArticleInTextOrder() {
        assertThat(texts("articleId=" + secondArticle))
                .containsExactly("Rutte is right about the troops", "The troops are here");
    }

    @Test
    void textSearchIsACaseInsensitiveSubstring() {
        assertThat(texts("q=TROOPS")).containsExactly("The troops are here", "Rutte is right about the troops",
                "Troops have arrived");
        assertThat(texts("q=roop")).hasSize(3);
    }

    @Test
    void textSearchTreatsPercentLiterally() {
        assertThat(textsContaining("%")).containsExactly("We are worried about 100% of it");
        assertThat(textsContaining("0% of")).containsExactly("We are worried about 100% of it");
    }

    @Test
    void textSearchTreatsUnderscoreLiterally() {
        assertThat(textsContaining("_")).containsExactly("Nothing is confirmed_yet");
    }

    @Test
    void oneSpeakersTextSearchIsTheSameCaseInsensitiveLiteralSubstring() {
        assertThat(textsOfContaining("nato", "0% OF")).containsExactly("We are worried about 100% of it");
        assertThat(textsOfContaining("nato", "%")).containsExactly("We are worried about 100% of it");
        assertThat(textsOfContaining("rutte", "ROOP")).containsExactly("The troops are here", "Troops have arrived");
        assertThat(textsOfContaining("rutte", "_")).isEmpty();
        assertThat(textsOfContaining("rutte", "t_oops")).isEmpty();
        assertThat(textsOfContaining("an official", "d_y")).containsExactly("Nothing is confirmed_yet");
    }

    private static List<String> textsOfContaining(String speaker, String fragment) {
        return given().queryParam("speaker", speaker).queryParam("q", fragment).get("/quotes")
                .then().statusCode(200).extract().jsonPath().getList("items.text");
    }

    @Test
    void filtersCombine() {
        assertThat(texts("speaker=Mark Rutte&articleId=" + secondArticle)).containsExactly("The troops are here");
        assertThat(texts("speaker=rutte&q=arrived")).containsExactly("Troops have arrived");
        assertThat(texts("articleId=" + firstArticle + "&q=troops")).containsExactly("Troops have arrived");
        assertThat(texts("speaker=Jens Stoltenberg&articleId=" + firstArticle)).isEmpty();
    }

    @Test
    void pagingSplitsResultsAndKeepsTheTotal() {
        given().get("/quotes?size=2&page=0").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(5)).body("page", equalTo(0)).body("size", equalTo(2));
        given().get("/quotes?size=2&page=2").then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(5));
        given().get("/quotes?size=2&page=3").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(5));
    }

    @Test
    void pagesDeeperThanTheFirstTenThousandMatchesAreRefusedNamingThePage() {
        given().get("/quotes?size=100&page=99").then().statusCode(200);
        given().get("/quotes?size=100&page=100").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("page"));
    }

    @Test
    void countingStopsAHundredMatchesPastThePageAndSaysTheTotalIsALowerBound() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO quotes.quote (article_id, speaker_id, position, text, type, start_offset,"
                    + " end_offset) SELECT " + firstArticle + ", speaker_id, 10 + i, 'generated', 'direct', 0, 9"
                    + " FROM quotes.quote, generate_series(1, 300) i WHERE text = 'Troops have arrived'");
        }
        given().get("/quotes?size=20").then().statusCode(200)
                .body("total", equalTo(121)).body("totalExact", equalTo(false));
        given().get("/quotes?size=100&page=2").then().statusCode(200)
                .body("total", equalTo(305)).body("totalExact", equalTo(true));
    }

    @Test
    void totalCountsFilteredQuotes() {
        given().get("/quotes?speaker=rutte&size=1").then().statusCode(200).body("items", hasSize(1))
                .body("total", equalTo(2)).body("totalExact", equalTo(true));
    }

    @Test
    void aTextSearchCountsOnlyFarEnoughToTellWhetherAnotherPageFollows() {
        given().get("/quotes?q=troops&size=1").then().statusCode(200).body("items", hasSize(1))
                .body("total", equalTo(2)).body("totalExact", equalTo(false));
        given().get("/quotes?q=troops&size=3").then().statusCode(200).body("items", hasSize(3))
                .body("total", equalTo(3)).body("totalExact", equalTo(true));
        given().get("/quotes?q=troops&size=2&page=5").then().statusCode(200).body("items", hasSize(0))
                .body("total", equalTo(3)).body("totalExact", equalTo(true));
    }

    @Test
    void defaultPageSizeIs20AndMaximumIs100() {
        given().get("/quotes").then().statusCode(200).body("size", equalTo(20));
        given().get("/quotes?size=100").then().statusCode(200).body("size", equalTo(100));
    }
}
