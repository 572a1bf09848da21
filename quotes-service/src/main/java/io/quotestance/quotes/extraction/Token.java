package io.quotestance.quotes.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark with its article offsets.
 *
 * @param text  the characters as written
 * @param start article offset of the first character
 * @param end   exclusive article offset
 */
record Token(String text, int start, int end) {

    /** Words keep inner hyphens, apostrophes, dots and digit groups ({@code Secretary-General}, {@code Ukraine’s}, {@code 1,500}). */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:(?:[-’'.&]|(?<=\\p{N}),(?=\\p{N}))[\\p{L}\\p{N}]+)*|\\S");

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean isAcronym() {
        return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || Character.isDigit(c))
                && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean isPossessive() {
        return text.endsWith("’s") || text.endsWith("'s") || text.endsWith("s’") || text.endsWith("s'");
    }

    /** The word without a possessive ending ({@code Ukraine’s} → {@code Ukraine}). */
    String withoutPossessive() {
        if (text.endsWith("’s") || text.endsWith("'s")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("s’") || text.endsWith("s'")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
