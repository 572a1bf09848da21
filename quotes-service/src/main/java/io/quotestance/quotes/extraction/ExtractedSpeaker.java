package io.quotestance.quotes.extraction;

import java.util.List;

/**
 * The source of a quote as the article names it.
 *
 * @param name        the fullest name in the article ({@code Christophe Lemoine}); {@code null} for unnamed sources
 * @param mention     the words used at this quote ({@code Lemoine}, {@code he}, {@code a spokesman for Ukraine's president})
 * @param kind        person, organization or unnamed
 * @param role        role taken from the article ({@code foreign ministry spokesman}), or {@code null}
 * @param affiliation organization or country taken from the article ({@code France}), or {@code null}
 * @param aliases     other names the article uses for the same speaker ({@code Lemoine}, {@code NIS})
 */
public record ExtractedSpeaker(String name, String mention, SpeakerKind kind, String role, String affiliation,
        List<String> aliases) {

    public ExtractedSpeaker {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
