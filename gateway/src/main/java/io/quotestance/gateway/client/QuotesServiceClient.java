package io.quotestance.gateway.client;

import static java.time.temporal.ChronoUnit.SECONDS;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * quotes-service with its fault tolerance. Nothing can be answered without quotes-service, so there is no fallback:
 * a failure, a timeout, an open circuit or a full bulkhead ends as 503 + Retry-After. A 4xx is the caller's fault and
 * does not count against the circuit.
 */
@ApplicationScoped
@Timeout(value = 5, unit = SECONDS)
// A frozen quotes-service holds at most this many worker threads per call kind; the rest are refused at once (503)
// instead of queueing until the worker pool is exhausted and the gateway stops answering anything.
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

    public StoredPage<StoredArticleSummary> articles(int page, int size) {
        return api.articles(page, size);
    }

    public StoredArticle article(long id) {
        return api.article(id);
    }

    public StoredPage<StoredQuote> quotes(QuoteFilter filter, int page, int size) {
        return api.quotes(filter.speaker(), filter.stance(), filter.articleId(), filter.q(), page, size);
    }

    public StoredQuote quote(long id) {
        return api.quote(id);
    }

    public void copyStanceLabels(StanceLabelCopies copies) {
        api.copyStanceLabels(copies);
    }

    /** Up to {@code size} quotes whose copied stance label is still null, oldest first. */
    public List<StoredQuote> unlabelled(int size) {
        return api.unlabelled(size).items();
    }

    public StoredPage<StoredSpeakerSummary> speakers(String q, int page, int size) {
        return api.speakers(q, page, size);
    }

    public StoredSpeakerSummary speaker(long id) {
        return api.speaker(id);
    }

    /** A stored article and whether this call created it (201) or found the same text already stored (200). */
    public record StoredArticleResult(StoredArticle article, boolean created) {
    }
}
