package io.quotestance.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Bad input derived from the gateway's own OpenAPI document rather than from hand-written lists: for every JSON request
 * body, each property of a wrong JSON type, each required property missing, an unknown property and enum values outside
 * the enum; for every bounded integer or enum query parameter, values outside it. Each is sent through the gateway to
 * the real services and must be a 4xx problem+json naming the field or parameter, leaking nothing, storing nothing.
 * A field the document adds is covered without touching this test.
 */
@QuarkusTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDrivenBadInputEndToEndTest {

    private static final int SAMPLES = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    // One arbitrary per JSON type, for values that must be refused where the schema wants another type.
    private static final Map<String, Arbitrary<Object>> WRONG_VALUES = Map.of(
            // Digits alone ("7") included: a number in quotes is not a number.
            "string", Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(30).map(Object.class::cast),
            "integer", Arbitraries.longs().map(Object.class::cast),
            "number", Arbitraries.doubles().between(-1e9, 1e9).filter(d -> d != Math.rint(d))
                    .map(Object.class::cast),
            "boolean", Arbitraries.of(true, false).map(Object.class::cast),
            "array", Arbitraries.strings().alpha().ofMaxLength(10).list().ofMaxSize(3).map(Object.class::cast),
            "object", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                    .map(text -> (Object) Map.of("value", text)),
            "null", Arbitraries.just(null));

    /** An operation taking a JSON body, its path with ids filled in, and its resolved body schema. */
    record BodyOperation(String method, String path, JsonNode schema) {

        Map<String, JsonNode> properties() {
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
            return properties;
        }

        Set<String> required() {
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            return required;
        }
    }

    /** A query parameter whose schema bounds it (integer with limits, or enum). */
    record QueryParameter(String path, String name, JsonNode schema) {
    }

    record BadRequest(String description, String method, String path, String body, String field) {
    }

    private JsonNode document;
    private final List<BodyOperation> bodies = new ArrayList<>();
    private final List<QueryParameter> parameters = new ArrayList<>();
    private long quoteId;

    @BeforeAll
    void cleanData() {
        E2e.cleanData();
    }

    // Once per class, but in @BeforeEach: Quarkus points RestAssured at the gateway's port only around each test.
    @BeforeEach
    void readTheApiDocument() throws JsonProcessingException {
        if (document != null) {
            return;
        }
        // A real quote, so that a wrongly accepted override would be stored and show in its history.
        quoteId = E2e.storeArticle(Map.of("text", "“Prices will fall next year,” economist Jan Kowal said."))
                .jsonPath().getLong("quotes[0].id");
        document = JSON.readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            // Every path parameter of the API is an id; the only body-taking one with an id is a quote's.
            String concrete = path.getKey().replaceAll("\\{[^}]+}", Long.toString(quoteId));
            JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                    .path("schema");
            if (!schema.isMissingNode()) {
                bodies.add(new BodyOperation(op.getKey().toUpperCase(), concrete, resolve(schema)));
            }
            for (JsonNode parameter : op.getValue().path("parameters")) {
                JsonNode parameterSchema = resolve(parameter.path("schema"));
                if ("query".equals(parameter.path("in").asText()) && (parameterSchema.has("enum")
                        || types(parameterSchema).contains("integer") && (parameterSchema.has("minimum")
                                || parameterSchema.has("maximum") || parameterSchema.has("exclusiveMinimum")))) {
                    parameters.add(new QueryParameter(concrete, parameter.path("name").asText(), parameterSchema));
                }
            }
        }));
        // Guards against a document this test no longer understands making every property below vacuous.
        assertThat(bodies).extracting(BodyOperation::path).contains("/api/articles", "/api/analyze", "/api/stance");
        assertThat(parameters).extracting(QueryParameter::name).contains("page", "size", "articleId", "stance");
    }

    @Test
    void everyBodyPropertyOfTheWrongJsonTypeIsRefusedNamingIt() {
        Arbitrary<BadRequest> requests = Arbitraries.of(bodyProperties()).flatMap(target -> {
            BodyOperation operation = target.getKey();
            String name = target.getValue();
            Set<String> allowed = types(operation.properties().get(name));
            List<Arbitrary<Object>> wrong = new ArrayList<>();
            WRONG_VALUES.forEach((type, values) -> {
                boolean fits = allowed.contains(type) || "integer".equals(type) && allowed.contains("number");
                // null is how JSON leaves an optional property out, so only required ones must refuse it.
                boolean nullAllowed = "null".equals(type) && !operation.required().contains(name);
                if (!fits && !nullAllowed) {
                    wrong.add(values);
                }
            });
            return Arbitraries.oneOf(wrong).map(value -> {
                Map<String, Object> body = validBody(operation);
                body.put(name, value);
                return bodyRequest(operation, name + " = " + json(value), body, name);
            });
        });
        assertAllRefused(requests);
    }

    @Test
    void everyRequiredBodyPropertyMissingIsRefusedNamingIt() {
        List<Map.Entry<BodyOperation, String>> required = bodyProperties().stream()
                .filter(target -> target.getKey().required().contains(target.getValue())).toList();
        assertThat(required).isNotEmpty();
        Arbitrary<BadRequest> requests = Arbitraries.of(required).flatMap(target -> {
            BodyOperation operation = target.getKey();
            List<String> optional = operation.properties().keySet().stream()
                    .filter(name -> !operation.required().contains(name) && example(operation, name) != null).toList();
            // The other properties, in any combination, so that only the missing one can be the fault.
            return Arbitraries.subsetOf(optional).map(present -> {
                Map<String, Object> body = validBody(operation);
                body.remove(target.getValue());
                present.forEach(name -> body.put(name, example(operation, name)));
                return bodyRequest(operation, "without " + target.getValue() + " " + json(body), body,
                        target.getValue());
            });
        });
        assertAllRefused(requests);
    }

    @Test
    void anUnknownBodyPropertyIsRefusedNamingIt() {
        Arbitrary<BadRequest> requests = Arbitraries.of(bodies).flatMap(operation -> Arbitraries.strings().alpha()
                .ofMinLength(1).ofMaxLength(20).filter(name -> !operation.properties().containsKey(name))
                .flatMap(extra -> Arbitraries.oneOf(WRONG_VALUES.values()).map(value -> {
                    Map<String, Object> body = validBody(operation);
                    body.put(extra, value);
                    return bodyRequest(operation, "extra " + extra, body, extra);
                })));
        assertAllRefused(requests);
    }

    @Test
    void bodyEnumValuesOutsideTheEnumAreRefusedNamingTheProperty() {
        List<Map.Entry<BodyOperation, String>> enums = bodyProperties().stream()
                .filter(target -> target.getKey().properties().get(target.getValue()).has("enum")).toList();
        assertThat(enums).isNotEmpty();
        Arbitrary<BadRequest> requests = Arbitraries.of(enums).flatMap(target -> {
            BodyOperation operation = target.getKey();
            String name = target.getValue();
            return outside(operation.properties().get(name)).map(value -> {
                Map<String, Object> body = validBody(operation);
                body.put(name, value);
                return bodyRequest(operation, name + " = " + json(value), body, name);
            });
        });
        assertAllRefused(requests);
    }

    @Test
    void queryParametersOutsideTheirSchemaAreRefusedNamingThem() {
        Arbitrary<BadRequest> requests = Arbitraries.of(parameters).flatMap(parameter -> {
            Arbitrary<String> values = parameter.schema().has("enum") ? outside(parameter.schema())
                    : Arbitraries.oneOf(outOfRange(parameter.schema()), notWholeNumbers());
            return values.map(value -> {
                String path = parameter.path() + "?" + parameter.name() + "=" + encode(value);
                return new BadRequest(parameter.name() + " = " + value, "GET", path, null, parameter.name());
            });
        });
        assertAllRefused(requests);
    }

    private List<Map.Entry<BodyOperation, String>> bodyProperties() {
        List<Map.Entry<BodyOperation, String>> targets = new ArrayList<>();
        bodies.forEach(operation -> operation.properties().keySet()
                .forEach(name -> targets.add(Map.entry(operation, name))));
        return targets;
    }

    // Strings an enum does not hold: random words, and its own values in another case or with spaces around.
    private static Arbitrary<String> outside(JsonNode schema) {
        Set<String> allowed = new TreeSet<>();
        schema.path("enum").forEach(value -> allowed.add(value.asText()));
        Arbitrary<String> near = Arbitraries.of(allowed).flatMap(value -> Arbitraries.of(value.toUpperCase(),
                " " + value, value + " ", value.substring(0, 1).toUpperCase() + value.substring(1), value + value,
                value + "," + value));
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), near)
                .filter(value -> !allowed.contains(value));
    }

    // Whole numbers below the minimum (or at an exclusive one), above the maximum, or beyond the schema's format.
    private static Arbitrary<String> outOfRange(JsonNode schema) {
        List<Arbitrary<String>> values = new ArrayList<>();
        if (schema.has("minimum")) {
            values.add(Arbitraries.longs().lessOrEqual(schema.get("minimum").asLong() - 1).map(String::valueOf));
        }
        if (schema.has("exclusiveMinimum")) {
            values.add(Arbitraries.longs().lessOrEqual(schema.get("exclusiveMinimum").asLong()).map(String::valueOf));
        }
        if (schema.has("maximum")) {
            values.add(Arbitraries.longs().greaterOrEqual(schema.get("maximum").asLong() + 1).map(String::valueOf));
        }
        long largest = "int32".equals(schema.path("format").asText()) ? Integer.MAX_VALUE : Long.MAX_VALUE;
        values.add(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10)
                .map(digits -> Long.toString(largest) + digits));
        return Arbitraries.oneOf(values);
    }

    private static Arbitrary<String> notWholeNumbers() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.doubles().between(-1e6, 1e6).filter(d -> d != Math.rint(d)).map(String::valueOf),
                Arbitraries.of("1e3", "0x10", "NaN", "Infinity", "--1", "1_000", "1,5", "1;DROP", "true", "null"));
    }

    // The required properties with the document's examples: valid, so that the one change made is the only fault.
    private Map<String, Object> validBody(BodyOperation operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        operation.required().forEach(name -> body.put(name, example(operation, name)));
        return body;
    }

    private Object example(BodyOperation operation, String name) {
        JsonNode property = operation.properties().get(name);
        JsonNode example = property.has("examples") ? property.get("examples").get(0)
                : property.has("example") ? property.get("example") : resolve(property).path("examples").path(0);
        return example.isMissingNode() ? null : JSON.convertValue(example, Object.class);
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }

    // A property's JSON types: its own "type" (a name or, in OpenAPI 3.1, a list), else its referenced schema's.
    private Set<String> types(JsonNode property) {
        JsonNode type = property.has("type") ? property.get("type") : resolve(property).path("type");
        Set<String> types = new TreeSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (!type.isMissingNode()) {
            types.add(type.asText());
        }
        return types;
    }

    private static BadRequest bodyRequest(BodyOperation operation, String description, Map<String, Object> body,
            String field) {
        return new BadRequest(description, operation.method(), operation.path(), json(body), field);
    }

    private void assertAllRefused(Arbitrary<BadRequest> requests) {
        String before = storedState();
        List<String> failures = new ArrayList<>();
        requests.sampleStream().limit(SAMPLES).forEach(request -> {
            try {
                assertRefused(request);
            } catch (AssertionError failure) {
                failures.add(failure.getMessage());
            }
        });
        assertThat(failures).isEmpty();
        assertThat(storedState()).as("articles stored and the quote's stance history").isEqualTo(before);
    }

    private static void assertRefused(BadRequest request) {
        RequestSpecification spec = given().urlEncodingEnabled(false).auth().oauth2(E2e.TOKEN);
        if (request.body() != null) {
            spec = spec.contentType("application/json").body(request.body().getBytes(StandardCharsets.UTF_8));
        }
        Response response = spec.request(request.method(), request.path());
        String what = request.method() + " " + request.path() + " (" + request.description() + ") answered "
                + response.statusCode() + " " + response.asString();
        assertThat(response.statusCode()).as(what).isBetween(400, 499);
        // Violation fields echo the request's own names (a generated one may well contain "sql"): not checked here.
        E2e.assertCleanProblem(response, what, response.jsonPath().getList("violations.message"));
        assertThat(response.jsonPath().getList("violations.field", String.class)).as(what).contains(request.field());
    }

    // What a wrongly accepted request would change: the article total and the stored quote's stance history.
    private String storedState() {
        long articles = given().get("/api/articles").then().statusCode(200).extract().jsonPath().getLong("total");
        String history = given().get("/api/quotes/{id}/stance", quoteId).then().statusCode(200).extract().asString();
        return articles + " " + history;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
