package io.quotestance.quotes.service;

import io.quotestance.quotes.extraction.ExtractedQuote;
import io.quotestance.quotes.model.Article;
import io.quotestance.quotes.model.NewArticle;
import io.quotestance.quotes.model.Quote;
import io.quotestance.quotes.model.Speaker;
import io.quotestance.quotes.model.SpeakerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Stores an extracted article: the article, its speakers and its quotes commit together or not at all. */
@ApplicationScoped
public class ArticleWriter {

    private final Event<VocabularyCache.QuotesStored> quotesStored;

    ArticleWriter(Event<VocabularyCache.QuotesStored> quotesStored) {
        this.quotesStored = quotesStored;
    }

    /**
     * @param articleId the new article, or the one stored earlier (maybe a moment ago, by a concurrent request)
     * @param created   whether this call stored it
     */
    public record StoreOutcome(long articleId, boolean created) {
    }

    @Transactional
    public StoreOutcome store(NewArticle article, String contentHash, List<ExtractedQuote> quotes) {
        OptionalLong inserted = Article.insertIfAbsent(article, contentHash);
        if (inserted.isEmpty()) {
            Article existing = Article.findByContentHash(contentHash).orElseThrow();
            return new StoreOutcome(existing.id, false);
        }
        long articleId = inserted.getAsLong();
        List<SpeakerIdentity> speakers = quotes.stream()
                .map(quote -> SpeakerIdentity.of(quote.speaker(), articleId))
                .toList();
        Map<String, Long> speakerIds = upsertSpeakers(speakers);
        for (int position = 0; position < quotes.size(); position++) {
            ExtractedQuote extracted = quotes.get(position);
            Quote quote = new Quote();
            quote.articleId = articleId;
            quote.position = position;
            quote.speaker = Speaker.getEntityManager()
                    .getReference(Speaker.class, speakerIds.get(speakers.get(position).key()));
            quote.mention = extracted.speaker().mention();
            quote.text = extracted.text();
            quote.type = extracted.type();
            quote.cue = extracted.cue();
            quote.startOffset = extracted.start();
            quote.endOffset = extracted.end();
            quote.persist();
        }
        quotesStored.fire(new VocabularyCache.QuotesStored(quotes.stream().map(ExtractedQuote::text).toList()));
        return new StoreOutcome(articleId, true);
    }

    /** Upserts each distinct speaker once, in key order so that concurrent ingestions lock rows in the same order. */
    private static Map<String, Long> upsertSpeakers(List<SpeakerIdentity> speakers) {
        Map<String, SpeakerIdentity> byKey = new TreeMap<>();
        for (SpeakerIdentity speaker : speakers) {
            byKey.merge(speaker.key(), speaker, SpeakerIdentity::mergedWith);
        }
        Map<String, Long> ids = new HashMap<>();
        byKey.forEach((key, speaker) -> ids.put(key, Speaker.upsert(speaker)));
        return ids;
    }
}
