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
 * into a softmax score for each of the four labels, calibrated by a temperature fitted on labelled statements.
 *
 * <p>Lexicons are loaded once in the constructor; instances are immutable and safe to share between threads.
 */
public final class StanceClassifier {

    /** Version of rules and lexicons; bump it whenever either changes. */
    public static final String MODEL_VERSION = "rules-1.1.0";

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
    private static final double HEDGED_VERDICT = 1.6;
    private static final double CLAIM_CONDITIONAL = 1.6;
    private static final double EVENT_CONDITIONAL = 1.0;
    private static final double HARM_AS_CONSEQUENCE = 1.2;
    private static final double CLAIM_OPPOSITE = 1.8;
    /** Hedge words next to a denial name what is denied ("pure speculation and unfounded"). */
    private static final double HEDGE_UNDER_DENIAL = 0.5;

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
    /** Tokens allowed between a modal and the verdict it hedges ("could well be false"). */
    private static final int HEDGED_VERDICT_WINDOW = 3;

    /** Verdict words that say nothing about the claim inside a condition or a question ("if true", "is it true?"). */
    private static final Set<TermKind> HYPOTHETICAL_VERDICTS =
            Set.of(TermKind.CONFIRMATION, TermKind.TRUTH, TermKind.DENIAL, TermKind.CERTAINTY);
    /** Words that end the reach of a booster towards a concern word ("definitely happening and it is alarming"). */
    private static final Set<String> PERFECT = Set.of("have", "has", "had");
    /** Pronouns that, against a claim, stand for it or its actors ("it never happened", "they did not send any"). */
    /** Question words that, with a negator right after them, make a rhetorical question ("who wouldn't be?"). */
    private static final Set<String> WH_WORDS = Set.of("who", "what", "why", "how");
    /** Tokens allowed from the question word to the negator ("how could it not"). */
    private static final int RHETORICAL_WINDOW = 3;
    private static final Set<String> CLAIM_PRONOUNS = Set.of("it", "this", "that", "they");
    private static final Set<String> CONJUNCTS = Set.of("and", "which", "but", "while", "so", "as");

    private static final Pattern SENTENCE_START_BEFORE =
            Pattern.compile("(^|[.!?:;\"'(\u201C\u2018\u2013\u2014])\\s*$");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /** What a negated cue verb means; negated concern or question cues ("did not warn") carry no stance. */
    private static final Map<StanceLabel, StanceLabel> NEGATED_CUE =
            Map.of(StanceLabel.CONFIRM, StanceLabel.UNCERTAIN, StanceLabel.DENY, StanceLabel.CONFIRM);

    private final Map<TermKind, Lexicon> termLexicons = new EnumMap<>(TermKind.class);
    private final Map<StanceLabel, Lexicon> cueLexicons = new LinkedHashMap<>();
    private final Lexicon stopwords;
    private final Lexicon claimNouns;
    private final Lexicon eventProforms;
    private final Map<String, String> irregularForms = new HashMap<>();
    private final Map<String, Set<String>> opposites = new HashMap<>();
    /** Softmax temperature fitted on the development set's tune split, so that scores behave like probabilities. */
    private final double temperature;

    /** A classifier with the shipped calibration ({@code classifier/calibration.properties}). */
    public StanceClassifier() {
        this(Calibration.load().temperature());
    }

