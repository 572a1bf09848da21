package io.quotestance.quotes.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds every statement a news article attributes to someone, who said it and how it is reported.
 *
 * <p>The article is read as paragraphs (one per line), quotation marks are paired within each paragraph and
 * sentences are split without ever breaking inside quotation marks. In each sentence, reporting cues
 * ({@code said}, {@code told}, {@code denied}, {@code according to} …) are linked to the speaker phrase before or
 * after them, and to what they report: quotation marks right next to the attribution make a direct quote, a
 * quoted fragment further inside reported speech a mixed quote, and an unquoted clause an indirect quote.
 * Speakers are then linked across the article: surnames to the fullest name (to the person of that surname named
 * last when two share it), acronyms and short company names to the organization they stand for, {@code he} and
 * {@code she} to the nearest person of a compatible gender (first names, {@code Mr}/{@code Ms}) in the same sentence
 * or else the subject of the closest sentence before, and definite descriptions ({@code the spokesman}, {@code the
 * coach}, {@code the company}) to the speaker or person with that role, else the person the text was just about.
 *
 * <p>Conventions: a quote split by its attribution ({@code “We will,” she said, “and soon.”}) gives one direct
 * quote per piece, both with the same speaker and cue; a quote running over several paragraphs gives one piece
 * per paragraph, all attributed to the speaker named in any of them or introduced by a colon ending the paragraph
 * before ({@code She told reporters:}); a paragraph that is entirely a quotation without attribution continues the
 * speaker of a direct quote in the paragraph before. A direct quote's text drops the comma before the closing mark,
 * which belongs to the attribution; a quotation left open before its attribution ({@code “We will, said Kaya.})
 * closes at that comma. A cue set inside the sentence it reports ({@code The deal, the minister said, would …})
 * reports the whole sentence. Every quoted fragment of a reported clause is a mixed quote; titles owned by a
 * broadcaster ({@code CNN's “State of the Union”}), nicknames and scare quotes are none. Documents ({@code a
 * WikiLeaks document}, {@code court filings}) are unnamed sources, and a pronoun linked to an unnamed source keeps
 * the words it was introduced with as an alias. Paragraphs that end neither like a sentence nor with a colon
 * (headlines, bylines, captions, cut-off teasers) are skipped.
 *
 * <p>Instances are immutable after construction, thread-safe and reusable: the lexicons load once.
 */
public final class QuoteExtractor {

    private final Lexicon lexicon;

    public QuoteExtractor() {
        this.lexicon = Lexicon.get();
    }

    /**
     * The quotes of an article in article order. Each quote's {@code start} and {@code end} are UTF-16 offsets
     * with {@code articleText.substring(start, end).equals(text)}.
     */
    public List<ExtractedQuote> extract(String articleText) {
        Objects.requireNonNull(articleText, "articleText");
        return new Run(articleText).extract();
    }

    /** One extraction: the per-article state. */
    private final class Run {

        /** A direct quote still waiting for its speaker. */
        private record Pending(SentenceAnalyzer.Candidate candidate, int sentence, Integer quoteRun,
                ExtractedSpeaker previousSpeaker) {
        }

        private record Attribution(ExtractedSpeaker speaker, String cue) {
        }

        /** {@code Its chair told reporters:} closing a paragraph: the speaker of the quotation opening the next. */
        private record ColonIntroduction(Attribution attribution, int paragraph) {
        }

        private final String text;
        private final ArticleLayout layout;
        private final SentenceAnalyzer analyzer;
        private final Discourse discourse;
        private final List<ExtractedQuote> quotes = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>();
        private final Map<QuotationSpan, Integer> quoteRuns = new IdentityHashMap<>();
        private final Map<Integer, Attribution> runAttributions = new HashMap<>();
        private final Map<Integer, ExtractedSpeaker> runPreviousSpeakers = new HashMap<>();
        private ColonIntroduction colonIntroduction;
        private ExtractedSpeaker lastDirectSpeaker;
        private int lastDirectParagraph = -2;

        Run(String text) {
            this.text = text;
            this.layout = ArticleLayout.of(text, lexicon);
            ArticleIndex index = new ArticleIndex(text, lexicon);
            this.analyzer = new SentenceAnalyzer(text, lexicon, new SpeakerPhraseParser(text, lexicon, index));
            this.discourse = new Discourse(lexicon, index, layout);
        }

        List<ExtractedQuote> extract() {
            markQuoteRuns();
            int sentenceNumber = 0;
            List<ArticleLayout.Paragraph> paragraphs = layout.paragraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                ArticleLayout.Paragraph paragraph = paragraphs.get(p);
                if (!ArticleLayout.isRunningText(text, paragraph)) {
                    continue;
                }
                for (ArticleLayout.Sentence sentence : paragraph.sentences()) {
                    SentenceAnalyzer.Result result = analyzer.analyze(sentence, paragraph.quotations());
                    accept(result, p, sentenceNumber);
                    sentenceNumber++;
                }
            }
            settlePending();
            quotes.sort(Comparator.comparingInt(ExtractedQuote::start).thenComparingInt(ExtractedQuote::end));
            return List.copyOf(quotes);
        }

