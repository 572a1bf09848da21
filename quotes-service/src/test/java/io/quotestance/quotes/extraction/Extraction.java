package io.quotestance.quotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Shared helpers: one extractor for all tests (it is meant to be reused) and lookups by quote text. */
final class Extraction {

    static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private Extraction() {
    }

    /** Extracts and checks the offset contract on every quote. */
    static List<ExtractedQuote> extract(String article) {
        List<ExtractedQuote> quotes = EXTRACTOR.extract(article);
        for (ExtractedQuote quote : quotes) {
            assertThat(article.substring(quote.start(), quote.end())).as("offsets of %s", quote).isEqualTo(quote.text());
        }
        return quotes;
    }

    /** The single quote of an article that must have exactly one. */
    static ExtractedQuote single(String article) {
        List<ExtractedQuote> quotes = extract(article);
        assertThat(quotes).as("quotes of: %s", article).hasSize(1);
        return quotes.get(0);
    }

    /** The quote whose text starts with {@code prefix}. */
    static ExtractedQuote quoteStartingWith(List<ExtractedQuote> quotes, String prefix) {
        return quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + prefix + "' in " + quotes));
    }
}
