package io.quotestance.stance.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's own word lists and how their terms match. */
class LexiconTest {

    static Stream<String> lexiconNames() {
        List<String> names = new ArrayList<>();
        for (TermKind kind : TermKind.values()) {
            names.add(kind.lexiconName());
        }
        names.addAll(List.of("cue-deny", "cue-confirm", "cue-concern", "cue-uncertain", "stopwords", "claim-nouns",
                "antonyms", "irregular-verbs", "event-proforms"));
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("lexiconNames")
    void everyLexiconOpensWithAHeaderNamingItAndItsVersion(String name) throws IOException {
        try (InputStream in = LexiconTest.class.getResourceAsStream("/classifier/" + name + ".txt")) {
            assertThat(in).isNotNull();
            String header = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            assertThat(header).startsWith("# quote-stance lexicon:").containsPattern("version \\d+\\.\\d+\\.\\d+");
        }
    }

    @Test
    void wildcardsMatchInflections() {
        Lexicon denial = Lexicon.load("denial-vocabulary");

        assertThat(denial.find("they refuted it, refuting everything")).hasSize(2);
        assertThat(Lexicon.load("negators").find("we didn't and hasn't")).hasSize(2);
    }

    @Test
    void termsMatchWholeWordsOnly() {
        Lexicon confirmation = Lexicon.load("confirmation-vocabulary");

        assertThat(confirmation.find("the unconfirmed reports")).isEmpty();
        assertThat(confirmation.find("confirmation")).containsExactly(new Lexicon.Span(0, 12));
    }

    @Test
    void multiWordTermsMatchAcrossAnyWhitespaceAndLongestFirst() {
        assertThat(Lexicon.load("denial-vocabulary").find("pure fake \n news")).containsExactly(
                new Lexicon.Span(5, 16));
    }

    @Test
    void wildcardsBacktrackToFindTheLiteralAfterThem() {
        Lexicon negators = Lexicon.load("negators");

        assertThat(negators.find("they didn't, wouldn't and couldn't")).containsExactly(new Lexicon.Span(5, 11),
                new Lexicon.Span(13, 21), new Lexicon.Span(26, 34));
    }

    @Test
    void termsDoNotStartAfterAnApostropheOrInsideAWord() {
        Lexicon denial = Lexicon.load("denial-vocabulary");

        assertThat(denial.find("o'lies belies fakes")).isEmpty();
    }

    @Test
    void pairListsLoadBothSidesNormalised() {
        assertThat(Lexicon.loadPairs("irregular-verbs")).contains(java.util.Map.entry("sent", "send"));
        assertThat(Lexicon.loadPairs("antonyms")).contains(java.util.Map.entry("open", "close"));
    }

    @Test
    void missingLexiconFailsFast() {
        assertThatIllegalStateException().isThrownBy(() -> Lexicon.load("no-such-list"))
                .withMessageContaining("no-such-list");
    }

    @Test
    void normaliserKeepsOffsetsAndUnifiesApostrophes() {
        String text = "İSTANBUL isn’t ‘calm’";

        assertThat(TextNormaliser.normalise(text)).hasSameSizeAs(text).isEqualTo("istanbul isn't 'calm'");
    }
}
