package io.quotestance.gateway.e2e;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quotestance.postgres.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real quotes-service and stance-service, as packaged by the build before the gateway, each as its own
 * process on its own fresh database, so that the gateway's end-to-end tests cross real HTTP to real PostgreSQL.
 */
public class RunningServices implements QuarkusTestResourceLifecycleManager {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    private final List<Process> processes = new ArrayList<>();
    private final List<String> databases = new ArrayList<>();

    /**
     * With the argument {@code stance=down}, stance-service is not started and its URL leads nowhere; with
     * {@code stance=late} its URL leads nowhere until the test calls {@link #startStanceService()}.
     */
    public static final String STANCE_ARGUMENT = "stance";

    /** The shared secret all three services are started with, as run.sh and Kubernetes do. */
    public static final String INTERNAL_TOKEN = "e2e-internal-token";

    /** With {@code databases=linked}, each service reaches its database through a {@link DatabaseLink}. */
    public static final String DATABASES_ARGUMENT = "databases";

    /** With {@code reconcile-every=<duration>}, the gateway's reconciliation job runs on that schedule. */
    public static final String RECONCILE_EVERY_ARGUMENT = "reconcile-every";

    /**
     * Test classes with the same arguments share one gateway and one set of processes. A class that stops or breaks a
     * service passes {@code isolated=<its name>} to get processes of its own.
     */
    public static final String ISOLATED_ARGUMENT = "isolated";

    private String stanceMode;
    private String reconcileEvery;
    private int stancePort;
    private boolean databasesLinked;
    private final Map<String, DatabaseLink> databaseLinks = new HashMap<>();
    private final Map<String, Process> processByModule = new HashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        stanceMode = initArgs.getOrDefault(STANCE_ARGUMENT, "up");
        databasesLinked = "linked".equals(initArgs.get(DATABASES_ARGUMENT));
        reconcileEvery = initArgs.get(RECONCILE_EVERY_ARGUMENT);
    }

    @Override
    public Map<String, String> start() {
        String quotesUrl = startService("quotes-service", "qs_e2e_quotes", freePort());
        stancePort = freePort();
        String stanceUrl = "up".equals(stanceMode) ? startService("stance-service", "qs_e2e_stance", stancePort)
                : "http://localhost:" + stancePort;
        PostgresServer postgres = PostgresServer.shared();
        Map<String, String> config = new HashMap<>(Map.of("quotes.service.url", quotesUrl,
                "stance.service.url", stanceUrl, "e2e.quotes.jdbc-url", databases.get(0),
                "e2e.db.user", postgres.user(), "e2e.db.password", postgres.password(),
                "quotestance.internal.token", INTERNAL_TOKEN));
        if ("up".equals(stanceMode)) {
            config.put("e2e.stance.jdbc-url", databases.get(1));
        }
        if (reconcileEvery != null) {
            config.put("quotestance.reconciliation.every", reconcileEvery);
        }
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(RunningServices.class));
    }

    /** Starts stance-service at the URL the gateway was given (for {@code stance=late}). */
    public void startStanceService() {
        startService("stance-service", "qs_e2e_stance", stancePort);
    }

    /** The link between the service ({@code quotes-service}, {@code stance-service}) and its database. */
    DatabaseLink databaseLink(String module) {
        return databaseLinks.get(module);
    }

    /** The running process of the service, for a test that stops it itself ({@link #stop()} then finds it ended). */
    Process process(String module) {
        return processByModule.get(module);
    }

    /** Where the service's output goes. */
    static Path log(String module) {
        return Path.of("target", module + "-e2e.log");
    }

    @Override
    public void stop() {
        databaseLinks.values().forEach(DatabaseLink::close);
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                // A service stops within its shutdown timeout (20 s); one that hangs is not allowed to hang the build.
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        databases.forEach(PostgresServer.shared()::dropDatabase);
    }

    private String startService(String module, String databasePrefix, int port) {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests from the top with ./mvnw verify,"
                    + " which packages the services before the gateway");
        }
        PostgresServer postgres = PostgresServer.shared();
        String database = postgres.createDatabase(databasePrefix);
        databases.add(database);
        Path log = log(module);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", databasesLinked ? throughLink(module, database)
                : database);
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        builder.environment().put("QUOTESTANCE_INTERNAL_TOKEN", INTERNAL_TOKEN);
        try {
            Process process = builder.start();
            processes.add(process);
            processByModule.put(module, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
        String url = "http://localhost:" + port;
        awaitReady(module, url + "/q/health/ready", log);
        return url;
    }

    // jdbc:postgresql://host:port/name becomes jdbc:postgresql://127.0.0.1:<link port>/name
    private String throughLink(String module, String jdbcUrl) {
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        DatabaseLink link = new DatabaseLink(server.getHost(), server.getPort());
        databaseLinks.put(module, link);
        return "jdbc:postgresql://127.0.0.1:" + link.port() + server.getRawPath();
    }

    private void awaitReady(String module, String readinessUrl, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(readinessUrl))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!processes.get(processes.size() - 1).isAlive()) {
                break;
            }
            sleep();
        }
        throw new IllegalStateException(module + " did not become ready; its log: " + log.toAbsolutePath());
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
