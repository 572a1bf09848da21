package io.quotestance.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotestance.gateway.api.ArticleView;
import io.quotestance.gateway.api.QuoteView;
import io.quotestance.gateway.api.Stance;
import io.quotestance.gateway.api.StanceRequest;
import io.quotestance.gateway.client.ClassifyRequest;
import io.quotestance.gateway.client.ExtractedQuote;
import io.quotestance.gateway.client.QuotesServiceClient;
import io.quotestance.gateway.client.StanceResult;
import io.quotestance.gateway.client.StanceServiceClient;

/** Extraction, attribution and stance on texts that are not stored. */
@ApplicationScoped
public class AnalysisService {

    private final QuotesServiceClient quotes;
    private final StanceServiceClient stance;
    private final TextLimit textLimit;

    AnalysisService(QuotesServiceClient quotes, StanceServiceClient stance, TextLimit textLimit) {
        this.quotes = quotes;
        this.stance = stance;
        this.textLimit = textLimit;
    }

    /** An article view without ids; without stances and {@code degraded} when stance-service cannot answer. */
    public ArticleView analyze(String text) {
        textLimit.check("text", text);
        List<ExtractedQuote> found = quotes.extract(text).quotes();
        Optional<List<StanceResult>> stances = found.isEmpty() ? Optional.of(List.of())
                : stance.classifyAll(found.stream()
                        .map(quote -> new ClassifyRequest(quote.text(), quote.cue(), null))
                        .toList());
        List<StanceResult> results = stances.orElse(List.of());
        List<QuoteView> views = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            views.add(Views.quote(found.get(i), i < results.size() ? Views.stance(results.get(i)) : null));
        }
        return Views.article(null, null, null, null, null, views, stances.isEmpty());
    }

    public Stance classify(StanceRequest request) {
        textLimit.check("text", request.text());
        return Views.stance(stance.classify(new ClassifyRequest(request.text(), null, request.claim())));
    }
}
