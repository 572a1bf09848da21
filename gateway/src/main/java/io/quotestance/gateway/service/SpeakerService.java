package io.quotestance.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotestance.gateway.api.Page;
import io.quotestance.gateway.api.SpeakerView;
import io.quotestance.gateway.client.QuotesServiceClient;
import io.smallrye.mutiny.Uni;

/** Speakers with their stance summaries, which quotes-service counts from its copy of the labels. */
@ApplicationScoped
public class SpeakerService {

    private final QuotesServiceClient quotes;

    SpeakerService(QuotesServiceClient quotes) {
        this.quotes = quotes;
    }

    public Uni<Page<SpeakerView>> speakers(String q, int page, int size) {
        return quotes.speakers(q, page, size).map(stored -> new Page<>(
                stored.items().stream().map(Views::speaker).toList(), stored.page(), stored.size(), stored.total()));
    }

    public Uni<SpeakerView> speaker(long id) {
        return quotes.speaker(id).map(Views::speaker);
    }
}
