package io.quotestance.quotes;

import io.agroal.api.AgroalDataSource;
import io.quotestance.postgres.DatabaseCleaner;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.quotestance.quotes.rest.InternalCredentialFilter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Base of the tests: each test starts on empty tables and may look at the rows directly. */
public abstract class DatabaseTest {

    @Inject
    protected AgroalDataSource dataSource;

    /** The internal credential of the test configuration, which the gateway sends on every call. */
    static final String INTERNAL_TOKEN = "test-internal-token";

    @BeforeEach
    void callAsTheGateway() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader(InternalCredentialFilter.HEADER,
                INTERNAL_TOKEN).build();
    }

    @BeforeEach
    void startOnEmptyTables() {
        DatabaseCleaner.truncateAll(dataSource, "quotes");
    }

    /** The first column of the first row, as a number. */
    protected long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
