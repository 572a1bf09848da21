package io.quotestance.stance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OperationsTest extends DatabaseTest {

    @Test
    void readinessChecksTheDatabase() {
        JsonPath health = get("/q/health/ready").then().statusCode(200).extract().jsonPath();

        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getList("checks.name", String.class))
                .anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        assertThat(openApi.getMap("paths")).containsKeys("/classify", "/classify/batch", "/labels", "/labels/lookup",
                "/labels/{quoteId}");
        assertThat(openApi.getMap("paths.'/labels/{quoteId}'")).containsKeys("get", "put");
    }

    // Flyway refuses to start on a database whose applied migration no longer matches its file: a released migration
    // is never edited, not even its comments. A new migration adds its own line here.
    @Test
    void releasedMigrationsKeepTheirChecksums() throws SQLException {
        assertThat(checksumOf("1")).isEqualTo(1126639394);
        assertThat(checksumOf("2")).isEqualTo(-1426209929);
    }

    private int checksumOf(String version) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT checksum FROM stance.flyway_schema_history WHERE version = ?")) {
            statement.setString(1, version);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("migration %s applied", version).isTrue();
                return rows.getInt(1);
            }
        }
    }
}