        /** Numbers the pieces of quotations that run on from one paragraph into the next. */
        private void markQuoteRuns() {
            Integer current = null;
            int next = 0;
            for (ArticleLayout.Paragraph paragraph : layout.paragraphs()) {
                List<QuotationSpan> spans = paragraph.quotations();
                if (current != null && paragraph.opensWithQuotation()) {
                    quoteRuns.put(spans.get(0), current);
                } else {
                    current = null;
                }
                if (paragraph.endsInsideQuotation()) {
                    QuotationSpan last = spans.get(spans.size() - 1);
                    if (current == null || last != spans.get(0)) {
                        current = next++;
                        quoteRuns.put(last, current);
                    }
                } else {
                    current = null;
                }
            }
        }

        private void accept(SentenceAnalyzer.Result result, int paragraph, int sentence) {
            Map<SpeakerPhrase, ExtractedSpeaker> resolved = new IdentityHashMap<>();
            result.candidates().stream().filter(c -> c.speaker() != null)
                    .sorted(Comparator.comparingInt(SentenceAnalyzer.Candidate::cueStart))
                    .forEach(c -> resolved.computeIfAbsent(c.speaker(), phrase -> resolve(phrase, paragraph)));
            for (SentenceAnalyzer.Candidate candidate : result.candidates()) {
                Integer quoteRun = candidate.span() == null ? null : quoteRuns.get(candidate.span());
                if (candidate.speaker() == null && introducedByColon(candidate, paragraph)) {
                    Attribution introduction = colonIntroduction.attribution();
                    add(candidate, introduction.speaker(), introduction.cue());
                    if (quoteRun != null) {
                        runAttributions.putIfAbsent(quoteRun, introduction);
                    }
                    lastDirectSpeaker = introduction.speaker();
                    lastDirectParagraph = paragraph;
                    continue;
                }
                if (candidate.speaker() == null) {
                    ExtractedSpeaker previous = lastDirectParagraph >= paragraph - 1 ? lastDirectSpeaker : null;
                    if (quoteRun != null) {
                        // Every piece of a quote running over paragraphs has the speaker the first piece follows.
                        previous = runPreviousSpeakers.computeIfAbsent(quoteRun, run -> lastDirectParagraph >= paragraph - 1
                                ? lastDirectSpeaker : null);
                    }
                    pending.add(new Pending(candidate, sentence, quoteRun, previous));
                    continue;
                }
                ExtractedSpeaker speaker = resolved.get(candidate.speaker());
                add(candidate, speaker, candidate.cue());
                if (candidate.type() == QuoteType.DIRECT) {
                    lastDirectSpeaker = speaker;
                    lastDirectParagraph = paragraph;
                    if (quoteRun != null) {
                        runAttributions.putIfAbsent(quoteRun, new Attribution(speaker, candidate.cue()));
                    }
                }
            }
            if (result.bareAttribution() != null) {
                attributeBare(result.bareAttribution(), paragraph, sentence);
            }
            if (result.colonAttribution() != null) {
                SentenceAnalyzer.Candidate colon = result.colonAttribution();
                colonIntroduction = new ColonIntroduction(new Attribution(resolve(colon.speaker(), paragraph), colon.cue()),
                        paragraph);
            }
        }

        private boolean introducedByColon(SentenceAnalyzer.Candidate candidate, int paragraph) {
            return colonIntroduction != null && colonIntroduction.paragraph() == paragraph - 1 && candidate.span() != null
                    && layout.paragraphs().get(paragraph).start() == candidate.span().open();
        }

        /** {@code “It is over.” Smith said.}: the bare attribution speaks the quote of the sentence before. */
        private void attributeBare(SentenceAnalyzer.Candidate bare, int paragraph, int sentence) {
            List<Pending> previous = pending.stream().filter(p -> p.sentence() == sentence - 1 && p.quoteRun() == null)
                    .toList();
            if (previous.isEmpty()) {
                return;
            }
            ExtractedSpeaker speaker = resolve(bare.speaker(), paragraph);
            for (Pending quote : previous) {
                add(quote.candidate(), speaker, bare.cue());
                pending.remove(quote);
            }
            lastDirectSpeaker = speaker;
            lastDirectParagraph = paragraph;
        }

        private void settlePending() {
            for (Pending quote : pending) {
                Attribution run = quote.quoteRun() == null ? null : runAttributions.get(quote.quoteRun());
                if (run != null) {
                    add(quote.candidate(), run.speaker(), run.cue());
                } else if (quote.previousSpeaker() != null) {
                    add(quote.candidate(), quote.previousSpeaker(), null);
                }
            }
        }

        /** An unresolvable pronoun still marks a source: it stays unnamed with the words used. */
        private ExtractedSpeaker resolve(SpeakerPhrase phrase, int paragraph) {
            ExtractedSpeaker speaker = discourse.resolve(phrase, paragraph);
            return speaker != null ? speaker
                    : new ExtractedSpeaker(null, phrase.mention(), SpeakerKind.UNNAMED, null, null, List.of());
        }

        private void add(SentenceAnalyzer.Candidate candidate, ExtractedSpeaker speaker, String cue) {
            boolean duplicate = quotes.stream().anyMatch(q -> q.start() == candidate.start() && q.end() == candidate.end());
            if (!duplicate) {
                quotes.add(new ExtractedQuote(text.substring(candidate.start(), candidate.end()), candidate.type(), cue,
                        candidate.start(), candidate.end(), speaker));
            }
        }
    }
}
