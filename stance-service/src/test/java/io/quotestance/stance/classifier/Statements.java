package io.quotestance.stance.classifier;

import java.util.List;

/** One shared classifier for the tests, and a corpus of invented news statements for the invariant tests. */
final class Statements {

    static final StanceClassifier CLASSIFIER = new StanceClassifier();

    /** Invented statements from varied beats, with and without cues, for checks that must hold for any input. */
    static final List<StanceInput> CORPUS = List.of(
            new StanceInput("We cannot confirm that the vaccine batch was contaminated.", "said", null),
            new StanceInput("The company did not dump waste into the river.", "said", null),
            new StanceInput("There are no plans to close the border, but that may change.", "told", null),
            new StanceInput("It is definitely happening and it is alarming.", "said", null),
            new StanceInput("These allegations are baseless and politically motivated.", "said", null),
            new StanceInput("The strike could threaten the country's fuel supply.", "warned", null),
            new StanceInput("If confirmed, the merger would create the largest bank in Europe.", "said", null),
            new StanceInput("Is anyone surprised that the election was postponed?", "asked", null),
            new StanceInput("Although the figures are unverified, we know the outbreak is spreading.", "said", null),
            new StanceInput("the ministry had hidden the audit", "denied", null),
            new StanceInput("Police arrested three suspects on Friday; two were later released.", "said", null),
            new StanceInput("We do not deny that mistakes were made.", "admitted", null),
            new StanceInput("“Fake news,” he wrote — another smear by the opposition.", "wrote", null),
            new StanceInput("No troops were sent to the region.", "said", "The army sent troops to the region"),
            new StanceInput("The weather was lovely in Seville.", "said", "The army sent troops to the region"),
            new StanceInput("Mr. Okafor said the dam is clearly unsafe. Residents must leave!", null, null),
            new StanceInput("  ", null, null),
            new StanceInput("", "said", null),
            new StanceInput("İstanbul officials said the quake’s toll isn’t final.", "said", null),
            new StanceInput("There is no doubt: the champion doped, and it is a disgrace.", "said", null));

    private Statements() {
    }

    static StanceResult classify(String text) {
        return CLASSIFIER.classify(new StanceInput(text, "said", null));
    }

    static StanceResult classify(String text, String cue) {
        return CLASSIFIER.classify(new StanceInput(text, cue, null));
    }

    static StanceLabel label(String text) {
        return classify(text).label();
    }
}
