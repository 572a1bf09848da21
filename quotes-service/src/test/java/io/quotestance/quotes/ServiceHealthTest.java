package io.quotestance.quotes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The service starts on a migrated schema that Hibernate validates, reports its health and describes its API. */
@QuarkusTest
class ServiceHealthTest extends DatabaseTest {

    @Test
    void flywayAppliedTheMigrationInTheQuotesSchema() {
        assertThat(queryLong("SELECT count(*) FROM quotes.flyway_schema_history WHERE version = '1' AND success"))
                .isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).isEqualTo(1);
    }

    // Flyway refuses to start on a database whose applied migration no longer matches its file: a released migration
    // is never edited, not even its comments. A new migration adds its own line here.
    @Test
    void releasedMigrationsKeepTheirChecksums() {
        assertThat(checksumOf("1")).isEqualTo(-1667322759L);
        assertThat(checksumOf("2")).isEqualTo(-175385071L);
        assertThat(checksumOf("3")).isEqualTo(290531684L);
        assertThat(checksumOf("4")).isEqualTo(-1164599370L);
        assertThat(checksumOf("5")).isEqualTo(-1476918371L);
        assertThat(checksumOf("6")).isEqualTo(734416498L);
        assertThat(checksumOf("7")).isEqualTo(2043929923L);
        assertThat(checksumOf("8")).isEqualTo(2146206628L);
        assertThat(checksumOf("9")).isEqualTo(-1443687012L);
        assertThat(checksumOf("10")).isEqualTo(-352747900L);
        assertThat(checksumOf("11")).isEqualTo(1392758213L);
    }

    // Every search through a GIN index reads its whole pending list: a list of the default 4 MB, filled by a few
    // hundred stored articles, made text searches twice as slow (V10). An index added later needs the same limit.
    @Test
    void everyGinIndexOfQuotesKeepsAShortPendingList() {
        String ginIndexesOfQuotes = " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " JOIN pg_am a ON a.oid = c.relam"
                + " WHERE i.indrelid = 'quotes.quote'::regclass AND a.amname = 'gin'";
        assertThat(queryLong("SELECT count(*)" + ginIndexesOfQuotes)).isEqualTo(10);
        assertThat(queryLong("SELECT count(*)" + ginIndexesOfQuotes
                + " AND 'gin_pending_list_limit=64' = ANY (coalesce(c.reloptions, '{}'))")).isEqualTo(10);
    }

    private long checksumOf(String version) {
        return queryLong("SELECT checksum FROM quotes.flyway_schema_history WHERE version = '" + version + "'");
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/articles'.post", notNullValue())
                .body("paths.'/articles/{id}'.get", notNullValue())
                .body("paths.'/quotes'.get", notNullValue())
                .body("paths.'/quotes/stance-labels'.put", notNullValue())
                .body("paths.'/quotes/unlabelled'.get", notNullValue())
                .body("paths.'/speakers'.get", notNullValue())
                .body("paths.'/extract'.post", notNullValue());
    }

    @Test
    void extractionAnswersQuotesAndStoresNothing() {
        given().contentType(ContentType.JSON).body(Map.of("text", "“We will win,” coach Maria Lopez said.")).post("/extract")
                .then().statusCode(200)
                .body("quotes", hasSize(greaterThanOrEqualTo(1)))
                .body("quotes[0].text", containsString("We will win"));
        assertThat(queryLong("SELECT count(*) FROM quotes.article")).isZero();
    }

    @Test
    void extractedQuotesHaveExactlyTheDocumentedFields() {
        io.restassured.path.json.JsonPath body = given().contentType(ContentType.JSON)
                .body(Map.of("text", "“We will win,” coach Maria Lopez said.")).post("/extract")
                .then().statusCode(200).extract().jsonPath();
        assertThat(body.getMap("quotes[0]").keySet())
                .containsExactlyInAnyOrder("text", "type", "cue", "start", "end", "speaker");
        assertThat(body.getMap("quotes[0].speaker").keySet())
                .containsExactlyInAnyOrder("name", "mention", "kind", "role", "affiliation");
    }

    @Test
    void enumsAreWrittenInLowerCase() {
        String body = given().contentType(ContentType.JSON).body(Map.of("text", "“We will win,” coach Maria Lopez said."))
                .post("/extract").then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("\"DIRECT\"", "\"PERSON\"", "\"UNNAMED\"", "\"ORGANIZATION\"");
    }
}
