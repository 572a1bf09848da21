package io.quotestance.quotes.config;

import io.quotestance.quotes.extraction.QuoteExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the extraction engine a bean: one instance, whose language models are loaded once. */
@ApplicationScoped
public class ExtractorProducer {

    @Produces
    @Singleton
    QuoteExtractor quoteExtractor() {
        return new QuoteExtractor();
    }
}
