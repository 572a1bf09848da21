package io.quotestance.stance.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause of the statement: the unit in which negation scopes and hedges apply.
 *
 * @param start  offset of the clause in the statement
 * @param end    exclusive end offset
 * @param weight how much the clause's signals count: more after an adversative (but, however), less in a concession
 * @param marker the contrast marker that opens the clause, or {@code null}
 */
record Clause(int start, int end, double weight, Lexicon.Span marker) {

    static final double ADVERSATIVE_WEIGHT = 1.5;
    static final double CONCESSIVE_WEIGHT = 0.6;

    // A sentence ends at . ! ? (and closing quotes) before a capital or digit, so "U.S. troops" stays whole;
    // a title or an initial ("Mr. Smith", "J. Smith") ends no sentence.
    // The title check follows the first mark, so that the search only stops at punctuation.
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.!?](?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|\\p{Lu})[.!?])[.!?]*[\"'\u201D\u2019)\\]]*(?=\\s+[\"'\u201C\u2018(\\[]?[\\p{Lu}\\p{N}]|\\s*$)");
    private static final Pattern SEMICOLON = Pattern.compile(";");
    private static final Pattern ADVERSATIVE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(but|however|yet|nevertheless|nonetheless)(?![\\p{L}\\p{N}])");
    private static final Pattern CONCESSIVE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(even though|although|though|whereas)(?![\\p{L}\\p{N}])");
    // "but also", "nothing but" and "all but" are not contrasts; "yet" contrasts only when it opens a clause
    // ("no proof yet" is a negated confirmation, not a contrast).
    private static final Pattern NOT_A_CONTRAST_AFTER = Pattern.compile("^\\s+also\\b");
    private static final Pattern NOT_A_CONTRAST_BEFORE = Pattern.compile("\\b(nothing|all)\\s*$");
    private static final Pattern FOLLOWED_BY_WORD = Pattern.compile("^[\\s,]+[\\p{L}\\p{N}]");
    private static final Pattern OPENS_CLAUSE_BEFORE =
            Pattern.compile("(^|[.!?,;:\"\u201C\u201D\u2013\u2014-]|\\band)\\s*$");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Splits {@code text} at sentence ends, semicolons and contrast markers; drops clauses without words. */
    static List<Clause> split(String text, String normalisedText) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        boundaries.add(0);
        boundaries.add(text.length());
        addMatchEnds(SENTENCE_END, text, boundaries);
        addMatchEnds(SEMICOLON, text, boundaries);

        List<Lexicon.Span> adversatives = contrastMarkers(ADVERSATIVE, normalisedText);
        List<Lexicon.Span> concessives = contrastMarkers(CONCESSIVE, normalisedText);
        adversatives.forEach(marker -> boundaries.add(marker.start()));
        for (Lexicon.Span marker : concessives) {
            boundaries.add(marker.start());
            // "Although X, Y": the concession ends at its comma when it opens the sentence.
            if (opensClause(normalisedText, marker.start())) {
                int comma = normalisedText.indexOf(',', marker.end());
                int sentenceEnd = boundaries.higher(marker.start());
                if (comma >= 0 && comma < sentenceEnd) {
                    boundaries.add(comma + 1);
                }
            }
        }

        List<Clause> clauses = new ArrayList<>();
        Integer previous = null;
        for (int boundary : boundaries) {
            if (previous != null && LETTER_OR_DIGIT.matcher(text.substring(previous, boundary)).find()) {
                Clause clause = clause(previous, boundary, normalisedText, adversatives, concessives);
                if (endsBeforeAdversative(clause, adversatives)) {
                    // "The numbers are worrying, but the deal is done": what comes before "but" is conceded.
                    clause = new Clause(clause.start(), clause.end(), CONCESSIVE_WEIGHT, clause.marker());
                }
                clauses.add(clause);
            }
            previous = boundary;
        }
        return clauses;
    }

    private static Clause clause(int start, int end, String normalisedText, List<Lexicon.Span> adversatives,
            List<Lexicon.Span> concessives) {
        int firstWord = start;
        while (firstWord < end && !Character.isLetterOrDigit(normalisedText.charAt(firstWord))) {
            firstWord++;
        }
        for (Lexicon.Span marker : adversatives) {
            if (marker.start() == firstWord) {
                return new Clause(start, end, ADVERSATIVE_WEIGHT, marker);
            }
        }
        for (Lexicon.Span marker : concessives) {
            if (marker.start() == firstWord) {
                return new Clause(start, end, CONCESSIVE_WEIGHT, marker);
            }
        }
        return new Clause(start, end, 1.0, null);
    }

    /** Whether an adversative opens the next clause of the same sentence, right where this clause ends. */
    private static boolean endsBeforeAdversative(Clause clause, List<Lexicon.Span> adversatives) {
        return clause.marker() == null && adversatives.stream().anyMatch(marker -> marker.start() == clause.end());
    }

    private static List<Lexicon.Span> contrastMarkers(Pattern pattern, String normalisedText) {
        List<Lexicon.Span> markers = new ArrayList<>();
        Matcher matcher = pattern.matcher(normalisedText);
        while (matcher.find()) {
            String after = normalisedText.substring(matcher.end());
            if (!FOLLOWED_BY_WORD.matcher(after).find() || NOT_A_CONTRAST_AFTER.matcher(after).find()) {
                continue;
            }
            String before = normalisedText.substring(0, matcher.start());
            if (matcher.group(1).equals("yet") && !opensClause(normalisedText, matcher.start())
                    || NOT_A_CONTRAST_BEFORE.matcher(before).find()) {
                continue;
            }
            markers.add(new Lexicon.Span(matcher.start(), matcher.end()));
        }
        return markers;
    }

    private static boolean opensClause(String normalisedText, int offset) {
        return OPENS_CLAUSE_BEFORE.matcher(normalisedText.substring(0, offset)).find();
    }

    private static void addMatchEnds(Pattern pattern, String text, TreeSet<Integer> boundaries) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            boundaries.add(matcher.end());
        }
    }
}
