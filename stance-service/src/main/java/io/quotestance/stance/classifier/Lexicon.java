package io.quotestance.stance.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list from {@code src/main/resources/classifier}, compiled once into a single pattern.
 *
 * <p>File format: one term per line, {@code #} starts a comment, and the first line is a comment that says what the
 * list is and its version. A term may span several words; {@code *} stands for any run of letters
 * ({@code confirm*}, {@code *n't}). Terms are matched on {@link TextNormaliser normalised} text at word boundaries.
 */
final class Lexicon {

    private static final String RESOURCE_DIR = "/classifier/";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Set<String> terms;
    private final Pattern pattern;

    private Lexicon(Set<String> terms) {
        this.terms = Set.copyOf(terms);
        this.pattern = compile(terms);
    }

    /** Loads {@code /classifier/<name>.txt} from the classpath; fails fast when it is missing, empty or headless. */
    static Lexicon load(String name) {
        String resource = RESOURCE_DIR + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lexicon not found on the classpath: " + resource);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            if (lines.isEmpty() || !lines.get(0).startsWith("#")) {
                throw new IllegalStateException("Lexicon " + resource + " must open with a '#' header line");
            }
            Set<String> terms = new LinkedHashSet<>();
            for (String line : lines) {
                String term = line.strip();
                if (!term.isEmpty() && !term.startsWith("#")) {
                    terms.add(TextNormaliser.normalise(WHITESPACE.matcher(term).replaceAll(" ")));
                }
            }
            if (terms.isEmpty()) {
                throw new IllegalStateException("Lexicon " + resource + " has no terms");
            }
            return new Lexicon(terms);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read lexicon " + resource, e);
        }
    }

    /** Whether {@code word} is literally one of the terms (for single-word lists such as stopwords). */
    boolean containsWord(String word) {
        return terms.contains(word);
    }

    /** Every non-overlapping occurrence in {@code normalisedText}, left to right, longest term first at a position. */
    List<Span> find(String normalisedText) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(normalisedText);
        while (matcher.find()) {
            spans.add(new Span(matcher.start(), matcher.end()));
        }
        return spans;
    }

    private static Pattern compile(Set<String> terms) {
        // Longest first, so that "fake news" wins over "fake" at the same position.
        String alternatives = terms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Lexicon::termRegex)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}'])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static String termRegex(String term) {
        return WHITESPACE.splitAsStream(term)
                .map(word -> {
                    StringBuilder regex = new StringBuilder();
                    String[] literals = word.split("\\*", -1);
                    for (int i = 0; i < literals.length; i++) {
                        if (i > 0) {
                            regex.append("\\p{L}*");
                        }
                        if (!literals[i].isEmpty()) {
                            regex.append(Pattern.quote(literals[i]));
                        }
                    }
                    return regex.toString();
                })
                .collect(Collectors.joining("\\s+"));
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
