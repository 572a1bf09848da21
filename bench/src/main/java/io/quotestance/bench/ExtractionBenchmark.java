package io.quotestance.bench;

import io.quotestance.quotes.extraction.ExtractedQuote;
import io.quotestance.quotes.extraction.QuoteExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The extraction engine alone on one news article of about 5,000 characters (wire copy, a multi-paragraph quote,
 * direct, indirect and mixed quotes, pronouns and title nouns to link), single-threaded: one operation is one article.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class ExtractionBenchmark {

    private static final String ARTICLE = "/extraction-bench/article.txt";

    private QuoteExtractor extractor;
    private String article;

    @Setup
    public void load() {
        extractor = new QuoteExtractor();
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing benchmark article " + ARTICLE);
            }
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (extractor.extract(article).size() < 20) {
            throw new IllegalStateException("The benchmark article should yield at least 20 quotes");
        }
    }

    @Benchmark
    public List<ExtractedQuote> extractArticle() {
        return extractor.extract(article);
    }
}
