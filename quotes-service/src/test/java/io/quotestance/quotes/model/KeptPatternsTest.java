package io.quotestance.quotes.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class KeptPatternsTest {

    @Test
    void anAddedWordChangesTheAnswerOfEachPatternItMatchesAsTheVocabularyWould() {
        assertThat(changedBy("prokremlinist", "%Kremlin%")).isTrue();
        assertThat(changedBy("unfake", "%fake")).isTrue();
        assertThat(changedBy("fakes", "%fake")).isFalse();
        assertThat(changedBy("newsroom", "news%")).isTrue();
        assertThat(changedBy("goodnews", "news%")).isFalse();
        assertThat(changedBy("troops", "troops")).isTrue();
        assertThat(changedBy("troop", "troops")).isFalse();
        assertThat(changedBy("troopss", "troops")).isFalse();
    }

    @Test
    void aPatternWithLettersCasedBeyondAsciiMayBeChangedByAnyWord() {
        assertThat(changedBy("basel", "%Zürich%")).isTrue();
    }

    @Test
    void aWordOfTheVocabularyIsComparedAsItIsWhateverItsLetters() {
        assertThat(changedBy("müller", "%ller")).isTrue();
        assertThat(changedBy("müller", "troops")).isFalse();
        assertThat(changedBy("трупы", "troops")).isFalse();
    }

    @Test
    void curlyQuotesAndDashesHaveNoCaseAndAreComparedAsTheyAre() {
        assertThat(changedBy("prokremlin’s", "%Kremlin’s%")).isTrue();
        assertThat(changedBy("kremlin", "%Kremlin’s%")).isFalse();
        assertThat(changedBy("don’t", "troops")).isFalse();
        assertThat(changedBy("“fake", "%fake")).isTrue();
    }

    @Test
    void findsTheAnswersThatTestingEveryPatternWouldFind() {
        Random random = new Random(7);
        KeptPatterns<Integer> kept = new KeptPatterns<>();
        List<Pattern> likes = new ArrayList<>();
        for (int answer = 0; answer < 3_000; answer++) {
            String letters = letters(random, 1 + random.nextInt(5));
            String pattern = (random.nextBoolean() ? "%" : "") + letters + (random.nextBoolean() ? "%" : "");
            likes.add(like(pattern));
            kept.file(answer, pattern);
        }
        for (int i = 0; i < 500; i++) {
            String word = letters(random, 1 + random.nextInt(9)).toLowerCase(Locale.ROOT);
            Set<Integer> expected = new HashSet<>();
            for (int answer = 0; answer < likes.size(); answer++) {
                if (likes.get(answer).matcher(word).matches()) {
                    expected.add(answer);
                }
            }
            Set<Integer> found = new HashSet<>();
            kept.changedBy(word, found);
            assertThat(found).as(word).isEqualTo(expected);
        }
    }

    @Test
    void clearingForgetsEveryPatternFiled() {
        KeptPatterns<String> kept = new KeptPatterns<>();
        kept.file("a", "%Kremlin%");
        kept.file("b", "%Zürich%");
        kept.file("a", "%Kremlin%");
        assertThat(kept.filed()).isEqualTo(2);
        kept.clear();
        Set<String> found = new HashSet<>();
        kept.changedBy("kremlin", found);
        assertThat(found).isEmpty();
        assertThat(kept.filed()).isZero();
    }

    private static boolean changedBy(String word, String pattern) {
        KeptPatterns<String> kept = new KeptPatterns<>();
        kept.file("answer", pattern);
        Set<String> found = new HashSet<>();
        kept.changedBy(word, found);
        return found.contains("answer");
    }

    /** Few letters, of both cases, so that patterns and words often share some. */
    private static String letters(Random random, int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append("abcAB’".charAt(random.nextInt(6)));
        }
        return letters.toString();
    }

    /** What {@code word LIKE lower(pattern)} tests, for patterns whose only wildcard is {@code %}. */
    private static Pattern like(String pattern) {
        return Pattern.compile(Pattern.quote(pattern.toLowerCase(Locale.ROOT)).replace("%", "\\E.*\\Q"));
    }
}
