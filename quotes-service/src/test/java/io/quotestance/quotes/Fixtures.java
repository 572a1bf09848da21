package io.quotestance.quotes;

import io.quotestance.quotes.extraction.ExtractedQuote;
import io.quotestance.quotes.extraction.ExtractedSpeaker;
import io.quotestance.quotes.extraction.QuoteType;
import io.quotestance.quotes.extraction.SpeakerKind;
import io.quotestance.quotes.model.NewArticle;
import io.quotestance.quotes.service.ArticleService;
import io.quotestance.quotes.service.ArticleWriter;

import java.util.List;

/**
 * Articles stored with hand-written extraction results, so that tests of the read side do not depend on what the
 * engine attributes.
 */
final class Fixtures {

    private Fixtures() {
    }

    static long store(ArticleWriter writer, String text, ExtractedQuote... quotes) {
        return writer.store(new NewArticle(text, null, null, null, null), ArticleService.contentHash(text), List.of(quotes))
                .articleId();
    }

    /** A direct quote of {@code quoted}, which must occur in {@code article}. */
    static ExtractedQuote quote(String article, String quoted, ExtractedSpeaker speaker) {
        int start = article.indexOf(quoted);
        if (start < 0) {
            throw new IllegalArgumentException(quoted + " is not in the article");
        }
        return new ExtractedQuote(quoted, QuoteType.DIRECT, "said", start, start + quoted.length(), speaker);
    }

    static ExtractedSpeaker person(String name, String role, String affiliation, String... aliases) {
        return new ExtractedSpeaker(name, name, SpeakerKind.PERSON, role, affiliation, List.of(aliases));
    }

    static ExtractedSpeaker organization(String name, String... aliases) {
        return new ExtractedSpeaker(name, name, SpeakerKind.ORGANIZATION, null, null, List.of(aliases));
    }

    static ExtractedSpeaker unnamed(String mention) {
        return new ExtractedSpeaker(null, mention, SpeakerKind.UNNAMED, null, null, List.of());
    }
}
