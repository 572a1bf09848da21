package io.quotestance.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a Quarkus test run a database of its own on {@link PostgresServer#shared()}, dropped when the run ends.
 * The database name starts with the {@code prefix} argument ({@code qs_test} unless given).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String prefix = "qs_test";
    private String jdbcUrl;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("prefix", prefix);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.shared();
        jdbcUrl = server.createDatabase(prefix);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (jdbcUrl != null) {
            PostgresServer.shared().dropDatabase(jdbcUrl);
        }
    }
}
