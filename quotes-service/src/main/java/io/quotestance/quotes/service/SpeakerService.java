package io.quotestance.quotes.service;

import io.quotestance.quotes.model.Quote;
import io.quotestance.quotes.model.Speaker;
import io.quotestance.quotes.model.StanceLabel;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading speakers with the number of their quotes and the copied stance labels of those. */
@ApplicationScoped
public class SpeakerService {

    /** A speaker with how often it is quoted and the copied labels of its quotes. */
    public record SpeakerListing(Speaker speaker, long quoteCount, StanceCounts stanceSummary) {
    }

    /** Speakers whose name or an alias contains {@code fragment}, ignoring case (all when blank), by name. */
    public PageResult<SpeakerListing> list(String fragment, int page, int size) {
        String applied = fragment == null || fragment.isBlank() ? null : fragment;
        List<Speaker> speakers = Speaker.listContaining(applied, page, size);
        return new PageResult<>(withCounts(speakers), Speaker.countContaining(applied));
    }

    public SpeakerListing get(long id) {
        Speaker speaker = Speaker.<Speaker>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("speaker", id));
        return withCounts(List.of(speaker)).get(0);
    }

    private static List<SpeakerListing> withCounts(List<Speaker> speakers) {
        if (speakers.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> quoteCounts = new HashMap<>();
        Map<Long, Map<StanceLabel, Long>> labelCounts = new HashMap<>();
        Quote.getEntityManager()
                .createQuery("select q.speaker.id, q.stanceLabel, count(q) from Quote q where q.speaker.id in :ids"
                        + " group by q.speaker.id, q.stanceLabel", Object[].class)
                .setParameter("ids", speakers.stream().map(speaker -> speaker.id).toList())
                .getResultStream()
                .forEach(row -> {
                    Long speakerId = (Long) row[0];
                    long count = (Long) row[2];
                    quoteCounts.merge(speakerId, count, Long::sum);
                    if (row[1] != null) {
                        labelCounts.computeIfAbsent(speakerId, any -> new EnumMap<>(StanceLabel.class))
                                .put((StanceLabel) row[1], count);
                    }
                });
        return speakers.stream()
                .map(speaker -> new SpeakerListing(speaker, quoteCounts.getOrDefault(speaker.id, 0L),
                        stanceCounts(labelCounts.getOrDefault(speaker.id, Map.of()))))
                .toList();
    }

    private static StanceCounts stanceCounts(Map<StanceLabel, Long> counts) {
        return new StanceCounts(counts.getOrDefault(StanceLabel.CONFIRM, 0L), counts.getOrDefault(StanceLabel.DENY, 0L),
                counts.getOrDefault(StanceLabel.UNCERTAIN, 0L), counts.getOrDefault(StanceLabel.CONCERN, 0L));
    }
}
