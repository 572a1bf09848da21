package io.quotestance.quotes.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the engine reasons with, read once from {@code /extraction/*} on the classpath. Lookups take
 * any casing; curly and straight apostrophes are treated alike.
 */
final class Lexicon {

    /** How a reporting cue relates to what follows it. */
    enum CueKind {
        /** {@code said (that) <clause>} */
        PLAIN,
        /** {@code told <listener> (that) <clause>} */
        OBJECT,
        /** {@code accused <everything after>} */
        COMPLEMENT,
        /** {@code called the plan “a disgrace”}: reports only the words in quotation marks after it */
        NAMING,
        /** {@code denied (that) <clause>} or {@code denied the charges}: a noun phrase is reported content too */
        CONTENT
    }

    /** The gender a first name or honorific usually marks, for linking {@code he} and {@code she}. */
    enum Gender {
        FEMALE,
        MALE
    }

    /** Agent-noun endings: -ist, -ian, -er, -or. */
    private static final Pattern AGENT_NOUN = Pattern.compile("[a-z-]+(?:ist|ian|er|or)");

    private final Map<String, CueKind> cues = new HashMap<>();
    private final Set<String> personNouns = new HashSet<>();
    private final Set<String> pluralPersonNouns = new HashSet<>();
    private final Set<String> notAgentNouns;
    private final Set<String> orgKeywords;
    private final Set<String> titles;
    private final Set<String> honorifics;
    private final Set<String> governmentWords;
    private final Set<String> abbreviations;
    private final Set<String> clauseWords;
    private final Map<String, String> pronounKinds = new HashMap<>();
    private final Map<String, String> countriesByName = new HashMap<>();
    private final Map<String, String> countriesByDemonym = new HashMap<>();
    private final Map<String, String> countriesByCapital = new HashMap<>();
    private final Map<String, String> organizations = new HashMap<>();
    private final Set<String> sourceNouns;
    private final Map<String, Gender> firstNames = new HashMap<>();

    private Lexicon() {
        for (List<String> row : table("cues.tsv")) {
            CueKind kind = row.size() > 1 ? CueKind.valueOf(row.get(1).toUpperCase(Locale.ROOT)) : CueKind.PLAIN;
            cues.put(key(row.get(0)), kind);
        }
        for (List<String> row : table("person-nouns.tsv")) {
            personNouns.add(key(row.get(0)));
            if (row.size() > 1 && row.get(1).equals("plural")) {
                pluralPersonNouns.add(key(row.get(0)));
            }
        }
        notAgentNouns = words("not-agent-nouns.txt");
        orgKeywords = words("org-keywords.txt");
        titles = words("titles.txt");
        honorifics = words("honorifics.txt");
        governmentWords = words("government-words.txt");
        abbreviations = words("abbreviations.txt");
        clauseWords = words("clause-words.txt");
        for (List<String> row : table("pronouns.tsv")) {
            pronounKinds.put(key(row.get(0)), row.get(1));
        }
        for (List<String> row : table("countries.tsv")) {
            String country = row.get(0);
            countriesByName.put(key(country), country);
            if (row.size() > 1) {
                for (String demonym : row.get(1).split(",")) {
                    countriesByDemonym.put(key(demonym), country);
                }
            }
            if (row.size() > 2) {
                countriesByCapital.put(key(row.get(2)), country);
            }
            if (row.size() > 3) {
                for (String alias : row.get(3).split(",")) {
                    countriesByName.put(key(alias), country);
                }
            }
        }
        sourceNouns = words("source-nouns.txt");
        for (List<String> row : table("first-names.tsv")) {
            firstNames.put(key(row.get(0)), row.get(1).equals("f") ? Gender.FEMALE : Gender.MALE);
        }
        for (List<String> row : table("organizations.txt")) {
            organizations.put(key(row.get(0)), row.get(0));
        }
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The shared, immutable lexicon (loaded on first use). */
    static Lexicon get() {
        return Holder.INSTANCE;
    }

    static String key(String word) {
        return word.replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    Optional<CueKind> cue(String word) {
        return Optional.ofNullable(cues.get(key(word)));
    }

    /**
     * A noun for a person by role: listed, or an agent noun shaped like one ({@code virologist}, {@code historian},
     * {@code researcher}); lowercase words only, so names are never taken for roles.
     */
    boolean isPersonNoun(String word) {
        String key = key(word);
        if (personNouns.contains(key)) {
            return true;
        }
        String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
        return word.equals(key) && singular.length() >= 6 && AGENT_NOUN.matcher(singular).matches()
                && !notAgentNouns.contains(singular);
    }

    boolean isPluralPersonNoun(String word) {
        String key = key(word);
        return pluralPersonNouns.contains(key) || !personNouns.contains(key) && key.endsWith("s") && isPersonNoun(word);
    }

    /** A document or publication that can be a source: {@code statement}, {@code cable}, {@code court filings}. */
    boolean isSourceNoun(String word) {
        return sourceNouns.contains(key(word));
    }

    Optional<Gender> genderOfFirstName(String word) {
        return Optional.ofNullable(firstNames.get(key(word)));
    }

    /** {@code Mr}, {@code Ms}, {@code Mrs}: the honorifics that mark a gender. */
    Optional<Gender> genderOfHonorific(String word) {
        return switch (key(stripTrailingDot(word))) {
            case "mr", "sir", "lord" -> Optional.of(Gender.MALE);
            case "ms", "mrs", "miss", "dame", "lady" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    boolean isOrgKeyword(String word) {
        return orgKeywords.contains(key(word));
    }

    boolean isTitle(String word) {
        return titles.contains(key(stripTrailingDot(word)));
    }

    boolean isHonorific(String word) {
        return honorifics.contains(key(stripTrailingDot(word)));
    }

    boolean isGovernmentWord(String word) {
        return governmentWords.contains(key(word));
    }

    boolean isAbbreviation(String word) {
        return abbreviations.contains(key(word));
    }

    boolean isClauseWord(String word) {
        return clauseWords.contains(key(word));
    }

    /** {@code person}, {@code organization} or {@code plural} for a speaker pronoun, else empty. */
    Optional<String> pronounKind(String word) {
        return Optional.ofNullable(pronounKinds.get(key(word)));
    }

    Optional<String> countryNamed(String phrase) {
        return Optional.ofNullable(countriesByName.get(key(phrase)));
    }

    Optional<String> countryOfDemonym(String phrase) {
        return Optional.ofNullable(countriesByDemonym.get(key(phrase)));
    }

    Optional<String> countryOfCapital(String phrase) {
        return Optional.ofNullable(countriesByCapital.get(key(phrase)));
    }

    Optional<String> organizationNamed(String phrase) {
        return Optional.ofNullable(organizations.get(key(phrase)));
    }

    private static String stripTrailingDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (List<String> row : table(resource)) {
            words.add(key(row.get(0)));
        }
        return Set.copyOf(words);
    }

    /** Rows of a tab-separated resource, skipping blank lines and {@code #} comments. */
    private static List<List<String>> table(String resource) {
        String path = "/extraction/" + resource;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.split("\t")) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon resource " + path, e);
        }
    }
}
