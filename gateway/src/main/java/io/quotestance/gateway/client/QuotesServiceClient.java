package io.quotestance.gateway.client;

import static java.time.temporal.ChronoUnit.SECONDS;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * quotes-service with its fault tolerance. Nothing can be answered without quotes-service, so there is no fallback:
 * a failure, a timeout, an open circuit or a full bulkhead ends as 503 + Retry-After. A 4xx is the caller's fault and
 * does not count against the circuit.
 */
@ApplicationScoped
@Timeout(value = 5, unit = SECONDS)
// A frozen quotes-service holds at most this many calls of a kind: worker threads for the writes, which block; for the
// reads, which wait without a thread, a few more queue and the rest are refused at once (503) instead of piling up
// until the gateway stops answering anything.
@Bulkhead(64)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = SECONDS,
        skipOn = DownstreamRejectedException.class)
public class QuotesServiceClient {

    @Inject
    @RestClient
    QuotesServiceApi api;

    // Extraction runs over the whole text: it gets the full read timeout of the client (10 s) and a little more.
    @Timeout(value = 11, unit = SECONDS)
    public Extraction extract(String text) {
        return api.extract(new ExtractionRequest(text));
    }

    @Timeout(value = 11, unit = SECONDS)
    public StoredArticleResult storeArticle(NewArticle article) {
        RestResponse<StoredArticle> response = api.storeArticle(article);
        return new StoredArticleResult(response.getEntity(),
                response.getStatus() == RestResponse.StatusCode.CREATED);
    }

    public Uni<StoredPage<StoredArticleSummary>> articles(int page, int size) {
        return transportFailuresWrapped(api.articles(page, size));
    }

    public Uni<StoredArticle> article(long id) {
        return transportFailuresWrapped(api.article(id));
    }

    public Uni<StoredPage<StoredQuote>> quotes(QuoteFilter filter, int page, int size) {
        return transportFailuresWrapped(
                api.quotes(filter.speaker(), filter.stance(), filter.articleId(), filter.q(), page, size));
    }

    public Uni<StoredQuote> quote(long id) {
        return transportFailuresWrapped(api.quote(id));
    }

    public void copyStanceLabels(StanceLabelCopies copies) {
        api.copyStanceLabels(copies);
    }

    /** Up to {@code size} quotes whose copied stance label is still null, oldest first. */
    public List<StoredQuote> unlabelled(int size) {
        return api.unlabelled(size).items();
    }

    public Uni<StoredPage<StoredSpeakerSummary>> speakers(String q, int page, int size) {
        return transportFailuresWrapped(api.speakers(q, page, size));
    }

    public Uni<StoredSpeakerSummary> speaker(long id) {
        return transportFailuresWrapped(api.speaker(id));
    }

    // A blocking call gets a refused, reset or closed connection wrapped in a ProcessingException; a non-blocking one
    // gets the bare, checked exception. Wrapped alike, both end as 503.
    private static <T> Uni<T> transportFailuresWrapped(Uni<T> call) {
        return call.onFailure(failure -> !(failure instanceof RuntimeException)).transform(ProcessingException::new);
    }

    /** A stored article and whether this call created it (201) or found the same text already stored (200). */
    public record StoredArticleResult(StoredArticle article, boolean created) {
    }
}
