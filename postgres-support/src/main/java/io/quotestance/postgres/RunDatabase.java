package io.quotestance.postgres;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The run script's database step. {@code local db...} creates the databases on the server at 127.0.0.1:5432;
 * {@code embedded <port> <data-directory> db...} starts an embedded server, creates them and runs until stopped.
 */
public final class RunDatabase {

    private RunDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length >= 1 && args[0].equals("local")) {
            createAll(PostgresServer.local(), Arrays.asList(args).subList(1, args.length));
            return;
        }
        if (args.length >= 3 && args[0].equals("embedded")) {
            PostgresServer server = PostgresServer.startEmbedded(Integer.parseInt(args[1]), Path.of(args[2]));
            createAll(server, Arrays.asList(args).subList(3, args.length));
            System.out.println("embedded PostgreSQL ready on port " + args[1]);
            Thread.currentThread().join();
            return;
        }
        System.err.println("usage: RunDatabase local <database>... | embedded <port> <data-directory> <database>...");
        System.exit(2);
    }

    private static void createAll(PostgresServer server, List<String> databases) {
        databases.forEach(server::createDatabaseIfMissing);
    }
}
