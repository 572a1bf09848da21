package io.quotestance.quotes;

import io.agroal.api.AgroalDataSource;
import io.quotestance.postgres.DatabaseCleaner;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Base of the tests: each test starts on empty tables and may look at the rows directly. */
public abstract class DatabaseTest {

    @Inject
    protected AgroalDataSource dataSource;

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
