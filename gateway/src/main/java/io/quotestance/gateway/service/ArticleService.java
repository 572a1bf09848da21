package io.quotestance.gateway.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quotestance.gateway.api.ArticleSubmission;
import io.quotestance.gateway.api.ArticleSummary;
import io.quotestance.gateway.api.ArticleView;
import io.quotestance.gateway.api.Page;
import io.quotestance.gateway.client.Label;
import io.quotestance.gateway.client.LabelItem;
import io.quotestance.gateway.client.LabelsFound;
import io.quotestance.gateway.client.NewArticle;
import io.quotestance.gateway.client.QuotesServiceClient;
import io.quotestance.gateway.client.QuotesServiceClient.StoredArticleResult;
import io.quotestance.gateway.client.StanceLabelCopies;
import io.quotestance.gateway.client.StanceLabelCopy;
import io.quotestance.gateway.client.StanceServiceClient;
import io.quotestance.gateway.client.StoredArticle;
import io.quotestance.gateway.client.StoredQuote;
import io.smallrye.mutiny.Uni;

/** Stores articles with their labels, and reads them back with their quotes' current stances. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private final QuotesServiceClient quotes;
    private final StanceServiceClient stance;
    private final QuoteStances quoteStances;
    private final TextLimit textLimit;

    ArticleService(QuotesServiceClient quotes, StanceServiceClient stance, QuoteStances quoteStances,
            TextLimit textLimit) {
        this.quotes = quotes;
        this.stance = stance;
        this.quoteStances = quoteStances;
        this.textLimit = textLimit;
    }

    /**
     * Stores the article at quotes-service, labels its quotes at stance-service and copies the labels back to
     * quotes-service for filtering. The same text again finds the stored article and labels nothing.
     */
    public Ingested ingest(ArticleSubmission submission) {
        textLimit.check("text", submission.text());
        StoredArticleResult stored = quotes.storeArticle(new NewArticle(submission.text(), submission.url(),
                submission.title(), submission.outlet(), submission.publishedAt()));
        StoredArticle article = stored.article();
        if (!stored.created()) {
            return new Ingested(view(article, quoteStances.attach(article.quotes()).await().indefinitely()), false);
        }
        return new Ingested(view(article, quoteStances.attach(article.quotes(), labelNewQuotes(article.quotes()))),
                true);
    }

    public Uni<ArticleView> article(long id) {
        return quotes.article(id).flatMap(article -> quoteStances.attach(article.quotes())
                .map(stanced -> view(article, stanced)));
    }

    public Uni<Page<ArticleSummary>> articles(int page, int size) {
        return quotes.articles(page, size).map(stored -> new Page<>(
                stored.items().stream().map(Views::summary).toList(), stored.page(), stored.size(), stored.total()));
    }

    // The article is already stored: a failing stance-service must not lose it. It is answered without stances and
    // its quotes stay unlabelled (copied label null) for the reconciliation job to pick up.
    private LabelsFound labelNewQuotes(List<StoredQuote> newQuotes) {
        if (newQuotes.isEmpty()) {
            return LabelsFound.of(List.of());
        }
        List<Label> labels;
        try {
            labels = stance.label(newQuotes.stream()
                    .map(quote -> new LabelItem(quote.id(), quote.text(), quote.cue(), null))
                    .toList());
        } catch (RuntimeException failure) {
            LOG.warnf("stance-service could not label %d new quotes; the article is stored without stances: %s",
                    newQuotes.size(), failure.toString());
            return LabelsFound.unavailable();
        }
        copyLabelsToQuotesService(labels);
        return LabelsFound.of(labels);
    }

    // The copy only serves filtering and counting; the labels shown come from stance-service, so a failed copy
    // does not fail the ingest. The quotes keep a null copied label until the reconciliation job copies it.
    private void copyLabelsToQuotesService(List<Label> labels) {
        try {
            quotes.copyStanceLabels(new StanceLabelCopies(labels.stream()
                    .map(label -> new StanceLabelCopy(label.quoteId(), label.label()))
                    .toList()));
        } catch (RuntimeException failure) {
            LOG.warnf("quotes-service did not take the copies of %d labels: %s", labels.size(), failure.toString());
        }
    }

    private static ArticleView view(StoredArticle article, QuoteStances.StancedQuotes stanced) {
        return Views.article(article.id(), article.url(), article.title(), article.outlet(), article.publishedAt(),
                stanced.quotes(), stanced.degraded());
    }

    /** The article as stored, and whether this request stored it (201) or found the same text stored (200). */
    public record Ingested(ArticleView article, boolean created) {
    }
}
