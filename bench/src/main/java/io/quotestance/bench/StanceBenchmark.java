package io.quotestance.bench;

import io.quotestance.stance.classifier.StanceClassifier;
import io.quotestance.stance.classifier.StanceInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded throughput of the stance classifier over a mix of news statements (direct and indirect quotes,
 * with and without a stance cue verb or a claim), in statements per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StanceBenchmark {

    private static final String STATEMENTS = "/stance-bench/statements.psv";
    /** Must equal the number of statements in {@link #STATEMENTS}, so that one operation is one statement. */
    private static final int STATEMENT_COUNT = 30;

    private StanceClassifier classifier;
    private List<StanceInput> statements;

    @Setup
    public void setUp() {
        classifier = new StanceClassifier();
        statements = load();
        if (statements.size() != STATEMENT_COUNT) {
            throw new IllegalStateException(
                    "Expected " + STATEMENT_COUNT + " statements in " + STATEMENTS + ", found " + statements.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENT_COUNT)
    public void classifyMix(Blackhole blackhole) {
        for (StanceInput statement : statements) {
            blackhole.consume(classifier.classify(statement));
        }
    }

    private static List<StanceInput> load() {
        try (InputStream in = StanceBenchmark.class.getResourceAsStream(STATEMENTS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + STATEMENTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(StanceBenchmark::statement)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code cue | text | claim}; an empty cue or claim is absent. */
    private static StanceInput statement(String line) {
        String[] columns = line.split("\\|", -1);
        if (columns.length != 3) {
            throw new IllegalStateException("Expected 'cue | text | claim': " + line);
        }
        return new StanceInput(columns[1].strip(), blankToNull(columns[0]), blankToNull(columns[2]));
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
