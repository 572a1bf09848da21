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
        names.addAll(List.of("cue-deny", "cue-confirm", "cue-concern", "cue-uncertain", "stopwords"));
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
