package io.quotestance.gateway.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotestance.gateway.api.QuotePage;
import io.quotestance.gateway.api.QuoteView;
import io.quotestance.gateway.api.StanceHistory;
import io.quotestance.gateway.api.StanceOverride;
import io.quotestance.gateway.client.DownstreamRejectedException;
import io.quotestance.gateway.client.Label;
import io.quotestance.gateway.client.LabelOverride;
import io.quotestance.gateway.client.QuoteFilter;
import io.quotestance.gateway.client.QuotesServiceClient;
import io.quotestance.gateway.client.StanceLabelCopies;
import io.quotestance.gateway.client.StanceLabelCopy;
import io.quotestance.gateway.client.StanceServiceClient;
import io.quotestance.gateway.client.StoredQuote;
import io.smallrye.mutiny.Uni;

/**
 * Quote searches with stances, and editors' labels. The reads wait for nothing: they run on the event loop, without a
 * thread hand-off per call. The writes run on worker threads and wait for their calls, which the clients' timeouts
 * bound.
 */
@ApplicationScoped
public class QuoteService {

    private final QuotesServiceClient quotes;
    private final StanceServiceClient stance;
    private final QuoteStances quoteStances;
    private final StanceCache stanceCache;

    QuoteService(QuotesServiceClient quotes, StanceServiceClient stance, QuoteStances quoteStances,
            StanceCache stanceCache) {
        this.quotes = quotes;
        this.stance = stance;
        this.quoteStances = quoteStances;
        this.stanceCache = stanceCache;
    }

    /**
     * quotes-service filters and pages (on its copy of the labels); the stances shown come from stance-service, or
     * from this gateway's cache of them.
     */
    public Uni<QuotePage> quotes(QuoteFilter filter, int page, int size) {
        return quotes.quotes(filter, page, size).flatMap(stored -> quoteStances.attach(stored.items())
                .map(stanced -> new QuotePage(stanced.quotes(), stored.page(), stored.size(), stored.total(),
                        stored.totalExact(), stanced.degraded())));
    }

    public Uni<QuoteView> quote(long id) {
        return quotes.quote(id).flatMap(quote -> quoteStances.attach(List.of(quote)))
                .map(stanced -> stanced.quotes().get(0));
    }

    /**
     * Stores an editor's label at stance-service, which keeps the automatic one in the history, then copies it to
     * quotes-service so that filters see it. A failed copy fails the request: the editor retries rather than leave
     * the filters on a stale label. This gateway drops its cached stance whatever the outcome, so that here even an
     * override keeping the label shows at once; other replicas see a changed label in the copy, a kept one on expiry.
     */
    public QuoteView override(long id, StanceOverride override, String editor) {
        StoredQuote quote = quotes.quote(id).await().indefinitely();
        try {
            Label label = stance.override(id,
                    new LabelOverride(override.label(), override.note(), editor, override.expectedVersion()));
            quotes.copyStanceLabels(new StanceLabelCopies(List.of(new StanceLabelCopy(id, label.label()))));
            return Views.quote(quote, Views.stance(label.stance()));
        } finally {
            stanceCache.invalidate(id);
        }
    }

    public StanceHistory history(long id) {
        quotes.quote(id).await().indefinitely();
        try {
            return Views.history(stance.labelWithHistory(id));
        } catch (DownstreamRejectedException rejected) {
            if (rejected.status() == 404) {
                throw ApiProblemException.notFound("Quote %d has no stance label yet.".formatted(id));
            }
            throw rejected;
        }
    }
}
