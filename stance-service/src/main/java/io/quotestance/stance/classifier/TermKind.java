package io.quotestance.stance.classifier;

/**
 * The kinds of words the classifier looks for, each backed by a lexicon file. When matches overlap, the longer one
 * wins ("no doubt" over "no"), then the kind declared first.
 */
enum TermKind {
    /** Idioms such as "not only" whose negator negates nothing. */
    NEGATION_EXCEPTION("negation-exceptions", false),
    /** not, never, n't … : negate a stance word or, failing that, the event after them. */
    NEGATOR("negators", false),
    /** without, declined to … : negate a stance word but never an event. */
    TERM_NEGATOR("term-negators", false),
    CONFIRMATION("confirmation-vocabulary", true),
    TRUTH("truth-vocabulary", true),
    DISCLOSURE("disclosure-verbs", true),
    DENIAL("denial-vocabulary", true),
    CONCERN("concern-vocabulary", true),
    CERTAINTY("certainty-boosters", true),
    /** Harms (die, cripple, injured): concern as a consequence, a casualty report when negated ("no one was hurt"). */
    HARM("harm-outcomes", true),
    /** States of harm (injured, killed): no stance asserted; negated they report that nobody came to harm. */
    CASUALTY("casualty-words", true),
    /** Doubt about the claim: uncertain, but negated ("no reason to doubt") it vouches for the claim. */
    DOUBT("doubt-vocabulary", true),
    /** Qualifiers of the claim (reportedly, if, may have): uncertain; negated, the negator denies the event. */
    CLAIM_HEDGE("claim-hedges", true),
    /** if, unless, should the …: open a condition that runs to the next comma. */
    CONDITIONAL("conditionals", false),
    MODAL_HEDGE("modal-hedges", false),
    CONSEQUENCE_MODAL("consequence-modals", false);

    private final String lexiconName;
    private final boolean negatable;

    TermKind(String lexiconName, boolean negatable) {
        this.lexiconName = lexiconName;
        this.negatable = negatable;
    }

    String lexiconName() {
        return lexiconName;
    }

    /** Whether a preceding negator changes what the word means. */
    boolean negatable() {
        return negatable;
    }

    boolean negates() {
        return this == NEGATOR || this == TERM_NEGATOR;
    }
}
