package io.quotestance.postgres;

import java.nio.file.Path;

/**
 * Runs an embedded PostgreSQL until the process is stopped, for the run script on a machine without a server.
 * Arguments: port, data directory, then the names of the databases to create.
 */
public final class DevPostgres {

    private DevPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: DevPostgres <port> <data-directory> [database ...]");
            System.exit(2);
        }
        PostgresServer server = PostgresServer.startEmbedded(Integer.parseInt(args[0]), Path.of(args[1]));
        for (int i = 2; i < args.length; i++) {
            server.createDatabaseIfMissing(args[i]);
        }
        System.out.println("embedded PostgreSQL ready on port " + args[0]);
        Thread.currentThread().join();
    }
}
