package io.quotestance.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Empties every table of a schema but Flyway's history, so that each test class starts on clean data. */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    public static void truncateAll(DataSource dataSource, String schema) {
        try (Connection connection = dataSource.getConnection()) {
            truncateAll(connection, schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty schema " + schema, e);
        }
    }

    /** The same for a database that another process uses, reached by its JDBC URL. */
    public static void truncateAll(String jdbcUrl, String user, String password, String schema) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            truncateAll(connection, schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty schema " + schema, e);
        }
    }

    private static void truncateAll(Connection connection, String schema) {
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename)"
                    + " FROM pg_tables WHERE schemaname = '" + schema.replace("'", "''") + "'"
                    + " AND tablename <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            // Ids keep counting, as in production, where none is used twice: the gateway caches stances by quote id.
            if (!tables.isEmpty()) {
                statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty schema " + schema, e);
        }
    }
}
