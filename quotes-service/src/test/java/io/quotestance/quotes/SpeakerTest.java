package io.quotestance.quotes;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.quotes.service.ArticleWriter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.quotestance.quotes.Fixtures.organization;
import static io.quotestance.quotes.Fixtures.person;
import static io.quotestance.quotes.Fixtures.quote;
import static io.quotestance.quotes.Fixtures.unnamed;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Speakers shared across articles, completed by later articles, listed and searched. */
@QuarkusTest
class SpeakerTest extends DatabaseTest {

    @Inject
    ArticleWriter writer;

    private long storeQuote(String text, String quoted, io.quotestance.quotes.extraction.ExtractedSpeaker speaker) {
        return Fixtures.store(writer, text, quote(text, quoted, speaker));
    }

    @Test
    void articlesNamingTheSamePersonShareOneSpeaker() {
        storeQuote("“We stand firm,” Mark Rutte said.", "We stand firm", person("Mark Rutte", null, null));
        storeQuote("“We will help,” MARK  RUTTE said.", "We will help", person("MARK  RUTTE", null, null));

        assertThat(queryLong("SELECT count(*) FROM quotes.speaker")).isEqualTo(1);
        assertThat(queryLong("SELECT count(DISTINCT speaker_id) FROM quotes.quote")).isEqualTo(1);
        given().get("/speakers").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Mark Rutte"))
                .body("items[0].quoteCount", equalTo(2));
    }

    @Test
    void laterArticlesFillAnEmptyRoleAndAddAliases() {
        storeQuote("“We stand firm,” Rutte said.", "We stand firm", person("Mark Rutte", null, null, "Rutte"));
        storeQuote("“We will help,” the NATO chief said.", "We will help",
                person("Mark Rutte", "secretary general", "NATO", "the NATO chief"));
        storeQuote("“Again,” Mark Rutte said.", "Again", person("Mark Rutte", "prime minister", "Netherlands", "Rutte"));

        given().get("/speakers").then().statusCode(200)
                .body("items[0].role", equalTo("secretary general"))
                .body("items[0].affiliation", equalTo("NATO"))
                .body("items[0].aliases", contains("Rutte", "the NATO chief"));
    }

    @Test
    void aPersonAndAnOrganizationOfTheSameNameAreDifferentSpeakers() {
        storeQuote("“Yes,” Jordan said.", "Yes", person("Jordan", null, null));
        storeQuote("“No,” Jordan said.", "No", organization("Jordan"));

        assertThat(queryLong("SELECT count(*) FROM quotes.speaker")).isEqualTo(2);
    }

    @Test
    void unnamedSourcesBelongToTheirArticle() {
        storeQuote("“Soon,” an official said.", "Soon", unnamed("an official"));
        storeQuote("“Later,” an official said.", "Later", unnamed("an official"));

        assertThat(queryLong("SELECT count(*) FROM quotes.speaker WHERE kind = 'unnamed'")).isEqualTo(2);
        given().get("/speakers").then().statusCode(200)
                .body("items.name", contains(null, null))
                .body("items[0].kind", equalTo("unnamed"))
                .body("items[0].aliases", contains("an official"));
    }

    @Test
    void speakerSearchMatchesPartOfANameOrAliasIgnoringCase() {
        storeQuote("“A,” Mark Rutte said.", "A", person("Mark Rutte", null, null, "Rutte"));
        storeQuote("“B,” the NIS said.", "B", organization("National Intelligence Service", "NIS"));
        storeQuote("“C,” Ana Ruiz said.", "C", person("Ana Ruiz", null, null));

        given().get("/speakers?q=RUT").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("Mark Rutte"));
        given().get("/speakers?q=nis").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("National Intelligence Service"));
        given().queryParam("q", "%").get("/speakers").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void speakerListIsOrderedByNameAndPaged() {
        storeQuote("“C,” Cy said.", "C", person("Cy", null, null));
        storeQuote("“A,” Al said.", "A", person("Al", null, null));
        storeQuote("“B,” Bo said.", "B", person("Bo", null, null));

        given().get("/speakers?size=2").then().statusCode(200)
                .body("items.name", contains("Al", "Bo")).body("total", equalTo(3));
        given().get("/speakers?size=2&page=1").then().statusCode(200)
                .body("items.name", contains("Cy")).body("total", equalTo(3));
    }

    @Test
    void speakerIsReadByIdWithItsCounts() {
        storeQuote("“A,” Ana Ruiz said.", "A", person("Ana Ruiz", "mayor", "Lima"));
        long id = queryLong("SELECT id FROM quotes.speaker");

        given().get("/speakers/{id}", id).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("name", equalTo("Ana Ruiz"))
                .body("kind", equalTo("person"))
                .body("role", equalTo("mayor"))
                .body("quoteCount", equalTo(1))
                .body("stanceSummary.confirm", equalTo(0));
    }

    @Test
    void twoIngestedArticlesQuotingTheSameNamedPersonShareTheSpeaker() {
        JsonPath first = given().contentType(ContentType.JSON)
                .body(Map.of("text", "“We will win,” coach Maria Lopez said.")).post("/articles")
                .then().statusCode(201).extract().jsonPath();
        JsonPath second = given().contentType(ContentType.JSON)
                .body(Map.of("text", "“We will fight,” coach Maria Lopez said on Sunday.")).post("/articles")
                .then().statusCode(201).extract().jsonPath();

        assertThat(first.getList("quotes")).isNotEmpty();
        assertThat(second.getList("quotes")).isNotEmpty();
        assertThat(first.getString("quotes[0].speaker.name")).isEqualTo(second.getString("quotes[0].speaker.name"));
        assertThat(first.getLong("quotes[0].speaker.id")).isEqualTo(second.getLong("quotes[0].speaker.id"));
        given().get("/speakers/{id}", first.getLong("quotes[0].speaker.id")).then().statusCode(200)
                .body("quoteCount", equalTo(2));
    }

    @Test
    void speakerListOfAnEmptyStoreIsAnEmptyPage() {
        given().get("/speakers").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }
}
