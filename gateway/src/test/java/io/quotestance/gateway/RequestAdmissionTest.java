package io.quotestance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.quotestance.gateway.Fixtures.json;
import static io.quotestance.gateway.Fixtures.labels;
import static io.quotestance.gateway.Fixtures.labelsFor;
import static io.quotestance.gateway.Fixtures.storedArticle;
import static io.quotestance.gateway.Fixtures.storedQuotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * One API request at a time, one more waiting at most for 1.5 s: a request in line is served once the one before
 * it ends, and the gateway answers 503 with Retry-After rather than queue without end or keep a client waiting long.
 */
@QuarkusTest
@TestProfile(RequestAdmissionTest.OneAtATime.class)
@WithTestResource(WireMockDownstreams.class)
class RequestAdmissionTest extends GatewayTestBase {

    public static class OneAtATime implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotestance.admission.max-in-flight", "1", "quotestance.admission.max-waiting", "1",
                    "quotestance.admission.max-wait", "1500ms");
        }
    }

    /** The origin the gateway's CORS settings allow by default: its own web UI's. */
    private static final String WEB_UI_ORIGIN = "http://localhost:8080";
    private static final long SLOW = 1;
    private static final long FAST = 2;
    private static final Duration SLOW_ANSWER = Duration.ofMillis(3_000);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void stubArticles() {
        stubArticle(SLOW, SLOW_ANSWER);
        stubArticle(FAST, Duration.ZERO);
    }

    private void stubArticle(long id, Duration delay) {
        var quotes = storedQuotes(id, id * 10, 2);
        this.quotes.stubFor(get("/articles/" + id).willReturn(okJson(json(storedArticle(id, quotes)))
                .withFixedDelay((int) delay.toMillis())));
        stance.stubFor(post("/labels/lookup").willReturn(okJson(json(labels(labelsFor(quotes, "deny"))))));
    }

    @AfterEach
    void nothingIsLeftHoldingATurn() throws Exception {
        Answer next = send("/api/articles/" + FAST).get(5, TimeUnit.SECONDS);
        assertThat(next.status()).isEqualTo(200);
    }

    @Test
    void aRequestBeyondTheLimitWaitsForTheOneBeforeItAndIsServed() throws Exception {
        stubArticle(SLOW, Duration.ofMillis(600));
        CompletableFuture<Answer> first = send("/api/articles/" + SLOW);
        Thread.sleep(200);
        Answer second = send("/api/articles/" + FAST).get(5, TimeUnit.SECONDS);

        assertThat(second.status()).isEqualTo(200);
        assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(second.endedAt()).isGreaterThanOrEqualTo(first.get().endedAt());
        assertThat(second.took()).isGreaterThan(Duration.ofMillis(250));
    }

    @Test
    void aWaitingRequestKeepsItsBody() throws Exception {
        stubArticle(SLOW, Duration.ofMillis(600));
        quotes.stubFor(post("/extract").willReturn(okJson("{\"quotes\": []}")));
        String text = "A long article. ".repeat(10_000);
        String body = "{\"text\": \"" + text + "\"}";
        CompletableFuture<Answer> first = send("/api/articles/" + SLOW);
        Thread.sleep(200);
        HttpResponse<String> analyzed = http.send(request("/api/analyze").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(analyzed.statusCode()).isEqualTo(200);
        assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        quotes.verify(postRequestedFor(urlEqualTo("/extract")).withRequestBody(equalToJson(body)));
    }

    @Test
    void aRequestWaitingLongerThanAllowedAnswers503WithRetryAfter() throws Exception {
        CompletableFuture<Answer> first = send("/api/articles/" + SLOW);
        Thread.sleep(200);
        Answer waited = send("/api/articles/" + FAST).get(5, TimeUnit.SECONDS);

        assertBusy(waited, "The API is busy; try again later.");
        assertThat(waited.took()).isBetween(Duration.ofMillis(1_400), SLOW_ANSWER.minusMillis(300));
        assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void aRequestFindingTheLineFullAnswers503AtOnce() throws Exception {
        LineFull line = fillTheLine();
        Answer third = send(request("/api/quotes").header("Origin", WEB_UI_ORIGIN).build()).get(5, TimeUnit.SECONDS);

        assertBusy(third, "Too many requests are waiting; try again later.");
        // A page of the web UI's origin may read the answer.
        assertThat(third.response().headers().firstValue("Access-Control-Allow-Origin")).hasValue(WEB_UI_ORIGIN);
        assertThat(metric("quotestance_admission_waiting")).isEqualTo(1);
        assertThat(metric("quotestance_admission_in_flight")).isEqualTo(1);
        assertThat(third.took()).isLessThan(Duration.ofMillis(1_000));
        assertThat(line.waiting().get(5, TimeUnit.SECONDS).status()).isEqualTo(503);
        assertThat(line.inFlight().get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(metric("quotestance_admission_turned_away_total{reason=\"line-full\"}")).isGreaterThanOrEqualTo(1);
        assertThat(metric("quotestance_admission_turned_away_total{reason=\"waited-too-long\"}"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void healthChecksTheWebUiAndCorsPreflightsDoNotWaitForTheApi() throws Exception {
        LineFull line = fillTheLine();

        for (String path : new String[] { "/q/health/ready", "/" }) {
            Answer answer = send(path).get(5, TimeUnit.SECONDS);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.took()).as(path).isLessThan(Duration.ofMillis(1_000));
        }
        Answer preflight = send(request("/api/articles").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", WEB_UI_ORIGIN).header("Access-Control-Request-Method", "POST").build())
                .get(5, TimeUnit.SECONDS);
        assertThat(preflight.response().headers().firstValue("Access-Control-Allow-Origin")).hasValue(WEB_UI_ORIGIN);
        assertThat(preflight.took()).isLessThan(Duration.ofMillis(1_000));
        line.waiting().get(5, TimeUnit.SECONDS);
        line.inFlight().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aClientThatHangsUpGivesBackItsTurn() throws Exception {
        try (Socket client = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = client.getOutputStream();
            out.write(("GET /api/articles/" + SLOW + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200);
        }
        Thread.sleep(100);
        Answer next = send("/api/articles/" + FAST).get(5, TimeUnit.SECONDS);

        assertThat(next.status()).isEqualTo(200);
    }

    /** The one request worked on (slow) and the one waiting behind it. */
    private record LineFull(CompletableFuture<Answer> inFlight, CompletableFuture<Answer> waiting) {
    }

    private LineFull fillTheLine() throws InterruptedException {
        CompletableFuture<Answer> inFlight = send("/api/articles/" + SLOW);
        Thread.sleep(200);
        CompletableFuture<Answer> waiting = send("/api/articles/" + FAST);
        Thread.sleep(100);
        return new LineFull(inFlight, waiting);
    }

    private void assertBusy(Answer answer, String detail) {
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.response().headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.response().body()).contains("\"status\":503", "\"title\":\"Service Unavailable\"",
                "\"detail\":\"" + detail + "\"");
    }

    /** A value of the gateway's Prometheus metrics, by its name and tags as exported. */
    private double metric(String nameAndTags) throws Exception {
        String metrics = send("/q/metrics").get(5, TimeUnit.SECONDS).response().body();
        return metrics.lines().filter(line -> line.startsWith(nameAndTags + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no metric " + nameAndTags));
    }

    private record Answer(HttpResponse<String> response, Duration took, long endedAt) {
        int status() {
            return response.statusCode();
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path));
    }

    private CompletableFuture<Answer> send(String path) {
        return send(request(path).build());
    }

    private CompletableFuture<Answer> send(HttpRequest request) {
        long sent = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    long ended = System.nanoTime();
                    return new Answer(response, Duration.ofNanos(ended - sent), ended);
                });
    }
}
