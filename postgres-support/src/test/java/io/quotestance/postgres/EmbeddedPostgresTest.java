package io.quotestance.postgres;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The fallback a machine with only a JDK relies on: it must really start and serve SQL. */
class EmbeddedPostgresTest {

    @Test
    void startsAnEmbeddedServerThatServesSql() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer embedded = PostgresServer.startEmbedded(port, null);
        assertThat(embedded.isEmbedded()).isTrue();
        assertThat(PostgresServer.answers("localhost", port)).isTrue();
        String url = embedded.createDatabase("qs_embedded");
        try (Connection connection = DriverManager.getConnection(url, embedded.user(), embedded.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_setting('server_version_num')::int")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(130000);
        }
    }
}
