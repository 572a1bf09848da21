package io.quotestance.gateway.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotestance.gateway.api.QuoteView;
import io.quotestance.gateway.client.LabelsFound;
import io.quotestance.gateway.client.StanceResult;
import io.quotestance.gateway.client.StanceServiceClient;
import io.quotestance.gateway.client.StoredQuote;
import io.smallrye.mutiny.Uni;

/**
 * Puts the current stance on stored quotes: from the cache where it is still current, the rest in one look-up at
 * stance-service, never one per quote.
 */
@ApplicationScoped
class QuoteStances {

    private final StanceServiceClient stance;
    private final StanceCache cache;

    QuoteStances(StanceServiceClient stance, StanceCache cache) {
        this.stance = stance;
        this.cache = cache;
    }

    Uni<StancedQuotes> attach(List<StoredQuote> quotes) {
        Map<Long, StanceResult> stances = new HashMap<>();
        List<Long> notCached = new ArrayList<>();
        for (StoredQuote quote : quotes) {
            cache.current(quote).ifPresentOrElse(cached -> stances.put(quote.id(), cached),
                    () -> notCached.add(quote.id()));
        }
        if (notCached.isEmpty()) {
            return Uni.createFrom().item(views(quotes, stances, false));
        }
        return stance.lookup(notCached).map(found -> {
            cache.offer(found.byQuoteId());
            stances.putAll(found.byQuoteId());
            return views(quotes, stances, !found.available());
        });
    }

    StancedQuotes attach(List<StoredQuote> quotes, LabelsFound labels) {
        return views(quotes, labels.byQuoteId(), !labels.available());
    }

    private static StancedQuotes views(List<StoredQuote> quotes, Map<Long, StanceResult> stances, boolean degraded) {
        List<QuoteView> views = new ArrayList<>(quotes.size());
        for (StoredQuote quote : quotes) {
            StanceResult stance = quote.id() == null ? null : stances.get(quote.id());
            views.add(Views.quote(quote, stance == null ? null : Views.stance(stance)));
        }
        return new StancedQuotes(List.copyOf(views), degraded);
    }

    /**
     * Quotes with their stances; {@code degraded} when stance-service could not answer, and the quotes the cache did
     * not hold are shown without stance.
     */
    record StancedQuotes(List<QuoteView> quotes, boolean degraded) {
    }
}
