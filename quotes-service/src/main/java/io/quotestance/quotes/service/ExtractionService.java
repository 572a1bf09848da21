package io.quotestance.quotes.service;

import io.quotestance.quotes.config.QuotesConfig;
import io.quotestance.quotes.extraction.ExtractedQuote;
import io.quotestance.quotes.extraction.QuoteExtractor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Extraction and attribution on a text within the size limit. */
@ApplicationScoped
public class ExtractionService {

    private final QuoteExtractor extractor;
    private final QuotesConfig config;

    ExtractionService(QuoteExtractor extractor, QuotesConfig config) {
        this.extractor = extractor;
        this.config = config;
    }

    public List<ExtractedQuote> extract(String text) {
        requireWithinLimit(text);
        return extractor.extract(text);
    }

    public void requireWithinLimit(String text) {
        if (text.length() > config.maxTextLength()) {
            throw new TextTooLongException(text.length(), config.maxTextLength());
        }
    }
}
