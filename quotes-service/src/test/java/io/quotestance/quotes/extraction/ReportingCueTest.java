package io.quotestance.quotes.extraction;

import static io.quotestance.quotes.extraction.Extraction.extract;
import static io.quotestance.quotes.extraction.Extraction.quoteStartingWith;
import static io.quotestance.quotes.extraction.Extraction.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting cues in their news forms and the clauses they report. */
class ReportingCueTest {

    @Test
    void cueLexiconHasAtLeastOneHundredAndFiftyForms() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/extraction/cues.tsv")) {
            long forms = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).count();
            assertThat(forms).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void reportsTheWholeSentenceWhenTheCueSitsInsideIt() {
        ExtractedQuote quote = single("The vote, the chief whip said, would take place on Thursday evening.");

        assertThat(quote.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(quote.text()).isEqualTo("The vote, the chief whip said, would take place on Thursday evening");
        assertThat(quote.speaker().mention()).isEqualTo("the chief whip");
    }

    @Test
    void reportsTheWholeSentenceWhenAccordingToSitsInsideIt() {
        ExtractedQuote quote = single("Paylane's administrators, according to court filings, have recovered 11 million pounds.");

        assertThat(quote.text()).startsWith("Paylane's administrators");
        assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(quote.speaker().mention()).isEqualTo("court filings");
    }

    @Test
    void coordinatedCueSharesTheSpeakerOfTheCueBeforeIt() {
        List<ExtractedQuote> quotes = extract(
                "Analysts at Berenberg wrote that the price looked stretched and warned that integration risks were high.");

        ExtractedQuote warned = quoteStartingWith(quotes, "integration risks");
        assertThat(warned.cue()).isEqualTo("warned");
        assertThat(warned.speaker().mention()).isEqualTo("Analysts at Berenberg");
    }

    @Test
    void participleAfterTheMainClauseReportsForTheSentenceSubject() {
        ExtractedQuote quote = single("Quantix Inc on Tuesday cut its forecast, warning that cloud customers were slowing purchases.");

        assertThat(quote.cue()).isEqualTo("warning");
        assertThat(quote.speaker().name()).isEqualTo("Quantix Inc");
    }

    @Test
    void deniedWithAGerundReportsTheDeniedAct() {
        ExtractedQuote quote = single("Simon Hartley denied ever instructing staff to alter figures.");

        assertThat(quote.text()).isEqualTo("ever instructing staff to alter figures");
        assertThat(quote.cue()).isEqualTo("denied");
    }

    @Test
    void calledOnReportsTheAppealButCalledWithAnObjectOnlyItsQuotedWords() {
        ExtractedQuote appeal = single("Foreign minister Andrii Sybiha called on allies to speed up deliveries of air defence.");
        assertThat(appeal.cue()).isEqualTo("called on");
        assertThat(appeal.speaker().name()).isEqualTo("Andrii Sybiha");

        assertThat(extract("Unions have called a ninth day of strikes for Thursday.")).isEmpty();
        ExtractedQuote naming = single("Mathieu Roussel called the result \"a Pyrrhic victory\" on Monday.");
        assertThat(naming.type()).isEqualTo(QuoteType.MIXED);
    }

    @Test
    void aReportingVerbWithANounObjectAndNoClauseIsNoQuote() {
        assertThat(extract("The company also announced a $20 billion share buyback program.")).isEmpty();
        assertThat(extract("Walmond reported a better-than-expected profit on Tuesday, helped by strong sales.")).isEmpty();
    }

    @Test
    void aReportedQuestionIsNoStatement() {
        assertThat(extract("Jake Tapper asked whether Democrats would accept a short extension.")).isEmpty();
    }

    @Test
    void invertedCueAfterAPlainCommaStartsTheClauseNotTheSpeaker() {
        ExtractedQuote quote = single("Novak's coach, former world number four Tomas Berdych, said his player had improved her serve.");

        assertThat(quote.text()).isEqualTo("his player had improved her serve");
        assertThat(quote.speaker().name()).isEqualTo("Tomas Berdych");
    }

    @Test
    void toldTakesItsListenerAfterItAndItsSpeakerBefore() {
        ExtractedQuote quote = single("His lawyer, Rupert Gaines, told the court that his client had lost everything.");

        assertThat(quote.speaker().name()).isEqualTo("Rupert Gaines");
        assertThat(quote.text()).isEqualTo("his client had lost everything");
    }
}
