package io.quotestance.stance.classifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule-based stance classifier following STANCE-GUIDE.md: it finds stance words from the project's lexicons,
 * scopes negation and hedges within clauses, weighs the clauses, adds the cue verb, and turns the weighted evidence
 * into a softmax score for each of the four labels.
 *
 * <p>Lexicons are loaded once in the constructor; instances are immutable and safe to share between threads.
 */
public final class StanceClassifier {

    /** Version of rules and lexicons; bump it whenever either changes. */
    public static final String MODEL_VERSION = "rules-1.0.0";

    // Evidence weights (softmax logits). Explicit verdicts outweigh concern, which outweighs a plain assertion;
    // a lone plain assertion (0.7) scores about 0.4, the guide's "low confidence".
    private static final double CUE_VERB = 2.5;
    private static final double NEGATED_CUE_VERB = 1.6;
    private static final double CONFIRMATION = 2.0;
    private static final double NEGATED_CONFIRMATION = 2.2;
    private static final double TRUTH = 1.2;
    private static final double NEGATED_TRUTH = 2.2;
    private static final double DENIAL = 2.0;
    private static final double NEGATED_DENIAL = 1.4;
    private static final double CONCERN = 1.4;
    private static final double NEGATED_CONCERN = 0.8;
    private static final double BOOSTER = 1.5;
    private static final double BOOSTER_INTENSIFIER = 0.6;
    private static final double NEGATED_CERTAINTY = 1.6;
    private static final double CLAIM_HEDGE = 1.6;
    private static final double NEGATED_DOUBT = 1.4;
    private static final double MODAL_HEDGE = 1.0;
    private static final double CONSEQUENCE_HEDGE = 0.6;
    private static final double QUESTION = 1.2;
    private static final double NEGATED_EVENT = 1.5;
    private static final double FACTUAL = 0.7;
    private static final double FACTUAL_ON_CLAIM = 1.0;
    private static final double FACTUAL_OFF_CLAIM = 0.35;

    /** Concern yields to an explicit verdict on truth (guide rule 2). */
    private static final double CONCERN_UNDER_VERDICT = 0.4;
    /** "may not have been sent" is a hedge, not a denial. */
    private static final double HEDGED_NEGATION = 0.3;
    private static final double CLAIM_EVENT_NEGATION = 1.6;
    private static final double OFF_CLAIM_NEGATION = 0.6;
    /** Claim overlap at or above which a statement counts as fully on topic. */
    private static final double ON_TOPIC_OVERLAP = 0.25;

    /** Tokens allowed between a negator and the word it negates ("not been able to verify"). */
    private static final int NEGATION_WINDOW = 3;
    /** Tokens allowed between a booster and the concern word it intensifies ("clearly very alarming"). */
    private static final int INTENSIFIER_WINDOW = 1;

    private static final Pattern SENTENCE_START_BEFORE =
            Pattern.compile("(^|[.!?:;\"'(\u201C\u2018\u2013\u2014])\\s*$");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /** What a negated cue verb means; negated concern or question cues ("did not warn") carry no stance. */
    private static final Map<StanceLabel, StanceLabel> NEGATED_CUE =
            Map.of(StanceLabel.CONFIRM, StanceLabel.UNCERTAIN, StanceLabel.DENY, StanceLabel.CONFIRM);

    private final Map<TermKind, Lexicon> termLexicons = new EnumMap<>(TermKind.class);
    private final Map<StanceLabel, Lexicon> cueLexicons = new LinkedHashMap<>();
    private final Lexicon stopwords;

    public StanceClassifier() {
        for (TermKind kind : TermKind.values()) {
            termLexicons.put(kind, Lexicon.load(kind.lexiconName()));
        }
        // Checked in this order; a cue matches at most one list in practice.
        cueLexicons.put(StanceLabel.DENY, Lexicon.load("cue-deny"));
        cueLexicons.put(StanceLabel.CONFIRM, Lexicon.load("cue-confirm"));
        cueLexicons.put(StanceLabel.CONCERN, Lexicon.load("cue-concern"));
        cueLexicons.put(StanceLabel.UNCERTAIN, Lexicon.load("cue-uncertain"));
        stopwords = Lexicon.load("stopwords");
    }

