package io.quotestance.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Both downstream services refuse connections: reads and writes are 503 at once, the gateway itself stays healthy. */
@QuarkusTest
@TestProfile(DownstreamsDownTest.NothingListening.class)
class DownstreamsDownTest {

    public static class NothingListening implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String closed = "http://127.0.0.1:" + freePort();
            return Map.of("quotes.service.url", closed, "stance.service.url", closed);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aRefusedQuotesServiceIs503WithRetryAfterWithinThreeSeconds() {
        long started = System.nanoTime();
        given().when().get("/api/quotes").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("title", equalTo("Service Unavailable"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void sixtyFourConcurrentClientsAllGet503WithRetryAfterWithinThreeSeconds() throws Exception {
        given().when().get("/api/quotes").then().statusCode(503); // the gateway is warm; quotes-service went down
        ExecutorService clientThreads = Executors.newFixedThreadPool(8);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads).build();
        List<CompletableFuture<Duration>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port
                    + (i % 2 == 0 ? "/api/quotes" : "/api/articles/" + (i + 1)));
            long sent = System.nanoTime();
            answers.add(http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> {
                        assertThat(response.statusCode()).isEqualTo(503);
                        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
                        assertThat(response.headers().firstValue("Content-Type"))
                                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                        return Duration.ofNanos(System.nanoTime() - sent);
                    }));
        }
        try {
            for (CompletableFuture<Duration> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isLessThan(Duration.ofSeconds(3));
            }
        } finally {
            clientThreads.shutdownNow();
        }
        // The gateway still has threads to answer with.
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void writesAreAlso503WhenQuotesServiceIsDown() {
        given().auth().oauth2(GatewayTestBase.ALICE).contentType(ContentType.JSON).body("{\"text\": \"a text\"}")
                .when().post("/api/articles").then()
                .statusCode(503)
                .header("Retry-After", "5");
    }

    @Test
    void healthIsUpWhileTheDownstreamServicesAreDown() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
