package io.quotestance.stance.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word list from {@code src/main/resources/classifier}, indexed once by the first character of its terms so that
 * finding them costs one pass over the text (a regular-expression alternation per list was the classifier's
 * bottleneck).
 *
 * <p>File format: one term per line, {@code #} starts a comment, and the first line is a comment that says what the
 * list is and its version. A term may span several words; {@code *} stands for any run of letters
 * ({@code confirm*}, {@code *n't}). Terms are matched on {@link TextNormaliser normalised} text at word boundaries.
 */
final class Lexicon {

    private static final String RESOURCE_DIR = "/classifier/";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PAIR = Pattern.compile("\\s*=\\s*");

    private final Set<String> terms;
    /**
     * The terms as patterns in matching order (longest first, so that "fake news" wins over "fake" at the same
     * position), grouped by the character a match can start with; terms that open with a wildcard are in every group.
     */
    private final Map<Character, TermPattern[]> byFirstChar = new HashMap<>();
    private final TermPattern[] wildcardFirst;

    private Lexicon(Set<String> terms) {
        this.terms = Set.copyOf(terms);
        List<TermPattern> ordered = terms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(TermPattern::of)
                .toList();
        wildcardFirst = ordered.stream().filter(TermPattern::opensWithWildcard).toArray(TermPattern[]::new);
        Map<Character, List<TermPattern>> groups = new HashMap<>();
        for (TermPattern term : ordered) {
            if (!term.opensWithWildcard()) {
                groups.computeIfAbsent(term.firstChar(), c -> new ArrayList<>());
            }
        }
        for (TermPattern term : ordered) {
            if (term.opensWithWildcard()) {
                groups.values().forEach(group -> group.add(term));
            } else {
                groups.get(term.firstChar()).add(term);
            }
        }
        groups.forEach((c, group) -> byFirstChar.put(c, group.toArray(TermPattern[]::new)));
    }

    /** Loads {@code /classifier/<name>.txt} from the classpath; fails fast when it is missing, empty or headless. */
    static Lexicon load(String name) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : terms(name)) {
            terms.add(TextNormaliser.normalise(WHITESPACE.matcher(term).replaceAll(" ")));
        }
        return new Lexicon(terms);
    }

    /**
     * Loads a list of {@code word = other} lines, such as antonyms or irregular verb forms, as pairs of normalised
     * words in file order.
     */
    static List<Map.Entry<String, String>> loadPairs(String name) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String line : terms(name)) {
            String[] sides = PAIR.split(line, 2);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new IllegalStateException("Lexicon " + name + " has a line that is not 'word = other': " + line);
            }
            pairs.add(Map.entry(TextNormaliser.normalise(sides[0].strip()),
                    TextNormaliser.normalise(sides[1].strip())));
        }
        return pairs;
    }

    private static List<String> terms(String name) {
        String resource = RESOURCE_DIR + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lexicon not found on the classpath: " + resource);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            if (lines.isEmpty() || !lines.get(0).startsWith("#")) {
                throw new IllegalStateException("Lexicon " + resource + " must open with a '#' header line");
            }
            List<String> terms = lines.stream().map(String::strip)
                    .filter(term -> !term.isEmpty() && !term.startsWith("#"))
                    .toList();
            if (terms.isEmpty()) {
                throw new IllegalStateException("Lexicon " + resource + " has no terms");
            }
            return terms;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read lexicon " + resource, e);
        }
    }

    /** Whether {@code word} is literally one of the terms (for single-word lists such as stopwords). */
    boolean containsWord(String word) {
        return terms.contains(word);
    }

    /**
     * Every non-overlapping occurrence in {@code normalisedText}, left to right; at a position the first term in
     * matching order wins. A match starts after no letter, digit or apostrophe and ends before no letter or digit.
     */
    List<Span> find(String normalisedText) {
        List<Span> spans = new ArrayList<>();
        int length = normalisedText.length();
        int position = 0;
        while (position < length) {
            int end = -1;
            if (position == 0 || !isWordChar(normalisedText.charAt(position - 1), true)) {
                TermPattern[] candidates = byFirstChar.getOrDefault(normalisedText.charAt(position), wildcardFirst);
                for (TermPattern candidate : candidates) {
                    end = candidate.matchAt(normalisedText, position);
                    if (end >= 0) {
                        break;
                    }
                }
            }
            if (end > position) {
                spans.add(new Span(position, end));
                position = end;
            } else {
                position++;
            }
        }
        return spans;
    }

    private static boolean isWordChar(char c, boolean orApostrophe) {
        return Character.isLetterOrDigit(c) || orApostrophe && c == '\'';
    }

    /**
     * One term as words of literal pieces; between two pieces of a word any run of letters ({@code *}), between
     * words any run of whitespace. Matching is greedy with backtracking, like a regular expression.
     */
    private record TermPattern(String[][] words) {

        static TermPattern of(String term) {
            String[] words = WHITESPACE.split(term.strip());
            String[][] pieces = new String[words.length][];
            for (int i = 0; i < words.length; i++) {
                pieces[i] = words[i].split("\\*", -1);
            }
            return new TermPattern(pieces);
        }

        boolean opensWithWildcard() {
            return words[0][0].isEmpty();
        }

        char firstChar() {
            return words[0][0].charAt(0);
        }

        /** The end of a match starting at {@code start}, or -1. */
        int matchAt(String text, int start) {
            return matchPiece(text, start, 0, 0);
        }

        private int matchPiece(String text, int position, int word, int piece) {
            String literal = words[word][piece];
            if (!text.startsWith(literal, position)) {
                return -1;
            }
            int after = position + literal.length();
            if (piece + 1 < words[word].length) {
                // A wildcard: the longest run of letters first, then shorter ones.
                int run = after;
                while (run < text.length() && Character.isLetter(text.charAt(run))) {
                    run++;
                }
                for (int end = run; end >= after; end--) {
                    int matched = matchPiece(text, end, word, piece + 1);
                    if (matched >= 0) {
                        return matched;
                    }
                }
                return -1;
            }
            if (word + 1 < words.length) {
                int next = after;
                while (next < text.length() && isWhitespace(text.charAt(next))) {
                    next++;
                }
                return next == after ? -1 : matchPiece(text, next, word + 1, 0);
            }
            return after < text.length() && isWordChar(text.charAt(after), false) ? -1 : after;
        }

        private static boolean isWhitespace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
        }
    }

    /** A half-open character range. */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }

        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }
}
