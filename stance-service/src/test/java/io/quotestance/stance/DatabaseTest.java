package io.quotestance.stance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quotestance.postgres.DatabaseCleaner;
import io.quotestance.postgres.PostgresTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.quotestance.stance.rest.InternalCredentialFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;

/**
 * Base of the service's tests: one PostgreSQL database for the whole run (declared once here, so that every test class
 * shares one Quarkus start), emptied before each test.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "prefix", value = "stance_test"))
abstract class DatabaseTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    /** The internal credential of the test configuration, which the gateway sends on every call. */
    static final String INTERNAL_TOKEN = "test-internal-token";

    @BeforeEach
    void callAsTheGateway() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader(InternalCredentialFilter.HEADER,
                INTERNAL_TOKEN).build();
    }

    @BeforeEach
    void startFromEmptyTables() {
        DatabaseCleaner.truncateAll(dataSource, "stance");
    }

    static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static ValidatableResponse put(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    static Map<String, Object> item(long quoteId, String text) {
        return Map.of("quoteId", quoteId, "text", text);
    }

    static Map<String, Object> item(long quoteId, String text, String cue) {
        return Map.of("quoteId", quoteId, "text", text, "cue", cue);
    }

    /** Sends the requests all at once and returns their answers in order. */
    static <T> List<T> concurrently(int requests, IntFunction<T> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<T>> answers = IntStream.range(0, requests).mapToObj(i -> pool.submit(() -> {
                start.await();
                return request.apply(i);
            })).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
