package io.quotestance.gateway.e2e;

import static io.restassured.RestAssured.given;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * quotes-service is stopped (SIGTERM, as Kubernetes and Ctrl-C stop it) while it is storing an article: the request
 * in flight finishes, the client gets its 201, the article is kept with every quote, and the process then exits
 * within its shutdown timeout. The store is held at its first quote insert, by the link to the database, until the
 * service says it is waiting for it, so that the stop surely lands in the middle of the request.
 */
@QuarkusTest
@WithTestResource(value = RunningServices.class, initArgs = {
        @ResourceArg(name = RunningServices.DATABASES_ARGUMENT, value = "linked"),
        @ResourceArg(name = RunningServices.STANCE_ARGUMENT, value = "down"),
        @ResourceArg(name = RunningServices.ISOLATED_ARGUMENT, value = "graceful-shutdown") })
class GracefulShutdownEndToEndTest {

    /** quarkus.shutdown.timeout of the services. */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);
    private static final int QUOTES = 24;
    /** What Quarkus logs when it is asked to stop with requests in flight. */
    private static final String WAITING = "Waiting for HTTP requests to complete";

    /** Injected by the test resource. */
    RunningServices services;

    @Test
    void aStoreInFlightWhenQuotesServiceIsStoppedFinishesAndIsKept() throws Exception {
        String text = ManyQuotesArticle.text("harbour bridge", QUOTES);
        DatabaseLink database = services.databaseLink("quotes-service");
        Process quotesService = services.process("quotes-service");
        Path log = RunningServices.log("quotes-service");

        database.holdAt(ManyQuotesArticle.QUOTE_INSERT);
        CompletableFuture<Response> store = CompletableFuture.supplyAsync(() -> given().auth().oauth2(E2e.TOKEN)
                .contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/articles"));
        try {
            assertThat(database.awaitCaught(Duration.ofSeconds(10))).as(() -> "the store reached its quote inserts; "
                    + (store.isDone() ? "it answered " + store.join().asString() : "it is still running")).isTrue();

            long stopping = System.nanoTime();
            quotesService.destroy();
            await().atMost(Duration.ofSeconds(10)).until(() -> !quotesService.isAlive() || read(log).contains(WAITING));
            assertThat(quotesService.isAlive()).as("the service waits for the request in flight").isTrue();
            database.release();

            Response stored = store.get(15, SECONDS);
            assertThat(stored.statusCode()).as(stored.asString()).isEqualTo(201);
            assertThat(stored.jsonPath().getList("quotes")).hasSize(QUOTES);

            Duration left = SHUTDOWN_TIMEOUT.minusNanos(System.nanoTime() - stopping);
            assertThat(quotesService.waitFor(left.toMillis(), MILLISECONDS))
                    .as("quotes-service exits within its shutdown timeout").isTrue();
            assertThat(read(log)).contains("All HTTP requests complete");
            assertThat(QuotesDatabase.quoteCountByArticle())
                    .containsExactly(entry(stored.jsonPath().getLong("id"), QUOTES));
        } finally {
            database.release();
        }
    }

    private static String read(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }
}
