package io.quotestance.quotes.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the quotes of one sentence: reporting cues, the speaker phrase each cue attributes to, and what is
 * reported, as quotation marks (direct), a quoted fragment inside reported speech (mixed) or a reported clause
 * (indirect). Speakers come back as phrases; linking them across the article is {@link Discourse}'s job.
 */
final class SentenceAnalyzer {

    /** A reporting cue: one word, or the two words of {@code according to}. */
    record Cue(int first, int last, String text, int start, Lexicon.CueKind kind, boolean accordingTo) {
    }

    /**
     * Who a cue attributes to.
     *
     * @param phrase   the speaker phrase
     * @param first    its first token
     * @param last     its last token
     * @param inverted whether it follows the cue ({@code said Leif-Eric Easley})
     */
    record Subject(SpeakerPhrase phrase, int first, int last, boolean inverted) {
    }

    /**
     * A quote found in the sentence, its speaker still a phrase.
     *
     * @param type     direct, indirect or mixed
     * @param start    article offset of the quote text
     * @param end      exclusive article offset
     * @param cue      the cue as written, or {@code null} for a direct quote with no attribution of its own
     * @param cueStart article offset of the cue, orders speaker resolution; -1 without cue
     * @param speaker  the speaker phrase, {@code null} when the speaker must be inherited
     * @param span     the quotation marks of a direct quote, else {@code null}
     */
    record Candidate(QuoteType type, int start, int end, String cue, int cueStart, SpeakerPhrase speaker,
            QuotationSpan span) {
    }

    /**
     * The sentence's quotes, and a bare attribution ({@code Smith said.}) that may belong to a direct quote just
     * before it.
     */
    record Result(List<Candidate> candidates, Candidate bareAttribution, Candidate colonAttribution) {
    }