    /** A classifier whose softmax uses {@code temperature}; 1 gives the rules' raw scores, from which it is fitted. */
    StanceClassifier(double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        this.temperature = temperature;
        for (TermKind kind : TermKind.values()) {
            termLexicons.put(kind, Lexicon.load(kind.lexiconName()));
        }
        // Checked in this order; a cue matches at most one list in practice.
        cueLexicons.put(StanceLabel.DENY, Lexicon.load("cue-deny"));
        cueLexicons.put(StanceLabel.CONFIRM, Lexicon.load("cue-confirm"));
        cueLexicons.put(StanceLabel.CONCERN, Lexicon.load("cue-concern"));
        cueLexicons.put(StanceLabel.UNCERTAIN, Lexicon.load("cue-uncertain"));
        stopwords = Lexicon.load("stopwords");
        claimNouns = Lexicon.load("claim-nouns");
        eventProforms = Lexicon.load("event-proforms");
        Lexicon.loadPairs("irregular-verbs").forEach(pair -> irregularForms.put(pair.getKey(), pair.getValue()));
        for (Map.Entry<String, String> pair : Lexicon.loadPairs("antonyms")) {
            opposites.computeIfAbsent(stem(pair.getKey()), word -> new HashSet<>()).add(stem(pair.getValue()));
            opposites.computeIfAbsent(stem(pair.getValue()), word -> new HashSet<>()).add(stem(pair.getKey()));
        }
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
        private final Set<Term> rhetoricalNegators = new HashSet<>();
        private final List<Signal> signals = new ArrayList<>();
        private final List<Lexicon.Span> conditions = new ArrayList<>();
        private final Set<Integer> questionClauses = new HashSet<>();
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
            findConditions();
            addQuestions();
            scopeNegation();
            addTermSignals();
            addEventNegations();
            addBoosters();
            addClaimOpposites();
            StanceLabel cueLabel = addCueVerb();
            if (cueLabel == null) {
                addFactualAssertions();
            }
            if (signals.isEmpty()) {
                addNoCueFallback();
            }
            List<Signal> weighed = concernYieldsToVerdict(hedgesYieldToDenial(signals));
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
                    if (negator.kind().negates() && !rhetoricalNegators.contains(negator)
                            && negator.clause() == term.clause()
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
                if (HYPOTHETICAL_VERDICTS.contains(term.kind()) && !negated && isHypothetical(term)) {
                    continue;
                }
                if ((term.kind() == TermKind.TRUTH || term.kind() == TermKind.DENIAL) && !negated
                        && hasModalBefore(term)) {
                    // "It could be true", "the reports may be false": a modal on the verdict leaves the claim open.
                    add(StanceLabel.UNCERTAIN, HEDGED_VERDICT, word, "hedged-verdict", term.clause(), true);
                    continue;
                }
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
                    case HARM, CASUALTY -> {
                        if (negated) {
                            // "No one was injured": a casualty report about an event that happened, not a denial.
                            add(StanceLabel.CONFIRM, FACTUAL, negatedSpan(negator, term), "negated-casualty",
                                    term.clause(), false);
                        } else if (isConsequenceHarm(term)) {
                            add(StanceLabel.CONCERN, HARM_AS_CONSEQUENCE, word, "harm-as-consequence", term.clause(),
                                    false);
                        }
                    }
                    case CONDITIONAL -> addConditional(term);
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
                if (negator.kind() != TermKind.NEGATOR || usedNegators.contains(negator) || isHypothetical(negator)) {
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
                    boolean negatesClaim = negated.stream().anyMatch(token -> claimStems.contains(lemma(token.text())))
                            || hasPronounSubject(negator) && negatesEventProform(negator);
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

        /** "It did not …", "this never …": a claim pronoun shortly before the negator in its clause. */
        private boolean hasPronounSubject(Term negator) {
            Clause clause = clauses.get(negator.clause());
            for (int i = negator.firstToken() - 1; i >= Math.max(0, negator.firstToken() - NEGATION_WINDOW); i--) {
                Token token = tokens.get(i);
                if (!clause.contains(token.start())) {
                    return false;
                }
                if (CLAIM_PRONOUNS.contains(token.text())) {
                    return true;
                }
            }
            return false;
        }

        /** The negator negates a verb that stands for the claim's event: "never happened", "did not take place". */
        private boolean negatesEventProform(Term negator) {
            int from = negator.span().end();
            int to = Math.min(normalised.length(), clauses.get(negator.clause()).end());
            return eventProforms.find(normalised.substring(from, to)).stream()
                    .anyMatch(span -> firstTokenFrom(from + span.start()) - negator.lastToken() - 1 <= NEGATION_WINDOW);
        }

        /**
         * Whether the statement speaks of the claim without its words: it names a report or claim ("the reports are
         * false") or opens with a pronoun standing for it ("It is fake news").
         */
        private boolean refersToClaim() {
            return !claimNouns.find(normalised).isEmpty()
                    || !tokens.isEmpty() && CLAIM_PRONOUNS.contains(tokens.get(0).text());
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
                    Term rhetorical = rhetoricalNegator(i);
                    if (rhetorical != null) {
                        // "Who wouldn't be?", "how could it not be true?": the question asserts; its negator is spent.
                        rhetoricalNegators.add(rhetorical);
                        usedNegators.add(rhetorical);
                        continue;
                    }
                    Lexicon.Span span = new Lexicon.Span(firstWordStart(clause), questionMark + 1);
                    add(StanceLabel.UNCERTAIN, QUESTION, span, "question", i, true);
                    questionClauses.add(i);
                }
            }
        }

        /** The negator right after a wh-word in a question clause ("who wouldn't", "how could it not"), or null. */
        private Term rhetoricalNegator(int clause) {
            for (Term negator : terms) {
                String negation = normalised.substring(negator.span().start(), negator.span().end());
                // Only a negated verb ("wouldn't", "could it not"); "why did nobody warn" really asks.
                if (negator.kind() != TermKind.NEGATOR || negator.clause() != clause
                        || !(negation.endsWith("n't") || negation.equals("not"))) {
                    continue;
                }
                int nearest = Math.max(0, negator.firstToken() - RHETORICAL_WINDOW);
                for (int i = negator.firstToken() - 1; i >= nearest; i--) {
                    if (clauses.get(clause).contains(tokens.get(i).start())
                            && WH_WORDS.contains(tokens.get(i).text())) {
                        return negator;
                    }
                }
            }
            return null;
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

        /**
         * A booster intensifies a concern word right after it ("definitely alarming"), or later in the same conjunct
         * when its clause gives no other verdict ("Clearly, the risk is growing"), but not across "and"
         * ("definitely happening and it is alarming" vouches for the event).
         */
        private boolean intensifiesConcern(Term booster) {
            return terms.stream().anyMatch(term -> term.kind() == TermKind.CONCERN && !negatorOf.containsKey(term)
                    && term.clause() == booster.clause() && term.firstToken() > booster.lastToken()
                    && (term.firstToken() - booster.lastToken() - 1 <= INTENSIFIER_WINDOW
                            || noConjunctBetween(booster.lastToken(), term.firstToken())));
        }

        private boolean noConjunctBetween(int fromToken, int toToken) {
            for (int i = fromToken + 1; i < toToken; i++) {
                if (CONJUNCTS.contains(tokens.get(i).text())) {
                    return false;
                }
            }
            return true;
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

        /** In a clause that denies, hedge words name what is denied ("rumours … are unfounded") and count less. */
        private List<Signal> hedgesYieldToDenial(List<Signal> all) {
            Set<Integer> denyingClauses = new HashSet<>();
            all.stream().filter(signal -> signal.label() == StanceLabel.DENY && signal.clause() >= 0
                    && "denial-vocabulary".equals(signal.evidence().rule()))
                    .forEach(signal -> denyingClauses.add(signal.clause()));
            return all.stream()
                    .map(signal -> denyingClauses.contains(signal.clause()) && signal.label() == StanceLabel.UNCERTAIN
                            && "hedge-on-claim".equals(signal.evidence().rule())
                            ? signal.scaled(HEDGE_UNDER_DENIAL) : signal)
                    .toList();
        }

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
            if (refersToClaim()) {
                overlap = Math.max(overlap, ON_TOPIC_OVERLAP);
            }
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
            logits.forEach((label, logit) -> exps.put(label, Math.exp((logit - max) / temperature)));
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
            return terms.stream().anyMatch(term -> term.clause() == clause && !negatorOf.containsKey(term)
                    && (term.kind() == TermKind.CONCERN || isConsequenceHarm(term)));
        }

        /**
         * A harm under a possibility or a condition ("could cripple", "would destroy", "if …, thousands will die") is a
         * consequence to worry about; a plain future ("400 workers will lose their jobs") is a report.
         */
        private boolean isConsequenceHarm(Term harm) {
            return harm.kind() == TermKind.HARM && !negatorOf.containsKey(harm) && !isPerfect(harm)
                    && terms.stream().anyMatch(term -> term.clause() == harm.clause()
                            && (term.kind() == TermKind.MODAL_HEDGE || term.kind() == TermKind.CONDITIONAL
                                    || term.kind() == TermKind.CONSEQUENCE_MODAL && !isPlainFuture(term)));
        }

        private boolean isPlainFuture(Term modal) {
            return "will".equals(normalised.substring(modal.span().start(), modal.span().end()));
        }

        /** "may have died": a harm stated as a possible past fact about the claim, not a consequence. */
        private boolean isPerfect(Term harm) {
            int previous = harm.firstToken() - 1;
            return previous >= 0 && PERFECT.contains(tokens.get(previous).text());
        }

        /** A modal shortly before {@code verdict} in its clause: "could be true", "may well be fake". */
        private boolean hasModalBefore(Term verdict) {
            return terms.stream().anyMatch(term -> term.kind() == TermKind.MODAL_HEDGE
                    && term.clause() == verdict.clause() && term.lastToken() < verdict.firstToken()
                    && verdict.firstToken() - term.lastToken() - 1 <= HEDGED_VERDICT_WINDOW);
        }

        /** Inside a condition ("if the reports are true") or a question ("is it true?") a verdict is only posed. */
        private boolean isHypothetical(Term term) {
            return questionClauses.contains(term.clause())
                    || conditions.stream().anyMatch(condition -> condition.start() <= term.span().start()
                            && term.span().end() <= condition.end());
        }

        // ---- conditions ----

        /** Each conditional opens a condition that runs to the next comma or the end of its clause. */
        private void findConditions() {
            for (Term term : terms) {
                if (term.kind() == TermKind.CONDITIONAL) {
                    Clause clause = clauses.get(term.clause());
                    int comma = normalised.indexOf(',', term.span().end());
                    int end = comma >= 0 && comma < clause.end() ? comma : clause.end();
                    conditions.add(new Lexicon.Span(term.span().end(), end));
                }
            }
        }

        /**
         * Guide rule 3: a condition on the claim's truth ("if the reports are accurate") leaves it open; a condition
         * on events before a harm ("if the ceasefire collapses, thousands will die") voices concern.
         */
        private void addConditional(Term conditional) {
            Lexicon.Span condition = conditions.stream()
                    .filter(span -> span.start() == conditional.span().end())
                    .findFirst()
                    .orElseThrow();
            boolean onClaim = !claimNouns.find(normalised.substring(condition.start(), condition.end())).isEmpty()
                    || terms.stream().anyMatch(term -> condition.start() <= term.span().start()
                            && term.span().end() <= condition.end() && (HYPOTHETICAL_VERDICTS.contains(term.kind())
                                    || term.kind() == TermKind.DOUBT || term.kind() == TermKind.CLAIM_HEDGE));
            Lexicon.Span span = new Lexicon.Span(conditional.span().start(), condition.end());
            if (onClaim) {
                add(StanceLabel.UNCERTAIN, CLAIM_CONDITIONAL, span, "conditional-on-claim", conditional.clause(), true);
            } else if (clauseHasConcern(conditional.clause())) {
                add(StanceLabel.CONCERN, CONSEQUENCE_HEDGE, span, "conditional-consequence", conditional.clause(),
                        false);
            } else {
                add(StanceLabel.UNCERTAIN, EVENT_CONDITIONAL, span, "conditional", conditional.clause(), false);
            }
        }

        // ---- the claim ----

        /**
         * Against a claim, a statement that asserts the opposite of one of its words ("the factory will stay open"
         * against "the factory will close") denies it, unless the statement also uses the claim's own word.
         */
        private void addClaimOpposites() {
            if (claimStems.isEmpty()) {
                return;
            }
            Set<String> statementStems = contentStems(normalised);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                Set<String> opposed = opposites.getOrDefault(lemma(token.text()), Set.of());
                int clause = clauseIndexOf(token.start());
                boolean opposesClaim = opposed.stream()
                        .anyMatch(word -> claimStems.contains(word) && !statementStems.contains(word));
                if (clause >= 0 && opposesClaim && !isNegatedToken(i, clause)) {
                    add(StanceLabel.DENY, CLAIM_OPPOSITE, new Lexicon.Span(token.start(), token.end()),
                            "opposite-of-claim", clause, true);
                    return;
                }
            }
        }

        private boolean isNegatedToken(int tokenIndex, int clause) {
            return terms.stream().anyMatch(term -> term.kind() == TermKind.NEGATOR && term.clause() == clause
                    && term.lastToken() < tokenIndex && tokenIndex - term.lastToken() - 1 <= NEGATION_WINDOW);
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
                    stems.add(lemma(token.text()));
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

    /** The stem of a word, through its base form when it is an irregular verb form ("sent" → "send"). */
    String lemma(String word) {
        return stem(irregularForms.getOrDefault(word, word));
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
