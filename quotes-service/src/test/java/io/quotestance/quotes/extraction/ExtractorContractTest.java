package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractorContractTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "",
            "   \n\n  ",
            "“",
            "”Unbalanced” marks “everywhere, he said.",
            "\"\"\"\" said said said.",
            "Said.",
            "according to",
            "He said, “",
            "“Yes,” said.",
            "😀 “Emoji 😀 text,” 😀 Ana Silva said. 😀"})
    void keepsOffsetsExactEvenOnMalformedText(String article) {
        List<ExtractedQuote> quotes = EXTRACTOR.extract(article);

        assertThat(quotes).allMatch(q -> article.substring(q.start(), q.end()).equals(q.text()));
    }

    @Test
    void countsOffsetsInUtf16Units() {
        String article = "😀😀 “Markets will calm,” trader Li Wei said.";
        ExtractedQuote quote = Extraction.single(article);

        assertThat(quote.start()).isEqualTo(article.indexOf("Markets"));
    }

    @Test
    void rejectsNullArticle() {
        assertThatNullPointerException().isThrownBy(() -> EXTRACTOR.extract(null));
    }

    @Test
    void givesTheSameResultWhenSharedAcrossThreads() throws Exception {
        String seed = seed();
        List<ExtractedQuote> expected = EXTRACTOR.extract(seed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ExtractedQuote>>> runs = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> EXTRACTOR.extract(seed))).toList();
            for (Future<List<ExtractedQuote>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void returnsAnImmutableList() {
        List<ExtractedQuote> quotes = EXTRACTOR.extract("Officials said the road was closed.");

        assertThat(quotes).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quotes.add(quotes.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static String seed() throws IOException {
        try (InputStream in = ExtractorContractTest.class.getClassLoader().getResourceAsStream("samples/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