    private static final Set<String> PASSIVE_OR_MODAL = Set.of("is", "was", "were", "be", "been", "being", "are", "could",
            "would", "will", "can", "may", "might", "should", "must", "to", "not", "n't", "never", "did", "do", "does");
    private static final Set<String> AUXILIARIES_AND_ADVERBS = Set.of("has", "have", "had", "also", "earlier", "previously",
            "repeatedly", "again", "publicly", "privately", "reportedly", "later", "once", "recently", "already", "then",
            "separately", "further", "initially", "first", "subsequently", "quickly", "immediately", "flatly", "strongly",
            "firmly", "angrily", "openly", "widely", "often", "always", "yet", "now", "only", "simply", "sharply");
    private static final Set<String> CITING = Set.of("citing", "quoting");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "him", "her", "them", "you", "reporters",
            "journalists", "lawmakers", "parliament", "supporters", "investors", "analysts", "listeners", "viewers");
    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my");
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "it", "they", "we", "i", "you", "there",
            "this", "these", "those", "the", "a", "an", "his", "her", "their", "its", "our", "my", "some", "many", "no");
    private static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "earlier", "later", "recently",
            "previously", "repeatedly", "also", "again", "publicly", "privately", "separately", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "however", "then", "now", "once");
    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "night", "morning", "afternoon",
            "evening", "spring", "summer", "autumn", "fall", "winter", "season", "time");
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during", "to", "via", "through",
            "late", "early", "after", "before", "from", "outside", "inside");
    private static final Set<String> CLAUSE_CUTS = Set.of("with", "adding", "saying", "citing", "according", "noting",
            "while", "whereas", "but", "although", "though", "describing", "calling", "warning", "insisting", "arguing",
            "stressing", "claiming", "amid", "despite", "prompting", "as");
    private static final Set<String> SUBORDINATORS = Set.of("after", "as", "when", "while", "because", "since", "before",
            "although", "though", "but", "and", "whereas", "until", "once", "even");
    private static final Set<String> SCARE_MARKERS = Set.of("so-called", "dubbed", "termed", "titled", "entitled", "named",
            "nicknamed", "labelled", "labeled", "word", "term", "phrase", "slogan", "hashtag", "motto", "headline");
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to", "at");
    private static final Set<String> CLOSING_PUNCTUATION = Set.of(",", ".", "!", "?", "—", "–", ":", ";", "…");
    private static final int MIN_CLAUSE_WORDS = 3;
    /** Words that make a reported clause a clause and not just an object ({@code announced a buyback}). */
    private static final Set<String> FINITE_VERBS = Set.of("is", "was", "were", "are", "am", "be", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do", "shall", "won't",
            "can't", "don't", "doesn't", "didn't", "isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't",
            "wouldn't", "couldn't", "shouldn't", "took", "made", "came", "went", "gave", "saw", "knew", "thought",
            "found", "left", "kept", "felt", "told", "said", "got", "put", "ran", "fell", "rose", "won", "lost", "paid",
            "met", "led", "held", "stood", "brought", "bought", "sold", "sent", "spent", "built", "began", "became",
            "grew", "drew", "fought", "hit", "cut", "set", "meant", "heard", "need", "want", "remain", "expect", "plan",
            "think", "believe", "know", "intend", "hope");
    /** Words before a quoted nickname: {@code goes by “Shorty”}, {@code known as “the Cannon”}. */
    private static final Set<String> NICKNAME_VERBS = Set.of("goes", "go", "went", "going", "known", "called");
    /** Prepositions that open an affiliation appositive: {@code Nicola Hart, of the King's Fund, said}. */
    private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("of", "from", "at", "with");
    /** The longest comma-bounded aside skipped between a speaker and the cue ({@code Quist, now retired, said}). */
    private static final int MAX_ASIDE_TOKENS = 14;
    private static final int MAX_SUBJECT_WORDS = 10;
    /** An appositive between commas may run longer ({@code a planetary scientist at … who was not involved}). */
    private static final int MAX_APPOSITIVE_WORDS = 16;
    private static final Set<String> RELATIVE_WORDS = Set.of("who", "which", "whose");
    /** Cues that give something a name rather than report words: {@code dubbed it “Earth's cousin”}. */
    private static final Set<String> NAMING_MARKERS = Set.of("dubbed", "termed", "labelled", "labeled", "nicknamed",
            "branded");
    private static final Set<String> MODIFIER_ADJECTIVES = Set.of("familiar", "close", "involved", "knowledgeable",
            "briefed");
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "in", "on", "at", "to", "for", "with", "from",
            "as", "about", "after", "before");
    /** Words after which a present-tense verb form follows its subject ({@code it works}, {@code which means}). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "this", "that", "who", "which", "one");
    /** A reported clause's first words may be a subject with an aside before its verb ({@code Whitley, of …, would}). */
    private static final int SUBJECT_WORDS_BEFORE_COMMA = 4;

    private final String text;
    private final Lexicon lexicon;
    private final SpeakerPhraseParser parser;

    SentenceAnalyzer(String text, Lexicon lexicon, SpeakerPhraseParser parser) {
        this.text = text;
        this.lexicon = lexicon;
        this.parser = parser;
    }

    Result analyze(ArticleLayout.Sentence sentence, List<QuotationSpan> paragraphQuotations) {
        return new Work(sentence, paragraphQuotations).run();
    }

    /** The analysis of one sentence; holds its tokens and what is known about each cue. */
    private final class Work {
        private final List<Token> tokens;
        private final List<QuotationSpan> spans = new ArrayList<>();
        private final int[] quoteOf;
        private final List<Cue> cues = new ArrayList<>();
        private final Map<Cue, Subject> subjects = new HashMap<>();
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<Cue> usedByDirect = new ArrayList<>();
        private final List<Cue> usedByMixed = new ArrayList<>();
        private final Set<Integer> namedWorks = new HashSet<>();

        Work(ArticleLayout.Sentence sentence, List<QuotationSpan> paragraphQuotations) {
            tokens = Token.tokenize(text, sentence.start(), sentence.end());
            for (QuotationSpan span : paragraphQuotations) {
                if (span.open() < sentence.end() && span.end() > sentence.start()) {
                    spans.add(span);
                }
            }
            quoteOf = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                quoteOf[i] = -1;
                for (int q = 0; q < spans.size(); q++) {
                    if (spans.get(q).contains(tokens.get(i).start())) {
                        quoteOf[i] = q;
                    }
                }
            }
        }

        Result run() {
            findCues();
            for (Cue cue : cues) {
                Subject subject = subjectOf(cue);
                if (subject != null) {
                    subjects.put(cue, subject);
                }
            }
            for (int q = 0; q < spans.size(); q++) {
                classifyQuotation(q);
            }
            for (Cue cue : cues) {
                if (subjects.containsKey(cue) && !usedByDirect.contains(cue) && !usedByMixed.contains(cue)
                        && cue.kind() != Lexicon.CueKind.NAMING) {
                    addIndirect(cue);
                }
            }
            candidates.sort((a, b) -> Integer.compare(a.start(), b.start()));
            boolean nothingFound = spans.isEmpty() && candidates.isEmpty();
            return new Result(List.copyOf(candidates), nothingFound ? bareAttribution() : null,
                    nothingFound ? colonAttribution() : null);
        }

        // ---- cues and subjects ----

        private void findCues() {
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (inQuote(i) || !token.isWord()) {
                    continue;
                }
                if (token.is("according") && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
                    cues.add(new Cue(i, i + 1, text.substring(token.start(), tokens.get(i + 1).end()), token.start(),
                            Lexicon.CueKind.PLAIN, true));
                    continue;
                }
                Lexicon.CueKind kind = lexicon.cue(token.text()).orElse(null);
                if (kind == null || token.isCapitalised() && i > 0) {
                    continue;
                }
                if (i > 0 && PASSIVE_OR_MODAL.contains(Lexicon.key(tokens.get(i - 1).text()))) {
                    continue;
                }
                boolean phrasal = kind == Lexicon.CueKind.NAMING && i + 1 < tokens.size()
                        && (tokens.get(i + 1).is("on") || tokens.get(i + 1).is("for"));
                if (phrasal) {
                    cues.add(new Cue(i, i + 1, text.substring(token.start(), tokens.get(i + 1).end()), token.start(),
                            Lexicon.CueKind.COMPLEMENT, false));
                    continue;
                }
                cues.add(new Cue(i, i, token.text(), token.start(), kind, false));
            }
        }

        private Subject subjectOf(Cue cue) {
            if (cue.accordingTo()) {
                return rightSubject(cue.last() + 1);
            }
            boolean afterComma = cue.first() > 0 && isComma(cue.first() - 1);
            boolean afterQuote = cue.first() > 0 && inQuote(cue.first() - 1);
            if (afterComma && cue.text().endsWith("ing")) {
                return mainSubjectBefore(cue);
            }
            // "... and warned that ...": a coordinated cue shares the speaker of the cue before it.
            if (cue.first() > 0 && tokens.get(cue.first() - 1).is("and")) {
                Subject shared = mainSubjectBefore(cue);
                if (shared != null) {
                    return shared;
                }
            }
            // A listener follows "told", never its speaker.
            if ((afterComma || afterQuote || cue.first() == 0) && cue.kind() != Lexicon.CueKind.OBJECT
                    && cue.kind() != Lexicon.CueKind.COMPLEMENT) {
                Subject inverted = rightSubject(cue.last() + 1);
                // After a plain comma, "said his player had …" starts the reported clause, not an inverted speaker.
                if (inverted != null && (afterQuote || cue.first() == 0 || endsSpeakerPhrase(inverted.last() + 1))) {
                    return inverted;
                }
            }
            Subject left = leftSubject(cue.first());
            if (left == null && cue.text().endsWith("ing")) {
                return mainSubjectBefore(cue);
            }
            return left;
        }

        private boolean endsSpeakerPhrase(int i) {
            return i >= tokens.size() || CLOSING_PUNCTUATION.contains(tokens.get(i).text())
                    || ADJUNCT_PREPOSITIONS.contains(tokens.get(i).text()) || TIME_WORDS.contains(Lexicon.key(tokens.get(i).text()));
        }

        /**
         * {@code …, adding that …}: the participle's speaker is the sentence's earlier speaker, or else the subject the
         * sentence opens with ({@code The WHO on Wednesday backed the vaccine, saying …}).
         */
        private Subject mainSubjectBefore(Cue cue) {
            Subject main = null;
            for (Cue earlier : cues) {
                if (earlier.first() < cue.first() && subjects.containsKey(earlier)) {
                    main = subjects.get(earlier);
                }
            }
            return main != null ? main : openingSubject(cue.first());
        }

        /** The capitalised noun phrase a sentence opens with, up to its first lowercase word. */
        private Subject openingSubject(int before) {
            int end = 0;
            while (end < before && !inQuote(end) && (tokens.get(end).isCapitalised() && tokens.get(end).isWord()
                    || end > 0 && (tokens.get(end).is("and") || tokens.get(end).is("&") || tokens.get(end).is("of")
                    || isComma(end) || lexicon.isTitle(tokens.get(end).text()) || lexicon.isPersonNoun(tokens.get(end).text())
                    || lexicon.isOrgKeyword(tokens.get(end).withoutPossessive()))
                    || end == 0 && NOUN_DETERMINERS.contains(Lexicon.key(tokens.get(end).text())))) {
                end++;
            }
            int verb = end;
            while (end > 0 && !tokens.get(end - 1).isWord()) {
                end--;
            }
            if (end == 0 || verb >= before || !tokens.get(verb).isWord() || tokens.get(verb).isCapitalised()) {
                return null;
            }
            Subject subject = phraseOf(0, end - 1, false);
            return subject == null || subject.phrase().pronoun() != null && end > 1 ? null : subject;
        }

        /** The speaker phrase ending just before the cue, with an appositive, a list or a citing clause around it. */
        private Subject leftSubject(int cueIndex) {
            int end = cueIndex - 1;
            while (end >= 0 && !inQuote(end) && AUXILIARIES_AND_ADVERBS.contains(Lexicon.key(tokens.get(end).text()))) {
                end--;
            }
            int asideStart = asideBefore(end);
            List<Token> affiliation = List.of();
            if (asideStart >= 0) {
                if (AFFILIATION_PREPOSITIONS.contains(tokens.get(asideStart + 1).text())) {
                    affiliation = tokens.subList(asideStart + 1, end);
                }
                end = asideStart - 1;
            }
            Subject subject = leftSubjectEndingAt(end);
            if (subject != null && !affiliation.isEmpty() && subject.phrase().isNamed()) {
                SpeakerPhrase phrase = subject.phrase();
                List<Token> roleTokens = new ArrayList<>(phrase.roleTokens());
                roleTokens.addAll(affiliation);
                String mention = text.substring(tokens.get(subject.first()).start(), affiliation.get(affiliation.size() - 1).end());
                return new Subject(phrase.withAppositive(mention, phrase.start(), phrase.role(), roleTokens),
                        subject.first(), subject.last(), false);
            }
            return subject;
        }

        /**
         * For {@code Quist, now retired, said} or {@code Hart, of the King's Fund, said}: the index of the comma that
         * opens an aside ending at the comma {@code end}, when the aside names no speaker of its own; else -1.
         */
        private int asideBefore(int end) {
            if (end < 2 || !isComma(end)) {
                return -1;
            }
            boolean cueInside = false;
            for (int k = end - 1; k > 0 && end - k <= MAX_ASIDE_TOKENS; k--) {
                if (inQuote(k)) {
                    return -1;
                }
                cueInside |= lexicon.cue(tokens.get(k).text()).isPresent() && !tokens.get(k).isCapitalised();
                if (isComma(k)) {
                    Token opening = tokens.get(k + 1);
                    boolean affiliation = AFFILIATION_PREPOSITIONS.contains(opening.text());
                    // "who asked not to be named", "signed by then-ambassador Harold Quist", "appearing on Fox News".
                    // A participle opens a clause when a preposition follows it ("signed by", not "retired teacher").
                    boolean participle = !opening.isCapitalised() && opening.isWord()
                            && (opening.text().endsWith("ed") || opening.text().endsWith("ing"))
                            && k + 2 < end && PARTICIPLE_PREPOSITIONS.contains(tokens.get(k + 2).text());
                    boolean clause = RELATIVE_WORDS.contains(opening.text()) || participle;
                    boolean speakerless = !cueInside && k + 1 < end && parser.parse(tokens.subList(k + 1, end)) == null;
                    return (affiliation && !cueInside || clause || speakerless) && isPhraseToken(k - 1) ? k : -1;
                }
            }
            return -1;
        }

        private Subject leftSubjectEndingAt(int end) {
            List<int[]> segments = new ArrayList<>();
            List<Boolean> bounded = new ArrayList<>();
            while (true) {
                int first = citingClauseStart(end);
                if (first == end) {
                    while (first >= 0 && isPhraseToken(first)) {
                        first--;
                    }
                    int relative = relativeClauseStart(first, end);
                    // "A person familiar with the matter said": the modifier's preposition does not end the phrase.
                    if (first > 0 && !inQuote(first) && MODIFIER_ADJECTIVES.contains(Lexicon.key(tokens.get(first - 1).text()))) {
                        relative = first;
                    }
                    if (relative > 0) {
                        first = relative - 1;
                        while (first >= 0 && isPhraseToken(first)) {
                            first--;
                        }
                    }
                }
                segments.add(new int[] {first + 1, end});
                bounded.add(first < 0 || inQuote(first) || isComma(first));
                if (first >= 0 && isComma(first) && segments.size() < 4) {
                    end = first - 1;
                    continue;
                }
                break;
            }
            int main = 0;
            if (isEmpty(segments.get(0))) {
                main = 1;
            }
            while (main < segments.size() && !isEmpty(segments.get(main))
                    && CITING.contains(Lexicon.key(tokens.get(segments.get(main)[0]).text())) && main + 1 < segments.size()) {
                main++;
            }
            if (main >= segments.size() || isEmpty(segments.get(main))) {
                return null;
            }
            int[] mainSegment = segments.get(main);
            if (mainSegment[0] > 0 && tokens.get(mainSegment[0] - 1).is("what")) {
                return null;
            }
            // "During the trial he described": a pronoun right before the cue is the whole subject.
            if (lexicon.pronounKind(tokens.get(mainSegment[1]).text()).isPresent()) {
                mainSegment = new int[] {mainSegment[1], mainSegment[1]};
            }
            // A speaker is named in a few words; a long run is narration ending in a noun-verb form ("island states").
            boolean appositive = mainSegment[0] > 0 && isComma(mainSegment[0] - 1);
            long words = tokens.subList(mainSegment[0], mainSegment[1] + 1).stream().filter(Token::isWord).count();
            if (words > (appositive ? MAX_APPOSITIVE_WORDS : MAX_SUBJECT_WORDS)) {
                return null;
            }
            Subject subject = phraseOf(mainSegment[0], mainSegment[1], false);
            if (subject == null) {
                return null;
            }
            for (int left = main + 1; left < segments.size() && bounded.get(left); left++) {
                int[] leftSegment = segments.get(left);
                // "In a statement, the force said": an adjunct before the comma is not an appositive.
                if (isEmpty(leftSegment) || ADJUNCT_PREPOSITIONS.contains(Lexicon.key(tokens.get(leftSegment[0]).text()))) {
                    break;
                }
                Subject widened = widen(phraseOf(leftSegment[0], leftSegment[1], false), subject);
                if (widened == null) {
                    break;
                }
                subject = widened;
            }
            return subject;
        }

        /**
         * {@code Investors who lost money said}: when the leftward walk stopped inside a relative clause, the index of
         * its {@code who}, so that the walk goes on to the noun it describes; else -1.
         */
        private int relativeClauseStart(int stoppedAt, int end) {
            if (stoppedAt < 1 || end - stoppedAt > MAX_ASIDE_TOKENS) {
                return -1;
            }
            for (int k = stoppedAt; k >= 1 && end - k <= MAX_ASIDE_TOKENS; k--) {
                if (inQuote(k) || isComma(k) || tokens.get(k).text().equals(".")) {
                    return -1;
                }
                if (RELATIVE_WORDS.contains(tokens.get(k).text())) {
                    return isPhraseToken(k - 1) && lexicon.cue(tokens.get(k - 1).text()).isEmpty() ? k : -1;
                }
            }
            return -1;
        }

        /**
         * For a cited source between commas ({@code Reuters, citing two sources familiar with the matter, reported}),
         * the index of the comma before {@code citing}; otherwise {@code end}, meaning no such clause ends here.
         */
        private int citingClauseStart(int end) {
            for (int i = end; i > 0; i--) {
                if (inQuote(i) || isComma(i)) {
                    return end;
                }
                if (CITING.contains(Lexicon.key(tokens.get(i).text())) && isComma(i - 1)) {
                    return i - 1;
                }
            }
            return end;
        }

        /** Joins a phrase with the comma-separated phrase on its left: an appositive or an earlier list member. */
        private Subject widen(Subject left, Subject right) {
            if (left == null) {
                return null;
            }
            SpeakerPhrase l = left.phrase();
            SpeakerPhrase r = right.phrase();
            String mention = text.substring(tokens.get(left.first()).start(), tokens.get(right.last()).end());
            if (r.plural() && r.kind() != SpeakerKind.UNNAMED && l.isNamed()) {
                return new Subject(parser.group(List.of(l, r), tokens.subList(left.first(), right.last() + 1)),
                        left.first(), right.last(), false);
            }
            if (l.isNamed() && r.isDescription() && r.kind() == SpeakerKind.UNNAMED) {
                return new Subject(l.withAppositive(mention, l.start(), r.role(), r.roleTokens()), left.first(),
                        right.last(), false);
            }
            boolean roleOfBody = l.roleTokens().stream().anyMatch(t -> t.is("of") || t.is("at") || t.is("for"));
            if (l.isDescription() && l.kind() == SpeakerKind.UNNAMED && r.kind() == SpeakerKind.ORGANIZATION && roleOfBody) {
                // "The head of Ukraine's energy company, Ukrenergo, said": an unnamed person of that organization.
                List<Token> roleTokens = new ArrayList<>(l.roleTokens());
                roleTokens.addAll(tokens.subList(right.first(), right.last() + 1));
                return new Subject(new SpeakerPhrase(mention, l.start(), SpeakerKind.UNNAMED, null, l.role(), null, null,
                        l.plural(), null, roleTokens, List.of()), left.first(), right.last(), false);
            }
            if (l.isDescription() && l.kind() == SpeakerKind.UNNAMED && r.isNamed()) {
                return new Subject(r.withAppositive(mention, l.start(), r.role() != null ? r.role() : l.role(),
                        r.role() != null ? r.roleTokens() : l.roleTokens()), left.first(), right.last(), false);
            }
            return null;
        }

        /** The speaker phrase right after an inverted cue ({@code said Leif-Eric Easley, professor of …}). */
        private Subject rightSubject(int from) {
            int end = from;
            while (end < tokens.size() && isPhraseToken(end)) {
                end++;
            }
            if (end == from) {
                return null;
            }
            Subject subject = phraseOf(from, end - 1, true);
            if (subject == null || end >= tokens.size() || !isComma(end)) {
                return subject;
            }
            int appositiveEnd = end + 1;
            while (appositiveEnd < tokens.size() && isPhraseToken(appositiveEnd)) {
                appositiveEnd++;
            }
            if (appositiveEnd == end + 1) {
                return subject;
            }
            SpeakerPhrase appositive = parser.parse(tokens.subList(end + 1, appositiveEnd));
            SpeakerPhrase main = subject.phrase();
            String mention = text.substring(tokens.get(from).start(), tokens.get(appositiveEnd - 1).end());
            if (appositive != null && main.isNamed() && appositive.isDescription()
                    && appositive.kind() == SpeakerKind.UNNAMED) {
                return new Subject(main.withAppositive(mention, main.start(), appositive.role(), appositive.roleTokens()),
                        from, appositiveEnd - 1, true);
            }
            if (appositive != null && main.isDescription() && main.kind() == SpeakerKind.UNNAMED && appositive.isNamed()) {
                return new Subject(appositive.withAppositive(mention, main.start(), main.role(), main.roleTokens()),
                        from, appositiveEnd - 1, true);
            }
            return subject;
        }

        /**
         * A phrase from token {@code first} to {@code last}; members joined by {@code and} that cannot be speakers
         * are dropped from the left ({@code The economy grew and analysts said}).
         */
        private Subject phraseOf(int first, int last, boolean inverted) {
            if (ADJUNCT_PREPOSITIONS.contains(Lexicon.key(tokens.get(first).text()))) {
                // "On Tuesday the minister said": the subject starts at the determiner after one adjunct.
                int determiner = -1;
                for (int i = first + 1; i < last && !inverted; i++) {
                    if (ADJUNCT_PREPOSITIONS.contains(Lexicon.key(tokens.get(i).text()))) {
                        return null;
                    }
                    if (NOUN_DETERMINERS.contains(Lexicon.key(tokens.get(i).text()))) {
                        determiner = i;
                    }
                }
                return determiner < 0 ? null : phraseOf(determiner, last, inverted);
            }
            List<int[]> members = new ArrayList<>();
            int memberEnd = last;
            for (int i = last; i >= first; i--) {
                if (tokens.get(i).is("and") && i > first) {
                    members.add(0, new int[] {i + 1, memberEnd});
                    memberEnd = i - 1;
                }
            }
            members.add(0, new int[] {first, memberEnd});
            if (members.size() > 1) {
                // "the U.S. Food and Drug Administration" is one body, not two.
                SpeakerPhrase whole = parser.parse(tokens.subList(first, last + 1));
                if (whole != null && whole.kind() == SpeakerKind.ORGANIZATION && lexicon.isOrgKeyword(tokens.get(last).text())
                        && tokens.get(last).isCapitalised()) {
                    return new Subject(whole, first, last, inverted);
                }
            }
            if (members.size() == 1) {
                SpeakerPhrase phrase = parser.parse(tokens.subList(first, last + 1));
                return phrase == null ? null : new Subject(phrase, first, last, inverted);
            }
            List<SpeakerPhrase> valid = new ArrayList<>();
            int groupStart = last + 1;
            for (int m = members.size() - 1; m >= 0; m--) {
                int[] member = members.get(m);
                SpeakerPhrase phrase = member[0] > member[1] ? null : parser.parse(tokens.subList(member[0], member[1] + 1));
                if (phrase == null || phrase.pronoun() != null) {
                    break;
                }
                valid.add(0, phrase);
                groupStart = member[0];
            }
            if (valid.isEmpty()) {
                return null;
            }
            if (valid.size() == 1) {
                return new Subject(valid.get(0), groupStart, last, inverted);
            }
            // "Selene founder and CEO Marcus Hill": a role joined to a name's title is one person.
            boolean compoundTitle = valid.get(valid.size() - 1).isNamed() && valid.subList(0, valid.size() - 1).stream()
                    .allMatch(m -> m.isDescription() && !m.plural());
            if (compoundTitle) {
                SpeakerPhrase whole = parser.parse(tokens.subList(groupStart, last + 1));
                if (whole != null && whole.isNamed()) {
                    return new Subject(whole, groupStart, last, inverted);
                }
            }
            return new Subject(parser.group(valid, tokens.subList(groupStart, last + 1)), groupStart, last, inverted);
        }

        private boolean isPhraseToken(int i) {
            if (inQuote(i)) {
                return false;
            }
            Token token = tokens.get(i);
            if (!token.isWord()) {
                // The dot of "Dr." or of "U.S." belongs to the phrase.
                return token.text().equals("(") || token.text().equals(")") || token.text().equals("&")
                        || token.text().equals(".") && i > 0 && (lexicon.isHonorific(tokens.get(i - 1).text())
                        || tokens.get(i - 1).isAcronym() && tokens.get(i - 1).text().contains("."));
            }
            // "WHO" is an agency, not the relative pronoun.
            if (lexicon.isClauseWord(token.text()) && !token.isAcronym()) {
                return false;
            }
            return token.isCapitalised() || lexicon.cue(token.text()).isEmpty();
        }

        // ---- quotation marks ----

        private void classifyQuotation(int q) {
            int open = firstTokenOf(q);
            int close = lastTokenOf(q);
            if (open < 0) {
                return;
            }
            QuotationSpan span = spans.get(q);
            if (isNamedWork(open, close)) {
                namedWorks.add(q);
                return;
            }
            if (isNickname(open)) {
                return;
            }
            Cue prefix = prefixAttribution(open);
            if (prefix != null) {
                addDirect(span, prefix);
                return;
            }
            if (startsStatement(open)) {
                Cue suffix = suffixAttribution(close);
                if (suffix != null) {
                    addDirect(span, suffix);
                    return;
                }
                if (opensSentence(open) && onlyPunctuationAfter(close)) {
                    addDirect(span, null);
                    return;
                }
            }
            if (isScareQuoteOrTitle(span, open, close)) {
                return;
            }
            Cue before = nearestCueBefore(open);
            // "She said the strategy was paying off: “Our churn is the lowest …”": a colon introduces a full quote.
            if (before != null && open > 0 && tokens.get(open - 1).text().equals(":")) {
                addDirect(span, before, false);
                return;
            }
            if (before != null && NAMING_MARKERS.contains(Lexicon.key(before.text()))) {
                return;
            }
            if (before != null) {
                addMixed(span, before);
                return;
            }
            Cue trailing = trailingCueAfter(close);
            if (trailing != null) {
                addMixed(span, trailing);
            }
        }

        /** {@code X said, “…”}, {@code X said in a statement: “…”}, {@code X told reporters: “…”}. */
        private Cue prefixAttribution(int open) {
            for (int c = cues.size() - 1; c >= 0; c--) {
                Cue cue = cues.get(c);
                if (cue.last() >= open) {
                    continue;
                }
                Subject subject = subjects.get(cue);
                if (subject == null || subject.inverted() && subject.last() >= open) {
                    return null;
                }
                int from = subject.inverted() ? subject.last() + 1 : cue.last() + 1;
                return isAttributionFiller(cue, from, open) ? cue : null;
            }
            return null;
        }

        private boolean isAttributionFiller(Cue cue, int from, int to) {
            int i = from;
            if (cue.kind() == Lexicon.CueKind.OBJECT) {
                i = skipObject(i, to);
            }
            while (i < to && (isComma(i) || tokens.get(i).text().equals(":") || tokens.get(i).text().equals("—"))) {
                i++;
            }
            if (i >= to) {
                return true;
            }
            int adjunctEnd = skipAdjuncts(i, to);
            while (adjunctEnd < to && (isComma(adjunctEnd) || tokens.get(adjunctEnd).text().equals(":"))) {
                adjunctEnd++;
            }
            return adjunctEnd >= to && adjunctEnd > i;
        }

        /** A quotation opening the sentence or following another quotation and its attribution. */
        private boolean startsStatement(int open) {
            return opensSentence(open) || usedByDirect.stream().anyMatch(cue -> cue.last() < open) && allBetweenAttributed(open);
        }

        private boolean allBetweenAttributed(int open) {
            return open > 0 && (inQuote(open - 1) || CLOSING_PUNCTUATION.contains(tokens.get(open - 1).text())
                    || tokens.get(open - 1).is("and"));
        }

        /** {@code “…,” X said.}, {@code “…,” said X, professor of …}: the speaker phrase starts right after the marks. */
        private Cue suffixAttribution(int close) {
            int p = close + 1;
            while (p < tokens.size() && CLOSING_PUNCTUATION.contains(tokens.get(p).text())) {
                p++;
            }
            for (Cue cue : cues) {
                if (cue.first() < p) {
                    continue;
                }
                Subject subject = subjects.get(cue);
                if (subject == null) {
                    return null;
                }
                boolean right = subject.inverted() ? cue.first() == p
                        : subject.first() == p || appositiveBetween(p, subject.first());
                return right ? cue : null;
            }
            return null;
        }

        /** {@code “…,” one of them, retired teacher Graham Pollard, said}: a short aside ending in a comma. */
        private boolean appositiveBetween(int from, int to) {
            if (to - from > 6 || to - 1 <= from || !isComma(to - 1)) {
                return false;
            }
            for (int i = from; i < to - 1; i++) {
                if (inQuote(i) || !tokens.get(i).isWord() || lexicon.cue(tokens.get(i).text()).isPresent()) {
                    return false;
                }
            }
            return true;
        }

        private boolean onlyPunctuationAfter(int close) {
            for (int i = close + 1; i < tokens.size(); i++) {
                if (!CLOSING_PUNCTUATION.contains(tokens.get(i).text())) {
                    return false;
                }
            }
            return true;
        }

        /** {@code CNN's “State of the Union”}: a title-cased name owned by a channel or paper is a programme or column. */
        private boolean isNamedWork(int open, int close) {
            return open > 0 && tokens.get(open - 1).isPossessive() && tokens.get(open - 1).isCapitalised()
                    && titleCased(open, close);
        }

        /** {@code goes by “Kofi”}, {@code Marco “The Cannon” Bellini}. */
        private boolean isNickname(int open) {
            if (open > 1 && tokens.get(open - 1).is("by") && NICKNAME_VERBS.contains(Lexicon.key(tokens.get(open - 2).text()))) {
                return true;
            }
            int close = lastTokenOf(quoteOf[open]);
            return open > 0 && close + 1 < tokens.size() && tokens.get(open - 1).isCapitalised() && tokens.get(open - 1).isWord()
                    && !inQuote(open - 1) && tokens.get(close + 1).isCapitalised() && tokens.get(close + 1).isWord()
                    && titleCased(open, close);
        }

        private boolean titleCased(int open, int close) {
            List<Token> words = tokens.subList(open, close + 1).stream().filter(Token::isWord).toList();
            return !words.isEmpty() && words.size() <= 8 && words.stream()
                    .allMatch(w -> w.isCapitalised() || TITLE_SMALL_WORDS.contains(w.text()) || !Character.isLetter(w.text().charAt(0)));
        }

        /** {@code the so-called “reset”}, {@code the film “The Crown”}: marks that do not report speech. */
        private boolean isScareQuoteOrTitle(QuotationSpan span, int open, int close) {
            if (open > 0) {
                String previous = Lexicon.key(tokens.get(open - 1).text());
                boolean knownAs = previous.equals("as") && open > 1 && tokens.get(open - 2).is("known");
                if (SCARE_MARKERS.contains(previous) || knownAs) {
                    return true;
                }
            }
            List<Token> words = tokens.subList(open, close + 1).stream().filter(Token::isWord).toList();
            boolean titleCased = !words.isEmpty() && words.size() <= 8 && words.stream()
                    .allMatch(w -> w.isCapitalised() || TITLE_SMALL_WORDS.contains(w.text()) || !Character.isLetter(w.text().charAt(0)));
            char last = text.charAt(Math.max(span.contentStart(), span.contentEnd() - 1));
            return titleCased && ".!?".indexOf(last) < 0;
        }

        private Cue nearestCueBefore(int open) {
            Cue nearest = null;
            for (Cue cue : cues) {
                if (cue.last() < open && subjects.containsKey(cue) && !usedByDirect.contains(cue)) {
                    nearest = cue;
                }
            }
            return nearest;
        }

        /** {@code The plan was “a disaster”, she said.}: the fragment sits in the clause a trailing cue reports. */
        private Cue trailingCueAfter(int close) {
            for (Cue cue : cues) {
                if (cue.first() > close && subjects.containsKey(cue) && trailingClauseEnd(cue) > close) {
                    return cue;
                }
            }
            return null;
        }

        private void addDirect(QuotationSpan span, Cue cue) {
            addDirect(span, cue, true);
        }

        /** {@code consumesCue}: whether the cue reports nothing else (no reported clause of its own). */
        private void addDirect(QuotationSpan span, Cue cue, boolean consumesCue) {
            int start = span.contentStart();
            int end = span.contentEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            // The comma before a closing mark belongs to the attribution, not to the speaker's words.
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (start >= end) {
                return;
            }
            if (cue != null && consumesCue) {
                usedByDirect.add(cue);
            }
            candidates.add(new Candidate(QuoteType.DIRECT, start, end, cue == null ? null : cue.text(),
                    cue == null ? -1 : cue.start(), cue == null ? null : subjects.get(cue).phrase(), span));
        }

        private void addMixed(QuotationSpan span, Cue cue) {
            int start = span.contentStart();
            int end = span.contentEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (start >= end) {
                return;
            }
            usedByMixed.add(cue);
            candidates.add(new Candidate(QuoteType.MIXED, start, end, cue.text(), cue.start(), subjects.get(cue).phrase(),
                    null));
        }

        // ---- reported clauses ----

        private void addIndirect(Cue cue) {
            Subject subject = subjects.get(cue);
            int[] clause = cue.accordingTo() ? accordingToClause(cue, subject) : forwardClause(cue, subject);
            boolean nounPhraseReports = cue.kind() == Lexicon.CueKind.COMPLEMENT || cue.kind() == Lexicon.CueKind.CONTENT;
            if (clause != null && !cue.accordingTo() && !introducedByThat(clause) && !nounPhraseReports
                    && !hasFiniteVerb(clause)) {
                clause = null;
            }
            if (clause == null) {
                int comma = trailingClauseEnd(cue);
                clause = comma > 0 ? trimClause(0, comma) : parentheticalClause(cue, subject);
            }
            // "denied the charges" reports in two words; a plain clause needs three.
            int minimumWords = nounPhraseReports ? 2 : MIN_CLAUSE_WORDS;
            if (clause == null || !isReportedClause(clause, minimumWords)) {
                return;
            }
            // "asked whether Democrats would accept …" reports a question, not a statement.
            if (tokens.get(clause[0]).is("whether") || tokens.get(clause[0]).is("if")) {
                return;
            }
            Token first = tokens.get(clause[0]);
            Token last = tokens.get(clause[1] - 1);
            // "X said they expected Y": the inner cue is part of X's report, not a report of its own.
            boolean insideEarlierReport = candidates.stream().anyMatch(c -> c.type() == QuoteType.INDIRECT
                    && c.start() <= cue.start() && cue.start() < c.end());
            if (insideEarlierReport) {
                return;
            }
            candidates.add(new Candidate(QuoteType.INDIRECT, first.start(), last.end(), cue.text(), cue.start(),
                    subject.phrase(), null));
        }

        private boolean introducedByThat(int[] clause) {
            return clause[0] > 0 && tokens.get(clause[0] - 1).is("that");
        }

        /** A clause has a verb: an auxiliary or modal, a past form, or a present form after its subject. */
        private boolean hasFiniteVerb(int[] clause) {
            int first = clause[0];
            while (first < clause[1] - 1 && (tokens.get(first).is("ever") || tokens.get(first).is("never")
                    || tokens.get(first).is("not"))) {
                first++;
            }
            // "denied ever instructing staff …": a gerund is the reported act.
            if (Lexicon.key(tokens.get(first).text()).endsWith("ing") && !tokens.get(first).isCapitalised()) {
                return true;
            }
            // The verb comes before the first comma that follows a few words: "reported a profit on Tuesday, helped
            // by …" has none.
            boolean asideOpen = false;
            for (int i = clause[0]; i < clause[1]; i++) {
                Token token = tokens.get(i);
                if (isComma(i)) {
                    // "the impurity, known as NDMA, had been found": an aside right after the subject is skipped.
                    if (asideOpen || i - clause[0] >= SUBJECT_WORDS_BEFORE_COMMA) {
                        if (!asideOpen) {
                            break;
                        }
                        asideOpen = false;
                    } else {
                        asideOpen = true;
                    }
                    continue;
                }
                String word = Lexicon.key(token.text());
                if (!token.isWord() || token.isCapitalised() && i > clause[0]) {
                    continue;
                }
                boolean past = i > clause[0] && word.length() > 3 && word.endsWith("ed") && !word.contains("-");
                if (FINITE_VERBS.contains(word) || past
                        || word.endsWith("'s") && CLAUSE_SUBJECTS.contains(word.substring(0, word.length() - 2))) {
                    return true;
                }
                Token previous = i > clause[0] ? tokens.get(i - 1) : null;
                boolean afterSubject = previous != null && (SUBJECT_PRONOUNS.contains(Lexicon.key(previous.text()))
                        || previous.isCapitalised() || i - 2 >= clause[0]
                        && NOUN_DETERMINERS.contains(Lexicon.key(tokens.get(i - 2).text())));
                boolean present = afterSubject && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
                if (present) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code The vote, the chief whip said, would take place on Thursday}: a cue set between commas inside the
         * sentence it reports; the quote is the whole sentence.
         */
        private int[] parentheticalClause(Cue cue, Subject subject) {
            if (subject.inverted() || subject.first() < 2 || !isComma(subject.first() - 1)) {
                return null;
            }
            int after = skipAdjuncts(cue.last() + 1, tokens.size());
            if (after >= tokens.size() - 2 || !isComma(after)) {
                return null;
            }
            for (int i = 0; i < subject.first() - 1; i++) {
                if (inQuote(i) || lexicon.cue(tokens.get(i).text()).isPresent() && !tokens.get(i).isCapitalised()) {
                    return null;
                }
            }
            return trimClause(0, tokens.size());
        }

        /** {@code X said (in a statement) (that) <clause>}, {@code X told Y (that) <clause>}, {@code X denied V-ing …}. */
        private int[] forwardClause(Cue cue, Subject subject) {
            int start = subject.inverted() ? subject.last() + 1 : cue.last() + 1;
            if (cue.kind() == Lexicon.CueKind.OBJECT) {
                start = skipObject(start, tokens.size());
            }
            if (cue.kind() != Lexicon.CueKind.COMPLEMENT) {
                start = skipAdjuncts(start, tokens.size());
            }
            if (start >= tokens.size() || inQuote(start) || !tokens.get(start).isWord()) {
                return null;
            }
            int end = start;
            while (end < tokens.size()) {
                if (!inQuote(end) && clauseStopsAt(cue, start, end)) {
                    break;
                }
                end++;
            }
            return trimClause(start, end);
        }

        private boolean clauseStopsAt(Cue cue, int clauseStart, int i) {
            Token token = tokens.get(i);
            if (token.text().equals(";") || token.text().equals(":")) {
                return true;
            }
            // "wrote that … and warned that …": a coordinated cue starts a report of its own.
            if (token.is("and") && i + 1 < tokens.size()
                    && cues.stream().anyMatch(other -> other.first() == i + 1 && subjects.containsKey(other))) {
                return true;
            }
            if (isComma(i) && i + 1 < tokens.size() && CLAUSE_CUTS.contains(Lexicon.key(tokens.get(i + 1).text()))) {
                return true;
            }
            for (Cue nested : cues) {
                Subject subject = subjects.get(nested);
                if (nested.first() <= cue.last() || subject == null || subject.inverted() || nested.accordingTo()) {
                    continue;
                }
                boolean introduced = subject.first() - 1 > clauseStart && subject.first() - 1 == i
                        && (SUBORDINATORS.contains(Lexicon.key(token.text())) || isComma(i));
                if (introduced) {
                    return true;
                }
            }
            return false;
        }

        /** {@code According to X, <clause>} or {@code <clause>, according to X}. */
        private int[] accordingToClause(Cue cue, Subject subject) {
            if (cue.first() == 0) {
                int start = subject.last() + 1;
                while (start < tokens.size() && isComma(start)) {
                    start++;
                }
                return trimClause(start, tokens.size());
            }
            int end = isComma(cue.first() - 1) ? cue.first() - 1 : cue.first();
            boolean continues = subject.last() + 2 < tokens.size() && isComma(subject.last() + 1);
            // "Paylane's administrators, according to court filings, have recovered …": the whole sentence is reported.
            return continues ? trimClause(0, tokens.size()) : trimClause(0, end);
        }

        /**
         * For {@code <clause>, the NIS said.} or {@code <clause>, said X.}: the index of the comma ending the clause,
         * else -1. The cue must report nothing after it, so it is the attribution of what came before.
         */
        private int trailingClauseEnd(Cue cue) {
            Subject subject = subjects.get(cue);
            if (subject == null || cue.accordingTo()) {
                return -1;
            }
            int comma = subject.inverted() ? cue.first() - 1 : subject.first() - 1;
            if (comma <= 0 || !isComma(comma)) {
                return -1;
            }
            int after = subject.inverted() ? subject.last() + 1 : cue.last() + 1;
            if (cue.kind() == Lexicon.CueKind.OBJECT) {
                after = skipObject(after, tokens.size());
            }
            after = skipAdjuncts(after, tokens.size());
            return onlyPunctuationAfter(after - 1) ? comma : -1;
        }

        private int[] trimClause(int start, int end) {
            while (end > start && (CLOSING_PUNCTUATION.contains(tokens.get(end - 1).text())
                    || SUBORDINATORS.contains(Lexicon.key(tokens.get(end - 1).text()))) && !inQuote(end - 1)) {
                end--;
            }
            return end > start ? new int[] {start, end} : null;
        }

        private boolean isReportedClause(int[] clause, int minimumWords) {
            if (inQuote(clause[0]) && inQuote(clause[1] - 1) && quoteOf[clause[0]] == quoteOf[clause[1] - 1]) {
                return false;
            }
            for (Candidate direct : candidates) {
                if (direct.type() == QuoteType.DIRECT && direct.span().open() >= tokens.get(clause[0]).start()
                        && direct.span().open() < tokens.get(clause[1] - 1).end()) {
                    return false;
                }
            }
            long words = tokens.subList(clause[0], clause[1]).stream().filter(Token::isWord).count();
            return words >= minimumWords;
        }

        /** Skips the listener of {@code told}: {@code reporters}, {@code Euronews}, {@code the BBC}, up to {@code that}. */
        private int skipObject(int from, int to) {
            if (from >= to || tokens.get(from).is("that")) {
                return from;
            }
            for (int k = from + 1; k < Math.min(to, from + 7); k++) {
                if (tokens.get(k).is("that")) {
                    return k;
                }
                if (!tokens.get(k).isWord() || inQuote(k)) {
                    break;
                }
            }
            Token first = tokens.get(from);
            if (OBJECT_PRONOUNS.contains(Lexicon.key(first.text()))) {
                return from + 1;
            }
            int i = from;
            if (NOUN_DETERMINERS.contains(Lexicon.key(first.text()))) {
                i++;
            }
            int run = i;
            while (run < to && tokens.get(run).isWord() && tokens.get(run).isCapitalised() && !inQuote(run)) {
                run++;
            }
            if (run > i) {
                return run;
            }
            return i > from && i < to && tokens.get(i).isWord() ? i + 1 : from;
        }

        /** Skips {@code in a statement}, {@code on Monday}, {@code last week}, {@code at a news conference} … and {@code that}. */
        private int skipAdjuncts(int from, int to) {
            int i = from;
            while (i < to && !inQuote(i)) {
                String word = Lexicon.key(tokens.get(i).text());
                if (word.equals("that")) {
                    return i + 1;
                }
                if (TIME_WORDS.contains(word)) {
                    i++;
                } else if ((word.equals("last") || word.equals("this")) && i + 1 < to
                        && TIME_NOUNS.contains(Lexicon.key(tokens.get(i + 1).text()))) {
                    i += 2;
                } else if (ADJUNCT_PREPOSITIONS.contains(word) && !tokens.get(i).isCapitalised()) {
                    int that = thatWithin(i + 1, to, 10);
                    if (that > 0) {
                        return that + 1;
                    }
                    int next = skipPrepositionalPhrase(i + 1, to);
                    if (next == i + 1) {
                        return i;
                    }
                    i = next;
                } else if (isComma(i) && thatWithin(i + 1, to, 8) > 0) {
                    i++;
                } else {
                    return i;
                }
            }
            return i;
        }

        private int thatWithin(int from, int to, int window) {
            for (int k = from; k < Math.min(to, from + window); k++) {
                Token token = tokens.get(k);
                if (token.is("that")) {
                    return k;
                }
                if (!token.isWord() || inQuote(k) || lexicon.cue(token.text()).isPresent()) {
                    return -1;
                }
            }
            return -1;
        }

        /** A determiner and one or two words, or a capitalised name: {@code a statement}, {@code its website}, {@code Paris}. */
        private int skipPrepositionalPhrase(int from, int to) {
            int i = from;
            if (i < to && NOUN_DETERMINERS.contains(Lexicon.key(tokens.get(i).text()))) {
                i++;
                int words = 0;
                while (i < to && words < 2 && tokens.get(i).isWord() && !inQuote(i) && !tokens.get(i).is("and")
                        && !CLAUSE_SUBJECTS.contains(Lexicon.key(tokens.get(i).text()))) {
                    i++;
                    words++;
                }
                return words == 0 ? from : i;
            }
            while (i < to && tokens.get(i).isWord() && tokens.get(i).isCapitalised() && !inQuote(i)) {
                i++;
            }
            // "on ABC's “This Week”": the programme's title belongs to the adjunct.
            if (i > from && i < to && inQuote(i) && namedWorks.contains(quoteOf[i])) {
                i = lastTokenOf(quoteOf[i]) + 1;
            }
            return i;
        }

        /** {@code Its chair told reporters:} at a paragraph's end, introducing the quotation in the next paragraph. */
        private Candidate colonAttribution() {
            if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(":")) {
                return null;
            }
            for (int c = cues.size() - 1; c >= 0; c--) {
                Cue cue = cues.get(c);
                Subject subject = subjects.get(cue);
                if (subject == null || cue.accordingTo()) {
                    continue;
                }
                int from = subject.inverted() ? subject.last() + 1 : cue.last() + 1;
                if (isAttributionFiller(cue, from, tokens.size() - 1) || from == tokens.size() - 1) {
                    return new Candidate(QuoteType.DIRECT, -1, -1, cue.text(), cue.start(), subject.phrase(), null);
                }
                return null;
            }
            return null;
        }

        /** {@code Smith said.} or {@code He added.}: a cue with a speaker and nothing reported. */
        private Candidate bareAttribution() {
            for (Cue cue : cues) {
                Subject subject = subjects.get(cue);
                if (subject == null || cue.accordingTo()) {
                    continue;
                }
                int first = subject.inverted() ? cue.first() : subject.first();
                int after = subject.inverted() ? subject.last() + 1 : cue.last() + 1;
                if (cue.kind() == Lexicon.CueKind.OBJECT) {
                    after = skipObject(after, tokens.size());
                }
                after = skipAdjuncts(after, tokens.size());
                if (first == 0 && onlyPunctuationAfter(after - 1)) {
                    return new Candidate(QuoteType.DIRECT, -1, -1, cue.text(), cue.start(), subject.phrase(), null);
                }
            }
            return null;
        }

        // ---- helpers ----

        /** Nothing but symbols (a bullet, a dash, an emoji) comes before token {@code i}. */
        private boolean opensSentence(int i) {
            for (int k = 0; k < i; k++) {
                if (tokens.get(k).isWord() || inQuote(k)) {
                    return false;
                }
            }
            return true;
        }

        private boolean inQuote(int i) {
            return quoteOf[i] >= 0;
        }

        private boolean isComma(int i) {
            return !inQuote(i) && tokens.get(i).text().equals(",");
        }

        private boolean isEmpty(int[] segment) {
            return segment[0] > segment[1];
        }

        private int firstTokenOf(int q) {
            for (int i = 0; i < tokens.size(); i++) {
                if (quoteOf[i] == q) {
                    return i;
                }
            }
            return -1;
        }

        private int lastTokenOf(int q) {
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (quoteOf[i] == q) {
                    return i;
                }
            }
            return -1;
        }
    }
}
