package io.quotestance.quotes;

import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.quotes.service.ArticleService;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ArticleIngestionTest extends DatabaseTest {

    static final String SHORT_ARTICLE = "“We will win,” coach Maria Lopez said.";

    static Response post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/articles");
    }

    static String seedArticle() {
        try (InputStream in = ArticleIngestionTest.class.getResourceAsStream("/samples/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void newArticleIsStoredWithItsMetadataQuotesAndSpeakers() {
        Response response = post(Map.of("text", SHORT_ARTICLE, "url", "https://news.example/1", "title", "Final",
                "outlet", "Example News", "publishedAt", "2024-10-18T09:30:00Z"));

        response.then().statusCode(201)
                .header("Location", endsWith("/articles/" + response.jsonPath().getLong("id")))
                .body("url", equalTo("https://news.example/1"))
                .body("title", equalTo("Final"))
                .body("outlet", equalTo("Example News"))
                .body("publishedAt", equalTo("2024-10-18T09:30:00Z"))
                .body("contentHash", equalTo(ArticleService.contentHash(SHORT_ARTICLE)))
                .body("quotes", hasSize(greaterThanOrEqualTo(1)));
        JsonPath body = response.jsonPath();
        assertThat(body.getString("createdAt")).isNotBlank();
        assertThat(body.getString("quotes[0].speaker.kind")).isIn("person", "organization", "unnamed");
        assertThat(body.getString("quotes[0].type")).isIn("direct", "indirect", "mixed");
        assertThat(body.getLong("quotes[0].articleId")).isEqualTo(body.getLong("id"));
        assertThat(body.<Object>get("quotes[0].stanceLabel")).isNull();

        int quotes = body.getList("quotes").size();
        assertThat(queryLong("SELECT count(*) FROM quotes.article")).isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM quotes.quote")).isEqualTo(quotes);
        assertThat(queryLong("SELECT count(*) FROM quotes.speaker")).isBetween(1L, (long) quotes);
    }

    @Test
    void sameTextTwiceAnswers200WithTheStoredArticleAndIgnoresNewMetadata() {
        long id = post(Map.of("text", SHORT_ARTICLE, "title", "First")).then().statusCode(201).extract().jsonPath().getLong("id");

        post(Map.of("text", SHORT_ARTICLE, "title", "Second"))
                .then().statusCode(200)
                .header("Location", org.hamcrest.Matchers.nullValue())
                .body("id", equalTo((int) id))
                .body("title", equalTo("First"));
        assertThat(queryLong("SELECT count(*) FROM quotes.article")).isEqualTo(1);
    }

    @Test
    void textsDifferingOnlyInSurroundingWhitespaceAreOneArticle() {
        long id = post(Map.of("text", SHORT_ARTICLE)).then().statusCode(201).extract().jsonPath().getLong("id");

        post(Map.of("text", "\n  " + SHORT_ARTICLE + "  \n")).then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void repeatedIngestionDoesNotDuplicateQuotesOrSpeakers() {
        post(Map.of("text", SHORT_ARTICLE)).then().statusCode(201);
        long quotes = queryLong("SELECT count(*) FROM quotes.quote");
        long speakers = queryLong("SELECT count(*) FROM quotes.speaker");

        post(Map.of("text", SHORT_ARTICLE)).then().statusCode(200);

        assertThat(queryLong("SELECT count(*) FROM quotes.quote")).isEqualTo(quotes);
        assertThat(queryLong("SELECT count(*) FROM quotes.speaker")).isEqualTo(speakers);
    }

    @Test
    void sixteenConcurrentIdenticalPostsStoreExactlyOneArticle() throws Exception {
        String text = "“The talks failed,” negotiator Ana Ruiz said. " + System.nanoTime();
        int requests = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            Callable<Response> call = () -> {
                start.await();
                return post(Map.of("text", text));
            };
            List<Future<Response>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (Future<Response> future : futures) {
                Response response = future.get();
                statuses.add(response.statusCode());
                ids.add(response.jsonPath().getLong("id"));
            }

            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(ids).hasSize(1);
            assertThat(queryLong("SELECT count(*) FROM quotes.article")).isEqualTo(1);
            assertThat(queryLong("SELECT count(DISTINCT article_id) FROM quotes.quote")).isLessThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void quoteOffsetsPointAtTheQuoteTextInTheArticle() {
        String article = seedArticle();
        JsonPath body = post(Map.of("text", article)).then().statusCode(201).extract().jsonPath();

        List<Map<String, Object>> quotes = body.getList("quotes");
        assertThat(quotes).isNotEmpty();
        for (Map<String, Object> quote : quotes) {
            int start = (Integer) quote.get("start");
            int end = (Integer) quote.get("end");
            assertThat(article.substring(start, end)).isEqualTo(quote.get("text"));
        }
    }

    @Test
    void storedArticleIsReadBackWithTheSameQuotes() {
        JsonPath created = post(Map.of("text", SHORT_ARTICLE)).then().statusCode(201).extract().jsonPath();

        JsonPath read = given().get("/articles/{id}", created.getLong("id")).then().statusCode(200).extract().jsonPath();

        assertThat(read.getList("quotes.id")).isEqualTo(created.getList("quotes.id"));
        assertThat(read.getList("quotes.text")).isEqualTo(created.getList("quotes.text"));
        assertThat(read.getString("contentHash")).isEqualTo(created.getString("contentHash"));
    }

    @Test
    void publishedAtWithAnOffsetIsAnsweredInUtc() {
        post(Map.of("text", SHORT_ARTICLE, "publishedAt", "2024-10-18T11:30:00+02:00"))
                .then().statusCode(201).body("publishedAt", equalTo("2024-10-18T09:30:00Z"));
    }

    @Test
    void contentHashIsTheSha256OfTheTrimmedText() {
        assertThat(ArticleService.contentHash("  abc \n"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void articleListIsNewestFirstWithQuoteCountsAndTotal() {
        long first = post(Map.of("text", SHORT_ARTICLE)).then().statusCode(201).extract().jsonPath().getLong("id");
        long second = post(Map.of("text", "No one said anything today.")).then().statusCode(201).extract().jsonPath().getLong("id");
        long quotesOfFirst = queryLong("SELECT count(*) FROM quotes.quote WHERE article_id = " + first);

        given().get("/articles").then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", org.hamcrest.Matchers.contains((int) second, (int) first))
                .body("items[1].quoteCount", equalTo((int) quotesOfFirst));
    }

    @Test
    void articleListPagesAndReportsTheTotal() {
        for (int i = 0; i < 3; i++) {
            post(Map.of("text", "Article number " + i + " has no quotes.")).then().statusCode(201);
        }

        given().queryParam("page", 1).queryParam("size", 2).get("/articles").then().statusCode(200)
                .body("items", hasSize(1))
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2));
    }
}