    /**
     * Labels a statement.
     *
     * @throws NullPointerException when {@code input} or its text is null
     */
    public StanceResult classify(StanceInput input) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(input.text(), "input.text");
        return new Analysis(input).result();
    }

    /** A word found from a lexicon, located in tokens and clauses. */
    private record Term(TermKind kind, Lexicon.Span span, int firstToken, int lastToken, int clause) {
    }

    /**
     * One piece of weighted evidence for a label. {@code clause} is -1 for the cue, which lies outside the text;
     * {@code verdict} marks explicit verdicts on truth, before which concern gives way.
     */
    private record Signal(StanceLabel label, double weight, Evidence evidence, int clause, boolean verdict) {
        Signal scaled(double factor) {
            return new Signal(label, weight * factor, evidence, clause, verdict);
        }
    }

    /** The state of one {@link #classify} call. */
    private final class Analysis {
        private final String text;
        private final String normalised;
        private final List<Token> tokens;
        private final List<Clause> clauses;
        private final List<Term> terms;
        private final Set<String> claimStems;
        private final Map<Term, Term> negatorOf = new HashMap<>();
        private final Set<Term> usedNegators = new HashSet<>();
        private final List<Signal> signals = new ArrayList<>();
        private final String cue;

        Analysis(StanceInput input) {
            text = input.text();
            normalised = TextNormaliser.normalise(text);
            tokens = Token.tokenise(normalised);
            clauses = Clause.split(text, normalised);
            terms = findTerms();
            cue = input.cue() == null ? "" : input.cue();
            claimStems = input.claim() == null ? Set.of() : contentStems(TextNormaliser.normalise(input.claim()));
        }

        StanceResult result() {
            scopeNegation();
            addTermSignals();
            addEventNegations();
            addQuestions();
            addBoosters();
            StanceLabel cueLabel = addCueVerb();
            if (cueLabel == null) {
                addFactualAssertions();
            }
            if (signals.isEmpty()) {
                addNoCueFallback();
            }
            List<Signal> weighed = concernYieldsToVerdict(signals);
            weighed = scaleByClaimRelevance(weighed);
            return score(weighed);
        }

        // ---- finding words ----

        private List<Term> findTerms() {
            List<Term> candidates = new ArrayList<>();
            for (TermKind kind : TermKind.values()) {
                for (Lexicon.Span span : termLexicons.get(kind).find(normalised)) {
                    int clause = clauseIndexOf(span.start());
                    if (clause >= 0 && !isNameMidSentence(span)) {
                        candidates.add(new Term(kind, span, firstTokenFrom(span.start()), lastTokenBefore(span.end()),
                                clause));
                    }
                }
            }
            candidates.sort(Comparator.comparingInt((Term term) -> -term.span().length())
                    .thenComparing(Term::kind)
                    .thenComparingInt(term -> term.span().start()));
            List<Term> accepted = new ArrayList<>();
            for (Term candidate : candidates) {
                if (accepted.stream().noneMatch(term -> term.span().overlaps(candidate.span()))) {
                    accepted.add(candidate);
                }
            }
            accepted.sort(Comparator.comparingInt(term -> term.span().start()));
            return accepted;
        }

        /** A capitalised word inside a sentence is a name ("Hope", "May"), not a stance word. */
        private boolean isNameMidSentence(Lexicon.Span span) {
            int start = span.start();
            boolean titleCase = Character.isUpperCase(text.charAt(start))
                    && span.length() > 1 && Character.isLowerCase(text.charAt(start + 1));
            return titleCase && !SENTENCE_START_BEFORE.matcher(text.substring(0, start)).find();
        }

        // ---- negation ----

        /** Each negatable word takes the nearest negator shortly before it in its clause. */
        private void scopeNegation() {
            for (Term term : terms) {
                if (!term.kind().negatable()) {
                    continue;
                }
                Term nearest = null;
                for (Term negator : terms) {
                    if (negator.kind().negates() && negator.clause() == term.clause()
                            && negator.lastToken() < term.firstToken()
                            && term.firstToken() - negator.lastToken() - 1 <= NEGATION_WINDOW) {
                        nearest = negator;
                    }
                }
                if (nearest != null) {
                    negatorOf.put(term, nearest);
                    // A negated hedge ("not possible") says nothing itself: its negator goes on to negate the event.
                    if (term.kind() != TermKind.CLAIM_HEDGE) {
                        usedNegators.add(nearest);
                    }
                }
            }
        }

        private void addTermSignals() {
            for (Term term : terms) {
                Term negator = negatorOf.get(term);
                boolean negated = negator != null;
                Lexicon.Span word = term.span();
                switch (term.kind()) {
                    case CONFIRMATION, DISCLOSURE -> {
                        if (negated) {
                            add(StanceLabel.UNCERTAIN, NEGATED_CONFIRMATION, negatedSpan(negator, term),
                                    "negated-confirmation", term.clause(), true);
                        } else if (term.kind() == TermKind.CONFIRMATION) {
                            add(StanceLabel.CONFIRM, CONFIRMATION, word, "confirmation-vocabulary", term.clause(), true);
                        }
                    }
                    case TRUTH -> {
                        if (negated) {
                            add(StanceLabel.DENY, NEGATED_TRUTH, negatedSpan(negator, term), "negated-truth",
                                    term.clause(), true);
                        } else {
                            add(StanceLabel.CONFIRM, TRUTH, word, "truth-vocabulary", term.clause(), true);
                        }
                    }
                    case DENIAL -> {
                        if (negated) {
                            add(StanceLabel.CONFIRM, NEGATED_DENIAL, negatedSpan(negator, term), "negated-denial",
                                    term.clause(), true);
                        } else {
                            add(StanceLabel.DENY, DENIAL, word, "denial-vocabulary", term.clause(), true);
                        }
                    }
                    case CONCERN -> {
                        if (negated) {
                            // "no threat", "not worried": the alarm is dismissed.
                            add(StanceLabel.DENY, NEGATED_CONCERN, negatedSpan(negator, term), "negated-concern",
                                    term.clause(), true);
                        } else {
                            add(StanceLabel.CONCERN, CONCERN, word, "concern-vocabulary", term.clause(), false);
                        }
                    }
                    case CERTAINTY -> {
                        if (negated) {
                            add(StanceLabel.UNCERTAIN, NEGATED_CERTAINTY, negatedSpan(negator, term),
                                    "negated-certainty", term.clause(), true);
                        }
                        // Un-negated boosters are placed in addBoosters, once the clause's verdicts are known.
                    }
                    case DOUBT -> {
                        if (negated) {
                            add(StanceLabel.CONFIRM, NEGATED_DOUBT, negatedSpan(negator, term), "negated-doubt",
                                    term.clause(), true);
                        } else {
                            add(StanceLabel.UNCERTAIN, CLAIM_HEDGE, word, "hedge-on-claim", term.clause(), true);
                        }
                    }
                    case CLAIM_HEDGE -> {
                        if (!negated) {
                            add(StanceLabel.UNCERTAIN, CLAIM_HEDGE, word, "hedge-on-claim", term.clause(), true);
                        }
                    }
                    case MODAL_HEDGE, CONSEQUENCE_MODAL -> {
                        if (clauseHasConcern(term.clause())) {
                            add(StanceLabel.CONCERN, CONSEQUENCE_HEDGE, word, "hedge-on-consequence", term.clause(),
                                    false);
                        } else if (term.kind() == TermKind.MODAL_HEDGE) {
                            add(StanceLabel.UNCERTAIN, MODAL_HEDGE, word, "hedge-on-claim", term.clause(), false);
                        }
                    }
                    case NEGATOR, TERM_NEGATOR, NEGATION_EXCEPTION -> {
                        // Negators act through the words they scope over, or in addEventNegations.
                    }
                }
            }
        }

        /** A negator that negates no stance word negates the event after it: "did not send", "no troops". */
        private void addEventNegations() {
            for (Term negator : terms) {
                if (negator.kind() != TermKind.NEGATOR || usedNegators.contains(negator)) {
                    continue;
                }
                List<Token> negated = contentTokensAfter(negator);
                if (negated.isEmpty()) {
                    continue;
                }
                Token target = negated.get(0);
                double weight = NEGATED_EVENT;
                String rule = "negated-event";
                if (!claimStems.isEmpty()) {
                    boolean negatesClaim = negated.stream().anyMatch(token -> claimStems.contains(stem(token.text())));
                    weight *= negatesClaim ? CLAIM_EVENT_NEGATION : OFF_CLAIM_NEGATION;
                    rule = negatesClaim ? "negated-claim-event" : rule;
                }
                if (clauseHasHedge(negator.clause())) {
                    weight *= HEDGED_NEGATION;
                }
                Lexicon.Span span = new Lexicon.Span(negator.span().start(), target.end());
                add(StanceLabel.DENY, weight, span, rule, negator.clause(), true);
            }
        }

        /** The content words in the negator's clause within the negation window after it, nearest first. */
        private List<Token> contentTokensAfter(Term negator) {
            List<Token> found = new ArrayList<>();
            Clause clause = clauses.get(negator.clause());
            int last = Math.min(tokens.size() - 1, negator.lastToken() + NEGATION_WINDOW + 1);
            for (int i = negator.lastToken() + 1; i <= last; i++) {
                Token token = tokens.get(i);
                if (!clause.contains(token.start())) {
                    break;
                }
                if (isContent(token) && !isInsideNegator(token)) {
                    found.add(token);
                }
            }
            return found;
        }

        private void addQuestions() {
            for (int i = 0; i < clauses.size(); i++) {
                Clause clause = clauses.get(i);
                int questionMark = text.lastIndexOf('?', clause.end() - 1);
                if (questionMark >= clause.start() && text.substring(questionMark + 1, clause.end()).strip()
                        .chars().noneMatch(Character::isLetterOrDigit)) {
                    Lexicon.Span span = new Lexicon.Span(firstWordStart(clause), questionMark + 1);
                    add(StanceLabel.UNCERTAIN, QUESTION, span, "question", i, true);
                }
            }
        }

        /**
         * A booster strengthens the verdict of its clause: a denial or doubt when there is one ("clearly false"),
         * the concern word right after it ("definitely alarming"), and otherwise the statement as true.
         */
        private void addBoosters() {
            for (Term booster : terms) {
                if (booster.kind() != TermKind.CERTAINTY || negatorOf.containsKey(booster)) {
                    continue;
                }
                Lexicon.Span word = booster.span();
                StanceLabel clauseVerdict = strongestDoubtOrDenial(booster.clause());
                if (clauseVerdict != null) {
                    add(clauseVerdict, BOOSTER_INTENSIFIER, word, "booster", booster.clause(), true);
                } else if (intensifiesConcern(booster)) {
                    add(StanceLabel.CONCERN, BOOSTER_INTENSIFIER, word, "booster", booster.clause(), false);
                } else {
                    add(StanceLabel.CONFIRM, BOOSTER, word, "booster", booster.clause(), true);
                }
            }
        }

        private StanceLabel strongestDoubtOrDenial(int clause) {
            double deny = clauseWeight(clause, StanceLabel.DENY);
            double uncertain = clauseWeight(clause, StanceLabel.UNCERTAIN);
            if (deny == 0 && uncertain == 0) {
                return null;
            }
            return deny >= uncertain ? StanceLabel.DENY : StanceLabel.UNCERTAIN;
        }

        private double clauseWeight(int clause, StanceLabel label) {
            return signals.stream()
                    .filter(signal -> signal.clause() == clause && signal.label() == label && signal.verdict())
                    .mapToDouble(Signal::weight)
                    .sum();
        }

        private boolean intensifiesConcern(Term booster) {
            return terms.stream().anyMatch(term -> term.kind() == TermKind.CONCERN && !negatorOf.containsKey(term)
                    && term.clause() == booster.clause() && term.firstToken() > booster.lastToken()
                    && term.firstToken() - booster.lastToken() - 1 <= INTENSIFIER_WINDOW);
        }

        /**
         * Guide rule 4: the reporting verb carries stance. A negated cue follows rule 1: "did not deny" leans
         * confirm, "would not confirm" is uncertain. Returns the cue's label, or null for a neutral cue.
         */
        private StanceLabel addCueVerb() {
            String normalisedCue = TextNormaliser.normalise(cue);
            for (Map.Entry<StanceLabel, Lexicon> entry : cueLexicons.entrySet()) {
                List<Lexicon.Span> found = entry.getValue().find(normalisedCue);
                if (found.isEmpty()) {
                    continue;
                }
                Lexicon.Span span = found.get(0);
                boolean negated = termLexicons.get(TermKind.NEGATOR).find(normalisedCue).stream()
                        .anyMatch(negator -> negator.end() <= span.start());
                StanceLabel label = negated ? NEGATED_CUE.get(entry.getKey()) : entry.getKey();
                if (label == null) {
                    return null;
                }
                Lexicon.Span words = negated ? new Lexicon.Span(0, span.end()) : span;
                Evidence cueWords = new Evidence(cue.substring(words.start(), words.end()), null, null,
                        negated ? "negated-cue-verb" : "cue-verb");
                signals.add(new Signal(label, negated ? NEGATED_CUE_VERB : CUE_VERB, cueWords, -1,
                        label != StanceLabel.CONCERN));
                return label;
            }
            return null;
        }

        /**
         * Guide rule 5: a clause with no stance word is a plain assertion, which confirms; with a claim, only when it
         * shares content words with the claim. Not applied under a stance-bearing cue, whose clause is the content
         * being denied, confirmed or questioned.
         */
        private void addFactualAssertions() {
            Set<Integer> clausesWithSignals = new HashSet<>();
            signals.forEach(signal -> clausesWithSignals.add(signal.clause()));
            for (int i = 0; i < clauses.size(); i++) {
                Clause clause = clauses.get(i);
                String clauseText = normalised.substring(clause.start(), clause.end());
                Set<String> stems = contentStems(clauseText);
                if (clausesWithSignals.contains(i) || stems.isEmpty()) {
                    continue;
                }
                double weight = FACTUAL;
                if (!claimStems.isEmpty()) {
                    weight = stems.stream().anyMatch(claimStems::contains) ? FACTUAL_ON_CLAIM : FACTUAL_OFF_CLAIM;
                }
                Lexicon.Span span = trimmed(clause);
                add(StanceLabel.CONFIRM, weight, span, "factual-assertion", i, false);
            }
        }

        /** No words at all to go on: the guide's best fit with low confidence. */
        private void addNoCueFallback() {
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            Evidence whole = new Evidence(text.substring(start, end), start, end, "no-stance-cue");
            signals.add(new Signal(StanceLabel.CONFIRM, FACTUAL, whole, -1, false));
        }

        // ---- weighing ----

        /** Guide rule 2: with an explicit verdict on truth anywhere, the statement's concern words count less. */
        private List<Signal> concernYieldsToVerdict(List<Signal> all) {
            boolean hasVerdict = all.stream().anyMatch(Signal::verdict);
            if (!hasVerdict) {
                return all;
            }
            return all.stream()
                    .map(signal -> signal.label() == StanceLabel.CONCERN && signal.clause() >= 0
                            ? signal.scaled(CONCERN_UNDER_VERDICT) : signal)
                    .toList();
        }

        /** A statement that shares few content words with the claim is judged with less confidence. */
        private List<Signal> scaleByClaimRelevance(List<Signal> all) {
            if (claimStems.isEmpty()) {
                return all;
            }
            Set<String> shared = new HashSet<>(contentStems(normalised));
            shared.retainAll(claimStems);
            double overlap = (double) shared.size() / claimStems.size();
            double relevance = Math.min(1.0, 0.5 + 0.5 * overlap / ON_TOPIC_OVERLAP);
            return all.stream().map(signal -> signal.scaled(relevance)).toList();
        }

        private StanceResult score(List<Signal> weighed) {
            Map<StanceLabel, Double> logits = new EnumMap<>(StanceLabel.class);
            for (StanceLabel label : StanceLabel.values()) {
                logits.put(label, 0.0);
            }
            weighed.forEach(signal -> logits.merge(signal.label(), signal.weight(), Double::sum));
            double max = logits.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            Map<StanceLabel, Double> exps = new EnumMap<>(StanceLabel.class);
            logits.forEach((label, logit) -> exps.put(label, Math.exp(logit - max)));
            double total = exps.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<StanceLabel, Double> scores = new EnumMap<>(StanceLabel.class);
            exps.forEach((label, exp) -> scores.put(label, exp / total));

            StanceLabel winner = StanceLabel.CONFIRM;
            for (StanceLabel label : StanceLabel.values()) {
                if (scores.get(label) > scores.get(winner)) {
                    winner = label;
                }
            }
            return new StanceResult(winner, scores.get(winner), scores, evidenceFor(winner, weighed), MODEL_VERSION);
        }

        /** The winner's evidence, plus the contrast markers that shifted weight towards or away from it. */
        private List<Evidence> evidenceFor(StanceLabel winner, List<Signal> weighed) {
            Set<Evidence> evidence = new LinkedHashSet<>();
            Set<Integer> winnerClauses = new HashSet<>();
            Set<Integer> otherClauses = new HashSet<>();
            for (Signal signal : weighed) {
                if (signal.label() == winner) {
                    evidence.add(signal.evidence());
                    winnerClauses.add(signal.clause());
                } else {
                    otherClauses.add(signal.clause());
                }
            }
            for (int i = 0; i < clauses.size(); i++) {
                Clause clause = clauses.get(i);
                if (clause.marker() == null) {
                    continue;
                }
                boolean adversativeForWinner = clause.weight() > 1 && winnerClauses.contains(i);
                boolean concessionAgainstWinner = clause.weight() < 1 && otherClauses.contains(i);
                if (adversativeForWinner || concessionAgainstWinner) {
                    evidence.add(evidence(clause.marker(), "contrast"));
                }
            }
            return evidence.stream()
                    .sorted(Comparator.comparing((Evidence e) -> e.start() == null ? -1 : e.start()))
                    .toList();
        }

        // ---- helpers ----

        /** Adds evidence found in a clause of the text, weighted by the clause. */
        private void add(StanceLabel label, double weight, Lexicon.Span span, String rule, int clause,
                boolean verdict) {
            signals.add(new Signal(label, weight * clauses.get(clause).weight(), evidence(span, rule), clause,
                    verdict));
        }

        private Evidence evidence(Lexicon.Span span, String rule) {
            return new Evidence(text.substring(span.start(), span.end()), span.start(), span.end(), rule);
        }

        private Lexicon.Span negatedSpan(Term negator, Term term) {
            return new Lexicon.Span(negator.span().start(), term.span().end());
        }

        private boolean clauseHasConcern(int clause) {
            return terms.stream().anyMatch(term -> term.kind() == TermKind.CONCERN && term.clause() == clause
                    && !negatorOf.containsKey(term));
        }

        private boolean clauseHasHedge(int clause) {
            return signals.stream().anyMatch(signal -> signal.clause() == clause
                    && signal.label() == StanceLabel.UNCERTAIN && "hedge-on-claim".equals(signal.evidence().rule()));
        }

        private boolean isContent(Token token) {
            return HAS_LETTER_OR_DIGIT.matcher(token.text()).find() && !stopwords.containsWord(token.text());
        }

        private boolean isInsideNegator(Token token) {
            return terms.stream().anyMatch(term -> term.kind().negates()
                    && term.span().start() <= token.start() && token.end() <= term.span().end());
        }

        private Set<String> contentStems(String normalisedText) {
            Set<String> stems = new LinkedHashSet<>();
            for (Token token : Token.tokenise(normalisedText)) {
                if (isContent(token)) {
                    stems.add(stem(token.text()));
                }
            }
            return stems;
        }

        private int clauseIndexOf(int offset) {
            for (int i = 0; i < clauses.size(); i++) {
                if (clauses.get(i).contains(offset)) {
                    return i;
                }
            }
            return -1;
        }

        private int firstTokenFrom(int offset) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).end() > offset) {
                    return i;
                }
            }
            return tokens.size();
        }

        private int lastTokenBefore(int offset) {
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (tokens.get(i).start() < offset) {
                    return i;
                }
            }
            return -1;
        }

        private int firstWordStart(Clause clause) {
            int start = clause.start();
            while (start < clause.end() && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            return start;
        }

        /** The clause from its first to its last letter or digit. */
        private Lexicon.Span trimmed(Clause clause) {
            int end = clause.end();
            while (end > clause.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            return new Lexicon.Span(firstWordStart(clause), end);
        }
    }

    /**
     * A crude suffix stripper, enough for overlap between statement and claim: troops/troop, sent/sent,
     * Korean/Korea, deployed/deploy.
     */
    static String stem(String word) {
        String stem = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (stem.endsWith("ies") && stem.length() > 4) {
            return stem.substring(0, stem.length() - 3) + "y";
        }
        if (stem.endsWith("ing") && stem.length() > 5) {
            return stem.substring(0, stem.length() - 3);
        }
        if (stem.endsWith("ed") && stem.length() > 4) {
            return stem.substring(0, stem.length() - 2);
        }
        if (stem.endsWith("an") && stem.length() > 5) {
            return stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("s") && !stem.endsWith("ss") && stem.length() > 3) {
            return stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
