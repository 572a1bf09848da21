package io.quotestance.quotes.model;

import io.quotestance.quotes.extraction.ExtractedSpeaker;
import io.quotestance.quotes.extraction.SpeakerKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A speaker as stored: the extracted speaker normalised, with the key that decides which articles share it.
 *
 * @param key         {@code kind:name} in lower case for a named speaker; {@code unnamed:articleId:mention} otherwise
 * @param aliases     other names, without the name itself; an unnamed speaker's mention is its only alias
 * @param lookupNames name and aliases in {@linkplain #lookupForm lookup form}
 */
public record SpeakerIdentity(String key, String name, SpeakerKind kind, String role, String affiliation,
        List<String> aliases, List<String> lookupNames) {

    public static SpeakerIdentity of(ExtractedSpeaker speaker, long articleId) {
        String name = clean(speaker.name());
        String mention = clean(speaker.mention());
        String role = clean(speaker.role());
        String affiliation = clean(speaker.affiliation());
        if (name == null || speaker.kind() == null || speaker.kind() == SpeakerKind.UNNAMED) {
            List<String> aliases = mention == null ? List.of() : List.of(mention);
            String key = "unnamed:" + articleId + ":" + (mention == null ? "" : lookupForm(mention));
            return new SpeakerIdentity(key, null, SpeakerKind.UNNAMED, role, affiliation, aliases, lookupNames(aliases));
        }
        Set<String> aliases = new LinkedHashSet<>();
        for (String alias : speaker.aliases()) {
            String cleaned = clean(alias);
            if (cleaned != null && !lookupForm(cleaned).equals(lookupForm(name))) {
                aliases.add(cleaned);
            }
        }
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        String key = speaker.kind().name().toLowerCase(Locale.ROOT) + ":" + lookupForm(name);
        return new SpeakerIdentity(key, name, speaker.kind(), role, affiliation, List.copyOf(aliases), lookupNames(names));
    }

    /** The same speaker as described at another quote: the first role and affiliation win, aliases add up. */
    public SpeakerIdentity mergedWith(SpeakerIdentity other) {
        return new SpeakerIdentity(key, name, kind, role != null ? role : other.role,
                affiliation != null ? affiliation : other.affiliation,
                Stream.concat(aliases.stream(), other.aliases.stream()).distinct().toList(),
                Stream.concat(lookupNames.stream(), other.lookupNames.stream()).distinct().toList());
    }

    /** How names are compared: case and runs of white space do not matter. */
    public static String lookupForm(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> lookupNames(List<String> names) {
        return names.stream().map(SpeakerIdentity::lookupForm).distinct().toList();
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
