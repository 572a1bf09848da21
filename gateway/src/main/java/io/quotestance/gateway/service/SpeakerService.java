package io.quotestance.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotestance.gateway.api.Page;
import io.quotestance.gateway.api.SpeakerView;
import io.quotestance.gateway.client.QuotesServiceClient;

/** Speakers with their stance summaries, which quotes-service counts from its copy of the labels. */
@ApplicationScoped
public class SpeakerService {

    private final QuotesServiceClient quotes;

    SpeakerService(QuotesServiceClient quotes) {
        this.quotes = quotes;
    }

    public Page<SpeakerView> speakers(String q, int page, int size) {
        var stored = quotes.speakers(q, page, size);
        return new Page<>(stored.items().stream().map(Views::speaker).toList(), stored.page(), stored.size(),
                stored.total());
    }

    public SpeakerView speaker(long id) {
        return Views.speaker(quotes.speaker(id));
    }
}
