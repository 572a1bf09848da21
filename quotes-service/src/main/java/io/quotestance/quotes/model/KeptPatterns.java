package io.quotestance.quotes.model;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Kept answers of the vocabulary to patterns of {@link SearchWords#patterns}, found from a word added to the
 * vocabulary: the answers it may change. Each pattern is filed under its letters without wildcards, lower-cased, so
 * that a word looks up those of its own substrings whose lengths are filed instead of being tested against every
 * pattern: a few dozen look-ups for a word of news, however many patterns are kept. Not thread-safe.
 *
 * @param <K> what identifies a kept answer
 */
public final class KeptPatterns<K> {

    private final Map<String, Set<Filed<K>>> byLetters = new HashMap<>();
    /** Patterns with letters cased beyond ASCII, which the database may lower-case its own way: any word may match. */
    private final Set<K> changedByAnyWord = new HashSet<>();
    private final BitSet lengthsFiled = new BitSet();
    private int filed;

    /** Files a kept answer to a pattern; filing the same again changes nothing. */
    public void file(K answer, String pattern) {
        String letters = pattern.replace("%", "");
        boolean added;
        if (SearchWords.lowerCasedAlike(letters)) {
            String lowerCase = letters.toLowerCase(Locale.ROOT);
            added = byLetters.computeIfAbsent(lowerCase, key -> new HashSet<>(2))
                    .add(new Filed<>(answer, pattern.startsWith("%"), pattern.endsWith("%")));
            lengthsFiled.set(lowerCase.length());
        } else {
            added = changedByAnyWord.add(answer);
        }
        if (added) {
            filed++;
        }
    }

    /**
     * Adds to {@code answers} those whose pattern matches the word as the vocabulary matches it: {@code word LIKE
     * lower(pattern)}, the word as the vocabulary holds it.
     */
    public void changedBy(String word, Collection<? super K> answers) {
        answers.addAll(changedByAnyWord);
        for (int length = lengthsFiled.nextSetBit(1); length > 0 && length <= word.length();
                length = lengthsFiled.nextSetBit(length + 1)) {
            for (int start = 0; start + length <= word.length(); start++) {
                Set<Filed<K>> withTheseLetters = byLetters.get(word.substring(start, start + length));
                if (withTheseLetters == null) {
                    continue;
                }
                boolean wordStarts = start == 0;
                boolean wordEnds = start + length == word.length();
                for (Filed<K> answer : withTheseLetters) {
                    if ((answer.anyStart() || wordStarts) && (answer.anyEnd() || wordEnds)) {
                        answers.add(answer.answer());
                    }
                }
            }
        }
    }

    /** How many answers were filed since the last {@link #clear}: those forgotten since included. */
    public int filed() {
        return filed;
    }

    public void clear() {
        byLetters.clear();
        changedByAnyWord.clear();
        lengthsFiled.clear();
        filed = 0;
    }

    private record Filed<K>(K answer, boolean anyStart, boolean anyEnd) {
    }
}
