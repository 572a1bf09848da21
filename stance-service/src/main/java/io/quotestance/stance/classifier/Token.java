package io.quotestance.stance.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of the statement with its offsets; {@code text} is normalised. */
record Token(int start, int end, String text) {

    // Apostrophes and hyphens join: "didn't", "cross-cooperation", "8-13" are one word each.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*");

    static List<Token> tokenise(String normalisedText) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(normalisedText);
        while (matcher.find()) {
            tokens.add(new Token(matcher.start(), matcher.end(), matcher.group()));
        }
        return tokens;
    }
}
