package io.quotestance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Only a caller with the gateway's internal credential gets an answer; probes and scrapers under /q do not need it. */
@QuarkusTest
class InternalCredentialTest extends DatabaseTest {

    private static final String HEADER = "X-Internal-Token";

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRequestWithoutTheCredentialIsRefusedWith401Problem() throws Exception {
        HttpResponse<String> response = send(apiCall());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain(INTERNAL_TOKEN);
    }

    @Test
    void aRequestWithAWrongCredentialIsRefusedWith401() throws Exception {
        assertThat(send(apiCall().header(HEADER, INTERNAL_TOKEN + "x")).statusCode()).isEqualTo(401);
        assertThat(send(apiCall().header(HEADER, "")).statusCode()).isEqualTo(401);
        assertThat(send(apiCall().header(HEADER, INTERNAL_TOKEN.substring(1))).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestWithTheCredentialIsServed() throws Exception {
        assertThat(send(apiCall().header(HEADER, INTERNAL_TOKEN)).statusCode()).isEqualTo(200);
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() throws Exception {
        for (String open : new String[] { "q/health/live", "q/health/ready", "q/metrics", "q/openapi" }) {
            assertThat(send(HttpRequest.newBuilder(base.resolve(open))).statusCode()).as(open).isEqualTo(200);
        }
    }

    private HttpRequest.Builder apiCall() {
        return HttpRequest.newBuilder(base.resolve("classify")).header("Content-Type", "application/json")
                .method("POST", HttpRequest.BodyPublishers.ofString("{\"text\":\"It is happening.\"}"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
