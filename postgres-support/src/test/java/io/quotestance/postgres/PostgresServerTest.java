package io.quotestance.postgres;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerTest {

    private final PostgresServer server = PostgresServer.shared();

    @Test
    void createsAnEmptyDatabaseThatAcceptsConnectionsAndDropsIt() throws SQLException {
        String url = server.createDatabase("qs_support");
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe (id int)");
            assertThat(statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                    .next()).isTrue();
        }
        server.dropDatabase(url);
        assertThatThrownBy(() -> DriverManager.getConnection(url, server.user(), server.password()).close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void givesEveryCallerADatabaseOfItsOwn() {
        String first = server.createDatabase("qs_support");
        String second = server.createDatabase("qs_support");
        try {
            assertThat(first).isNotEqualTo(second);
        } finally {
            server.dropDatabase(first);
            server.dropDatabase(second);
        }
    }

    @Test
    void refusesDatabaseNamesThatCouldInjectSql() {
        assertThatThrownBy(() -> server.createDatabaseIfMissing("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void creatingAnExistingDatabaseIsHarmless() {
        String name = "qs_support_twice";
        String url = server.createDatabaseIfMissing(name);
        try {
            assertThat(server.createDatabaseIfMissing(name)).isEqualTo(url);
        } finally {
            server.dropDatabase(url);
        }
    }
}
