package io.quotestance.quotes.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void aSingleWordMayLieInsideALongerOne() {
        assertThat(SearchWords.patterns("Kremlin")).containsExactly("%Kremlin%");
    }

    @Test
    void theFirstWordMayEndALongerOneAndTheLastBeginOne() {
        assertThat(SearchWords.patterns("fake news")).containsExactly("%fake", "news%");
    }

    @Test
    void wordsBetweenSpacesOrPunctuationAreWhole() {
        assertThat(SearchWords.patterns(" troops ")).containsExactly("troops");
        assertThat(SearchWords.patterns("said: \"yes")).containsExactly("%said", "yes%");
        assertThat(SearchWords.patterns("the ceasefire, she")).containsExactly("ceasefire", "%the", "she%");
    }

    @Test
    void aCutWordShorterThanThreeLettersIsLeftOut() {
        assertThat(SearchWords.patterns("ke ne")).isEmpty();
        assertThat(SearchWords.patterns("s of the")).containsExactly("the%", "of");
    }

    @Test
    void theLongestWordsAreKeptWhenThereAreMany() {
        assertThat(SearchWords.patterns("a bb ccc dddd eeeee ffffff ggggggg"))
                .containsExactly("ggggggg%", "ffffff", "eeeee", "dddd");
    }

    @Test
    void aWordRepeatedIsLookedUpOnce() {
        assertThat(SearchWords.patterns("x talks and talks y")).containsExactly("talks", "and");
    }

    @Test
    void lettersBeyondAsciiBelongToWords() {
        assertThat(SearchWords.patterns("l’armée")).containsExactly("%l’armée%");
        assertThat(SearchWords.patterns("café crème")).containsExactly("crème%", "%café");
    }

    @Test
    void aFragmentWithoutLettersOrDigitsHasNoWords() {
        assertThat(SearchWords.patterns("%")).isEmpty();
        assertThat(SearchWords.patterns(" - ")).isEmpty();
    }

    @Test
    void javaAndTheDatabaseLowerCaseTextAlikeWhenOnlyAsciiLettersInItHaveACase() {
        assertThat(SearchWords.lowerCasedAlike("Kremlin’s “fake” news – 2024")).isTrue();
        assertThat(SearchWords.lowerCasedAlike("Zürich")).isFalse();
        assertThat(SearchWords.lowerCasedAlike("трупы")).isFalse();
    }

    @Test
    void aTextsWordsAreItsRunsOfLettersAndDigitsLowerCased() {
        assertThat(SearchWords.wordsOf("“The Zyzzyva-beetle count doubled,” 2 said: TWO.")).containsExactly(
                "“the", "zyzzyva", "beetle", "count", "doubled", "”", "2", "said", "two");
    }
}
