package io.quotestance.quotes.extraction;

import java.util.List;

/**
 * A speaker as one noun phrase of the article describes it, before it is linked to the rest of the article.
 *
 * @param mention     the words as written
 * @param start       article offset of the mention
 * @param kind        person, organization or unnamed; {@code null} for a pronoun, resolved later
 * @param name        the name as written (without determiner or title), {@code null} for descriptions and pronouns
 * @param role        the role words ({@code foreign ministry spokesman}), or {@code null}
 * @param acronym     an acronym given in brackets after an organization's name, or {@code null}
 * @param pronoun     the pronoun's referent kind ({@code person}, {@code organization}, {@code plural}), or {@code null}
 * @param plural      whether the phrase names several speakers
 * @param anaphorHead for a definite description ({@code the spokesman}), its head noun, else {@code null}
 * @param roleTokens  the tokens of the role, for finding an affiliation in them
 * @param placeTokens tokens of the phrase that may name where an organization belongs ({@code South Korean}, {@code in Seoul})
 */
record SpeakerPhrase(String mention, int start, SpeakerKind kind, String name, String role, String acronym,
        String pronoun, boolean plural, String anaphorHead, List<Token> roleTokens, List<Token> placeTokens) {

    /** This speaker described further by an appositive: a wider mention and the appositive's role. */
    SpeakerPhrase withAppositive(String newMention, int newStart, String newRole, List<Token> newRoleTokens) {
        return new SpeakerPhrase(newMention, newStart, kind, name, newRole, acronym, pronoun, plural, anaphorHead,
                newRoleTokens, placeTokens);
    }

    boolean isNamed() {
        return name != null && pronoun == null;
    }

    boolean isDescription() {
        return name == null && pronoun == null && kind != null;
    }
}
