package io.quotestance.quotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLayoutTest {

    private static final Lexicon LEXICON = Lexicon.get();

    private static List<String> sentences(String text) {
        return ArticleLayout.of(text, LEXICON).paragraphs().stream().flatMap(p -> p.sentences().stream())
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void neverSplitsInsideQuotationMarks() {
        assertThat(sentences("“It is late. We must go,” she said. Then she left."))
                .containsExactly("“It is late. We must go,” she said.", "Then she left.");
    }

    @Test
    void splitsAfterAQuoteEndingTheSentence() {
        assertThat(sentences("He said: “We won.” The crowd cheered."))
                .containsExactly("He said: “We won.”", "The crowd cheered.");
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideTheSentence() {
        assertThat(sentences("Dr. Lee met Mr. J. Smith in the U.S. on Monday. They spoke."))
                .containsExactly("Dr. Lee met Mr. J. Smith in the U.S. on Monday.", "They spoke.");
    }

    @Test
    void treatsApostrophesAsPartOfWordsNotAsQuotes() {
        String text = "Ukraine’s president didn’t comment on the players’ union, officials said.";
        assertThat(ArticleLayout.findQuotations(text, 0, text.length())).isEmpty();
    }

    @Test
    void pairsSingleQuotesAtWordBoundaries() {
        String text = "'We can't lose,' the coach said.";
        List<QuotationSpan> spans = ArticleLayout.findQuotations(text, 0, text.length());

        assertThat(spans).hasSize(1);
        assertThat(text.substring(spans.get(0).contentStart(), spans.get(0).contentEnd())).isEqualTo("We can't lose,");
    }

    @Test
    void leavesAQuoteOpenAtTheEndOfItsParagraph() {
        String text = "She said: “The plan is ready.\n“We start tomorrow.”";
        List<ArticleLayout.Paragraph> paragraphs = ArticleLayout.of(text, LEXICON).paragraphs();

        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).endsInsideQuotation()).isTrue();
        assertThat(paragraphs.get(1).opensWithQuotation()).isTrue();
    }

    @Test
    void recognisesParagraphsThatAreNotRunningText() {
        String text = "Rates Hold Steady As Inflation Cools\nThe bank held rates, it said.";
        List<ArticleLayout.Paragraph> paragraphs = ArticleLayout.of(text, LEXICON).paragraphs();

        assertThat(ArticleLayout.isRunningText(text, paragraphs.get(0))).isFalse();
        assertThat(ArticleLayout.isRunningText(text, paragraphs.get(1))).isTrue();
    }
}
