package io.quotestance.quotes;

import io.quarkus.test.common.QuarkusTestResource;
import io.quotestance.postgres.PostgresTestResource;

/**
 * Gives the test application a fresh PostgreSQL database. Declared once, unrestricted, so that every test class
 * shares one database and one Quarkus start.
 */
@QuarkusTestResource(PostgresTestResource.class)
public final class PostgresTestDatabase {

    private PostgresTestDatabase() {
    }
}
