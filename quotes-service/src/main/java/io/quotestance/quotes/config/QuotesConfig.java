package io.quotestance.quotes.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of quotes-service. */
@ConfigMapping(prefix = "quotes")
public interface QuotesConfig {

    /** Longest article text accepted, in UTF-16 units; a longer one is refused with 413. */
    @WithDefault("200000")
    int maxTextLength();
}
