package io.quotestance.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated bad input against the gateway in front of the real services: every request is answered 4xx
 * problem+json naming the field where there is one, never 5xx, never with a stack trace, SQL or a class name, and
 * nothing is stored. jqwik generates the cases ({@link Arbitrary#sampleStream()}); each test sends a few dozen.
 */
@QuarkusTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputEndToEndTest {

    private static final int SAMPLES = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRITES = List.of("/api/articles", "/api/analyze", "/api/stance");
    @BeforeAll
    void cleanData() {
        E2e.cleanData();
    }

    /** A request, what it should be refused for, and the field the problem must name (null: no field to name). */
    record BadRequest(String description, String method, String path, String contentType, byte[] body, String field,
            Set<Integer> statuses) {

        static BadRequest json(String description, String path, String body, String field) {
            return new BadRequest(description, "POST", path, "application/json",
                    body.getBytes(StandardCharsets.UTF_8), field, Set.of(400));
        }
    }

    @Test
    void malformedJsonIsRefused() {
        Arbitrary<BadRequest> truncated = Combinators.combine(Arbitraries.of(WRITES), sentences())
                .flatAs((path, text) -> {
                    String valid = json(Map.of("text", text));
                    return Arbitraries.integers().between(1, valid.length() - 1)
                            .map(cut -> BadRequest.json("cut at " + cut, path, valid.substring(0, cut), null));
                });
        Arbitrary<BadRequest> broken = Combinators.combine(Arbitraries.of(WRITES), sentences(),
                Arbitraries.of("{", "}", "[", "]", ",", "'", "=", "\\x", "NaN", "undefined", "/*c*/"))
                .as((path, text, junk) -> BadRequest.json("with " + junk, path,
                        "{\"text\" " + junk + " \"" + text + "\"}", null));
        Arbitrary<BadRequest> trailing = Combinators.combine(Arbitraries.of(WRITES), sentences(),
                Arbitraries.of("}", "{}", "x", "[1]", "\"more\"", ",{}"))
                .as((path, text, junk) -> BadRequest.json("trailing " + junk, path,
                        json(Map.of("text", text)) + junk, null));
        assertAllRefused(Arbitraries.oneOf(truncated, broken, trailing));
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNamingTheField() {
        Arbitrary<Object> notText = Arbitraries.oneOf(Arbitraries.integers().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast), Arbitraries.of(true, false).map(Object.class::cast),
                sentences().list().ofMaxSize(3).map(Object.class::cast),
                sentences().map(text -> (Object) Map.of("text", text)));
        Arbitrary<BadRequest> wrongText = Combinators.combine(Arbitraries.of(WRITES), notText)
                .as((path, value) -> BadRequest.json("text " + value, path, json(Map.of("text", value)), "text"));
        Arbitrary<BadRequest> wrongLabelField = Combinators.combine(Arbitraries.of("title", "outlet"), notText)
                .as((field, value) -> articleWith(field, value));
        Arbitrary<BadRequest> wrongLinkOrDate = Combinators.combine(Arbitraries.of("url", "publishedAt"),
                Arbitraries.oneOf(notText, Arbitraries.of("yesterday", "2024-13-45", "javascript:alert(1)",
                        "data:text/html,x", "ftp://example.org/a").map(Object.class::cast)))
                .as((field, value) -> articleWith(field, value));
        assertAllRefused(Arbitraries.oneOf(wrongText, wrongLabelField, wrongLinkOrDate));
    }

    @Test
    void missingAndUnknownFieldsAreRefusedNamingTheField() {
        Arbitrary<BadRequest> missing = Combinators.combine(Arbitraries.of("/api/articles"),
                Arbitraries.of("title", "outlet", "url"), sentences())
                .as((path, field, value) -> BadRequest.json("only " + field, path,
                        json(Map.of(field, "url".equals(field) ? "https://example.org/a" : value)), "text"));
        Arbitrary<BadRequest> unknown = Combinators.combine(Arbitraries.of(WRITES),
                letters(20)
                        .filter(name -> !Set.of("text", "title", "outlet", "url", "publishedAt", "claim").contains(name)),
                sentences())
                .as((path, extra, text) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("text", "“" + text + ",” she said.");
                    body.put(extra, 1);
                    return BadRequest.json("extra " + extra, path, json(body), extra);
                });
        assertAllRefused(Arbitraries.oneOf(missing, unknown));
    }

    @Test
    void blankInvisibleAndControlCharacterTextIsRefusedNamingTheField() {
        Arbitrary<String> invisible = Arbitraries.of(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\u200b',
                '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff').list().ofMaxSize(40)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
        Arbitrary<String> withControl = Combinators.combine(sentences(), Arbitraries.chars()
                .filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'),
                Arbitraries.integers().between(0, 100))
                .as((text, control, at) -> {
                    int cut = Math.min(at, text.length());
                    return text.substring(0, cut) + control + text.substring(cut);
                });
        Arbitrary<BadRequest> badText = Combinators.combine(Arbitraries.of(WRITES),
                Arbitraries.oneOf(invisible, withControl))
                .as((path, text) -> BadRequest.json("text " + escape(text), path, json(Map.of("text", text)), "text"));
        Arbitrary<BadRequest> badTitle = withControl.map(title -> BadRequest.json("title " + escape(title),
                "/api/articles", json(Map.of("text", "“It rains,” she said.", "title", title)), "title"));
        Arbitrary<BadRequest> loneSurrogate = Combinators.combine(Arbitraries.of(WRITES),
                Arbitraries.of("\\ud800", "\\udbff", "\\udc00", "\\udfff", "a\\ud83d b")).as((path, half) ->
                        BadRequest.json("surrogate " + half, path, "{\"text\": \"It rains " + half + "\"}", "text"));
        assertAllRefused(Arbitraries.oneOf(badText, badTitle, loneSurrogate));
    }

    @Test
    void invalidUtf8IsRefused() {
        Arbitrary<byte[]> invalid = Arbitraries.of(new byte[] { (byte) 0xc3, 0x28 }, new byte[] { (byte) 0xff },
                new byte[] { (byte) 0xfe, (byte) 0xfe }, new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 },
                new byte[] { (byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 },
                new byte[] { (byte) 0xe2, (byte) 0x82 }, new byte[] { (byte) 0xc0, (byte) 0xaf });
        Arbitrary<BadRequest> requests = Combinators.combine(Arbitraries.of(WRITES), sentences(), invalid)
                .as((path, text, bytes) -> {
                    ByteArrayOutputStream body = new ByteArrayOutputStream();
                    body.writeBytes("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(bytes);
                    body.writeBytes(" said.\"}".getBytes(StandardCharsets.UTF_8));
                    return new BadRequest("invalid UTF-8", "POST", path, "application/json", body.toByteArray(),
                            null, Set.of(400));
                });
        assertAllRefused(requests);
    }

    @Test
    void textOverTheLimitIs413NamingTheField() {
        String tooLong = "a".repeat(200_001);
        for (String path : WRITES) {
            assertRefused(new BadRequest("200,001 characters", "POST", path, "application/json",
                    json(Map.of("text", tooLong)).getBytes(StandardCharsets.UTF_8), "text", Set.of(413)));
        }
    }

    @Test
    void pagesOutOfRangeAreRefusedNamingTheParameter() {
        Arbitrary<String> badNumber = Arbitraries.oneOf(
                Arbitraries.integers().lessOrEqual(-1).map(String::valueOf),
                Arbitraries.longs().greaterOrEqual(2_147_483_648L).map(String::valueOf),
                Arbitraries.of("abc", "1.5", "1e3", "0x10", "9".repeat(40), "1e400", "NaN", "--1", "1;DROP"));
        Arbitrary<BadRequest> badPage = Combinators.combine(Arbitraries.of("/api/articles", "/api/quotes",
                "/api/speakers"), Arbitraries.of("page", "size"), badNumber)
                .as((path, parameter, value) -> get(path + "?" + parameter + "=" + encode(value), parameter));
        Arbitrary<BadRequest> hugeSize = Combinators.combine(Arbitraries.of("/api/articles", "/api/quotes",
                "/api/speakers"), Arbitraries.integers().between(101, Integer.MAX_VALUE))
                .as((path, size) -> get(path + "?size=" + size, "size"));
        Arbitrary<BadRequest> farPage = Arbitraries.integers().between(1_000_001, Integer.MAX_VALUE)
                .map(page -> get("/api/quotes?page=" + page, "page"));
        assertAllRefused(Arbitraries.oneOf(badPage, hugeSize, farPage));
    }

    @Test
    void unknownEnumsAreRefusedNamingTheField() {
        Arbitrary<String> notALabel = Arbitraries.oneOf(letters(12),
                Arbitraries.of("CONFIRM", "Deny", "confirm ", "agree", "null", "1", "confirm,deny", "' OR 1=1 --"))
                .filter(value -> !Set.of("confirm", "deny", "uncertain", "concern").contains(value));
        Arbitrary<BadRequest> filter = notALabel.map(value -> get("/api/quotes?stance=" + encode(value), "stance"));
        Arbitrary<BadRequest> override = notALabel.map(value -> new BadRequest("label " + value, "PUT",
                "/api/quotes/1/stance", "application/json",
                json(Map.of("label", value)).getBytes(StandardCharsets.UTF_8), "label", Set.of(400)));
        assertAllRefused(Arbitraries.oneOf(filter, override));
    }

    @Test
    void malformedIdsInPathsAreRefused() {
        Arbitrary<String> badId = Arbitraries.oneOf(
                Arbitraries.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..%5C..%5Cwindows", "1%2F..%2F2", "1;DROP%20TABLE%20quote",
                        "1%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "0", "-1", "1.0", "0x1",
                        "99999999999999999999", "%00", "1%0A2", "NaN"),
                Arbitraries.longs().lessOrEqual(0).map(String::valueOf),
                letters(10));
        Arbitrary<BadRequest> requests = Combinators.combine(
                Arbitraries.of("/api/articles/", "/api/quotes/", "/api/speakers/"), badId)
                .as((path, id) -> new BadRequest(path + id, "GET", path + id, null, null, null, Set.of(400, 404)));
        assertAllRefused(requests);
    }

    @Test
    void wrongMediaTypesAre415() {
        Arbitrary<BadRequest> requests = Combinators.combine(Arbitraries.of(WRITES),
                Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "text/html",
                        "text/csv", "application/yaml", "application/octet-stream"), sentences())
                .as((path, type, text) -> new BadRequest(type, "POST", path, type,
                        json(Map.of("text", text)).getBytes(StandardCharsets.UTF_8), null, Set.of(415)));
        assertAllRefused(requests);
    }

    @Test
    void injectionStringsInFiltersAreSearchedAsPlainText() {
        long articles = articleTotal();
        Arbitrary<String> injections = Arbitraries.of("' OR '1'='1", "'; DROP TABLE quotes.quote; --",
                "\" OR \"\"=\"", "1 UNION SELECT password FROM pg_shadow", "%' AND 1=1 --", "_%", "\\",
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7}", "{{7*7}}", "../../etc/passwd");
        Arbitrary<String> query = Combinators.combine(Arbitraries.of("q", "speaker"), injections)
                .as((parameter, value) -> "/api/quotes?" + parameter + "=" + encode(value));
        for (String path : query.sampleStream().limit(SAMPLES).toList()) {
            Response response = given().urlEncodingEnabled(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.jsonPath().getList("items")).as(path).isEmpty();
        }
        for (String value : injections.sampleStream().limit(SAMPLES).toList()) {
            Response response = given().queryParam("q", value).get("/api/speakers");
            assertThat(response.statusCode()).as(value).isEqualTo(200);
        }
        assertThat(articleTotal()).isEqualTo(articles);
    }

    @Test
    void emojiAndRightToLeftTextBeforeAQuoteKeepItsOffsetsRight() {
        String text = "🎉🚀 Le pont est ouvert 🌉. שלום עולם. مرحبا بالعالم. 𝒜𝒷𝒸 "
                + "“We finally have our bridge 🌉 back,” mayor Ana Lopes said on Tuesday. 😀 "
                + "Transport chief Ivo Rask said that the trams 🚋 would run again in May.";
        Response stored = E2e.storeArticle(Map.of("text", text));

        List<Map<String, Object>> quotes = stored.jsonPath().getList("quotes");
        assertThat(quotes).isNotEmpty();
        for (Map<String, Object> quote : quotes) {
            int start = (Integer) quote.get("start");
            int end = (Integer) quote.get("end");
            assertThat(text.substring(start, end)).isEqualTo(quote.get("text"));
        }
        int afterNonBmp = text.indexOf("𝒜𝒷𝒸") + "𝒜𝒷𝒸".length();
        assertThat(quotes).allSatisfy(quote -> assertThat((Integer) quote.get("start")).isGreaterThan(afterNonBmp));
        assertThat(quotes).anySatisfy(quote -> assertThat((String) quote.get("text")).containsAnyOf("🌉", "🚋"));
        long id = stored.jsonPath().getLong("id");
        assertThat(given().get("/api/articles/{id}", id).jsonPath().getList("quotes.start"))
                .isEqualTo(stored.jsonPath().getList("quotes.start"));
    }

    private void assertAllRefused(Arbitrary<BadRequest> requests) {
        long articles = articleTotal();
        List<String> failures = new ArrayList<>();
        requests.sampleStream().limit(SAMPLES).forEach(request -> {
            try {
                assertRefused(request);
            } catch (AssertionError failure) {
                failures.add(failure.getMessage());
            }
        });
        assertThat(failures).isEmpty();
        assertThat(articleTotal()).as("articles stored").isEqualTo(articles);
    }

    private static void assertRefused(BadRequest request) {
        RequestSpecification spec = given().urlEncodingEnabled(false).auth().oauth2(E2e.TOKEN);
        if (request.contentType() != null) {
            spec = spec.contentType(request.contentType());
        }
        if (request.body() != null && !request.contentType().startsWith("application/json")) {
            spec = spec.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                    .encodeContentTypeAs(request.contentType(), ContentType.TEXT)))
                    .body(new String(request.body(), StandardCharsets.UTF_8));
        } else if (request.body() != null) {
            spec = spec.body(request.body());
        }
        Response response = spec.request(request.method(), request.path());
        String what = request.method() + " " + request.path() + " (" + request.description() + ") answered "
                + response.statusCode() + " " + response.asString();
        assertThat(request.statuses()).as(what).contains(response.statusCode());
        E2e.assertCleanProblem(response, what, response.jsonPath().getList("violations"));
        if (request.field() != null) {
            assertThat(response.jsonPath().getList("violations.field", String.class)).as(what)
                    .contains(request.field());
        }
    }

    /** Letters, as many as {@code maxLength}, that no problem echoing them would show as a leak. */
    private static Arbitrary<String> letters(int maxLength) {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(maxLength)
                .filter(letters -> !E2e.wouldLookLikeALeak(letters));
    }

    private static BadRequest articleWith(String field, Object value) {
        return BadRequest.json(field + " " + value, "/api/articles",
                json(Map.of("text", "“It rains,” she said.", field, value)), field);
    }

    private static BadRequest get(String path, String field) {
        return new BadRequest(path, "GET", path, null, null, field, Set.of(400));
    }

    private static long articleTotal() {
        return given().get("/api/articles").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static Arbitrary<String> sentences() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', '.', ',').ofMinLength(1).ofMaxLength(60)
                .filter(text -> !text.isBlank());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(c < 0x20 || c > 0x7e ? "\\u%04x".formatted(c) : (char) c));
        return shown.toString();
    }
}
