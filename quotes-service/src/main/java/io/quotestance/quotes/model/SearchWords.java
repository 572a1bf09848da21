package io.quotestance.quotes.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** As the index splits: every character past ASCII belongs to words, and of ASCII only letters and digits. */
    private static boolean isWordCharacter(char c) {
        return c >= 128 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
