package io.quotestance.gateway.service;

import java.time.Instant;
import java.util.List;

import io.quotestance.gateway.api.ArticleSummary;
import io.quotestance.gateway.api.ArticleView;
import io.quotestance.gateway.api.Evidence;
import io.quotestance.gateway.api.QuoteSpeaker;
import io.quotestance.gateway.api.QuoteView;
import io.quotestance.gateway.api.Scores;
import io.quotestance.gateway.api.SpeakerView;
import io.quotestance.gateway.api.Stance;
import io.quotestance.gateway.api.StanceChange;
import io.quotestance.gateway.api.StanceHistory;
import io.quotestance.gateway.api.StanceSummary;
import io.quotestance.gateway.client.ExtractedQuote;
import io.quotestance.gateway.client.Label;
import io.quotestance.gateway.client.LabelCounts;
import io.quotestance.gateway.client.LabelEvidence;
import io.quotestance.gateway.client.LabelScores;
import io.quotestance.gateway.client.StanceResult;
import io.quotestance.gateway.client.StoredArticleSummary;
import io.quotestance.gateway.client.StoredQuote;
import io.quotestance.gateway.client.StoredSpeaker;
import io.quotestance.gateway.client.StoredSpeakerSummary;

/** Maps the downstream services' answers to the public shapes of API.md, field by field. */
final class Views {

    private Views() {
    }

    static QuoteView quote(StoredQuote quote, Stance stance) {
        return new QuoteView(quote.id(), quote.articleId(), quote.text(), quote.type(), quote.cue(), quote.start(),
                quote.end(), speaker(quote.speaker()), stance);
    }

    static QuoteView quote(ExtractedQuote quote, Stance stance) {
        return new QuoteView(null, null, quote.text(), quote.type(), quote.cue(), quote.start(), quote.end(),
                speaker(quote.speaker()), stance);
    }

    static ArticleView article(Long id, String url, String title, String outlet, Instant publishedAt,
            List<QuoteView> quotes, boolean degraded) {
        return new ArticleView(id, url, title, outlet, publishedAt, quotes,
                StanceSummary.of(quotes.stream().map(QuoteView::stance).toList()), degraded);
    }

    static Stance stance(StanceResult result) {
        if (result == null) {
            return null;
        }
        return new Stance(result.label(), result.confidence(), scores(result.scores()), evidence(result.evidence()),
                result.source(), result.modelVersion());
    }

    static StanceHistory history(Label label) {
        List<StanceChange> changes = label.history().stream()
                .map(entry -> new StanceChange(entry.label(), entry.source(), entry.confidence(),
                        entry.modelVersion(), entry.editor(), entry.note(), entry.at()))
                .toList();
        return new StanceHistory(label.quoteId(), stance(label.stance()), stance(label.automatic()), label.version(),
                label.updatedAt(), label.editor(), label.note(), changes);
    }

    static ArticleSummary summary(StoredArticleSummary article) {
        return new ArticleSummary(article.id(), article.url(), article.title(), article.outlet(),
                article.publishedAt(), article.createdAt(), article.quoteCount());
    }

    static SpeakerView speaker(StoredSpeakerSummary speaker) {
        return new SpeakerView(speaker.id(), speaker.name(), speaker.kind(), speaker.role(), speaker.affiliation(),
                speaker.quoteCount() == null ? 0 : speaker.quoteCount(), summary(speaker.stanceSummary()));
    }

    private static StanceSummary summary(LabelCounts counts) {
        return counts == null ? new StanceSummary(0, 0, 0, 0)
                : new StanceSummary(counts.confirm(), counts.deny(), counts.uncertain(), counts.concern());
    }

    private static QuoteSpeaker speaker(StoredSpeaker speaker) {
        if (speaker == null) {
            return null;
        }
        return new QuoteSpeaker(speaker.id(), speaker.name(), speaker.mention(), speaker.kind(), speaker.role(),
                speaker.affiliation());
    }

    private static Scores scores(LabelScores scores) {
        return scores == null ? null
                : new Scores(scores.confirm(), scores.deny(), scores.uncertain(), scores.concern());
    }

    private static List<Evidence> evidence(List<LabelEvidence> evidence) {
        return evidence == null ? List.of()
                : evidence.stream().map(span -> new Evidence(span.text(), span.start(), span.end(), span.rule()))
                        .toList();
    }
}
