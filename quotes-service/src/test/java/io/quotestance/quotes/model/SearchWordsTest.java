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
    void anAddedWordMayChangeTheAnswerOfEachPatternItMatchesAsTheVocabularyWould() {
        assertThat(SearchWords.mayMatch("%Kremlin%").test("prokremlinist")).isTrue();
        assertThat(SearchWords.mayMatch("%fake").test("unfake")).isTrue();
        assertThat(SearchWords.mayMatch("%fake").test("fakes")).isFalse();
        assertThat(SearchWords.mayMatch("news%").test("newsroom")).isTrue();
        assertThat(SearchWords.mayMatch("news%").test("goodnews")).isFalse();
        assertThat(SearchWords.mayMatch("troops").test("troops")).isTrue();
        assertThat(SearchWords.mayMatch("troops").test("troop")).isFalse();
    }

    @Test
    void lettersWithACaseBeyondAsciiMayMatchAnyPatternAsTheDatabaseLowerCasesThemItsOwnWay() {
        assertThat(SearchWords.mayMatch("%Zürich%").test("basel")).isTrue();
        assertThat(SearchWords.mayMatch("troops").test("трупы")).isTrue();
    }

    @Test
    void curlyQuotesAndDashesHaveNoCaseAndAreComparedAsTheyAre() {
        assertThat(SearchWords.mayMatch("%Kremlin’s%").test("prokremlin’s")).isTrue();
        assertThat(SearchWords.mayMatch("%Kremlin’s%").test("kremlin")).isFalse();
        assertThat(SearchWords.mayMatch("troops").test("don’t")).isFalse();
        assertThat(SearchWords.mayMatch("%fake").test("“fake")).isTrue();
    }

    @Test
    void aTextsWordsAreItsRunsOfLettersAndDigitsLowerCased() {
        assertThat(SearchWords.wordsOf("“The Zyzzyva-beetle count doubled,” 2 said: TWO.")).containsExactly(
                "“the", "zyzzyva", "beetle", "count", "doubled", "”", "2", "said", "two");
    }
}
