package io.quotestance.quotes.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a searched fragment as the word index (V7) splits quote text: runs of characters between ASCII spaces,
 * punctuation and control characters. A word that the fragment cuts may be longer in a quote: its first word may end
 * a longer word, its last may begin one, and a fragment of one word may lie inside one. Each word becomes a LIKE
 * pattern of the quote words it may be, to be matched in the vocabulary of quote words after lower-casing it there,
 * as the index lower-cases quote text. Words hold no ASCII punctuation, so no LIKE character needs escaping.
 */
public final class SearchWords {

    /** Patterns matched at most: the longest words, likely the rarest, narrow the search the most. */
    static final int MOST_PATTERNS = 4;
    /** What separates words, as the index splits quote text (V7). */
    private static final Pattern NOT_IN_WORDS = Pattern.compile("[\\x01-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]+");
    /** A cut word shorter than this matches too many quote words to narrow the search, and is left out. */
    private static final int SHORTEST_CUT_WORD = 3;

    private SearchWords() {
    }

    /** The patterns of the fragment's words, longest first; none when the fragment has no word to look up. */
    public static List<String> patterns(String fragment) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= fragment.length(); i++) {
            boolean inWord = i < fragment.length() && isWordCharacter(fragment.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                boolean cutBefore = start == 0;
                boolean cutAfter = i == fragment.length();
                if (!(cutBefore || cutAfter) || i - start >= SHORTEST_CUT_WORD) {
                    words.add((cutBefore ? "%" : "") + fragment.substring(start, i) + (cutAfter ? "%" : ""));
                }
                start = -1;
            }
        }
        Set<String> distinct = new LinkedHashSet<>(words);
        return distinct.stream().sorted(Comparator.comparingInt((String pattern) -> pattern.replace("%", "").length())
                .reversed()).limit(MOST_PATTERNS).toList();
    }

    /**
     * The distinct words of a text as the word index splits it, lower-cased: as the vocabulary holds them when they
     * are {@link #lowerCasedAlike}.
     */
    public static Set<String> wordsOf(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_IN_WORDS.split(text)) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * Whether the database lower-cases this text as Java does: when only ASCII letters in it have a case (curly quotes
     * and dashes have none). The database may lower-case other letters its own way.
     */
    public static boolean lowerCasedAlike(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                int codePoint = text.codePointAt(i);
                if (Character.toLowerCase(codePoint) != codePoint || Character.toUpperCase(codePoint) != codePoint) {
                    return false;
                }
                i += Character.charCount(codePoint) - 1;
            }
        }
        return true;
    }

    /** As the index splits: every character past ASCII belongs to words, and of ASCII only letters and digits. */
    private static boolean isWordCharacter(char c) {
        return c >= 128 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
