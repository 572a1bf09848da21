package io.quotestance.gateway.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotestance.gateway.api.QuoteView;
import io.quotestance.gateway.client.LabelsFound;
import io.quotestance.gateway.client.StanceServiceClient;
import io.quotestance.gateway.client.StoredQuote;

/** Puts the current stance on stored quotes: one look-up at stance-service for all of them, never one per quote. */
@ApplicationScoped
class QuoteStances {

    private final StanceServiceClient stance;

    QuoteStances(StanceServiceClient stance) {
        this.stance = stance;
    }

    StancedQuotes attach(List<StoredQuote> quotes) {
        return attach(quotes, stance.lookup(quotes.stream().map(StoredQuote::id).toList()));
    }

    StancedQuotes attach(List<StoredQuote> quotes, LabelsFound labels) {
        List<QuoteView> views = quotes.stream()
                .map(quote -> Views.quote(quote,
                        labels.forQuote(quote.id()).map(Views::stance).orElse(null)))
                .toList();
        return new StancedQuotes(views, !labels.available());
    }

    /** Quotes with their stances; {@code degraded} when stance-service could not answer and every stance is null. */
    record StancedQuotes(List<QuoteView> quotes, boolean degraded) {
    }
}
