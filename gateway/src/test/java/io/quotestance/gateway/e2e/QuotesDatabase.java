package io.quotestance.gateway.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads quotes-service's tables straight from PostgreSQL (not through the link), to see what a request cut short or a
 * stopped service left behind.
 */
final class QuotesDatabase {

    private QuotesDatabase() {
    }

    /** Every stored article's id with the number of its stored quotes. */
    static Map<Long, Integer> quoteCountByArticle() {
        Map<Long, Integer> counts = new TreeMap<>();
        query("SELECT a.id, count(q.id) FROM quotes.article a LEFT JOIN quotes.quote q ON q.article_id = a.id"
                + " GROUP BY a.id", row -> counts.put(row.getLong(1), row.getInt(2)));
        return counts;
    }

    /** Rows of quotes and speakers, whatever article they belong to. */
    static long quotesAndSpeakers() {
        long[] total = new long[1];
        query("SELECT (SELECT count(*) FROM quotes.quote) + (SELECT count(*) FROM quotes.speaker)",
                row -> total[0] = row.getLong(1));
        return total[0];
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(String sql, RowReader reader) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("e2e.quotes.jdbc-url", String.class),
                config.getValue("e2e.db.user", String.class),
                config.getOptionalValue("e2e.db.password", String.class).orElse(""));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read quotes-service's database", e);
        }
    }
}
