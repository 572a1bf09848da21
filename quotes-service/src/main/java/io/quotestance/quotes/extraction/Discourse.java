package io.quotestance.quotes.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The speakers met so far in one article, in order: links surnames to full names, pronouns and definite
 * descriptions to earlier speakers, and keeps what the article said about each named speaker (role,
 * affiliation, aliases) so later mentions carry it.
 */
final class Discourse {

    private record Entry(ExtractedSpeaker speaker, int offset, int paragraph, boolean plural) {
    }

    /** What the article has said about one named speaker. */
    private static final class Entity {
        final SpeakerKind kind;
        String role;
        String affiliation;
        final Set<String> aliases = new LinkedHashSet<>();

        Entity(SpeakerKind kind) {
            this.kind = kind;
        }
    }

    /** How many paragraphs back a country may supply the affiliation of a government role. */
    private static final int COUNTRY_CONTEXT_PARAGRAPHS = 2;

    private final Lexicon lexicon;
    private final ArticleIndex index;
    private final List<Entry> history = new ArrayList<>();
    private final Map<String, Entity> entities = new HashMap<>();

    Discourse(Lexicon lexicon, ArticleIndex index) {
        this.lexicon = lexicon;
        this.index = index;
    }

    /** The speaker a phrase refers to, recorded as the latest speaker; {@code null} if a pronoun has no antecedent. */
    ExtractedSpeaker resolve(SpeakerPhrase phrase, int paragraph) {
        ExtractedSpeaker speaker = phrase.pronoun() != null ? antecedentOfPronoun(phrase)
                : phrase.anaphorHead() != null ? antecedentOfDescription(phrase).orElseGet(() -> describe(phrase, paragraph))
                : describe(phrase, paragraph);
        if (speaker != null) {
            history.add(new Entry(speaker, phrase.start(), paragraph, phrase.plural()));
        }
        return speaker;
    }

    private ExtractedSpeaker antecedentOfPronoun(SpeakerPhrase phrase) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry entry = history.get(i);
            if (entry.offset() < phrase.start() && compatible(phrase.pronoun(), entry)) {
                return as(entry.speaker(), phrase.mention());
            }
        }
        return null;
    }

    private static boolean compatible(String pronoun, Entry entry) {
        SpeakerKind kind = entry.speaker().kind();
        return switch (pronoun) {
            case "person" -> !entry.plural() && (kind == SpeakerKind.PERSON || kind == SpeakerKind.UNNAMED);
            case "organization" -> !entry.plural() && kind == SpeakerKind.ORGANIZATION;
            default -> entry.plural() || kind == SpeakerKind.ORGANIZATION;
        };
    }

    /** {@code the spokesman} is the latest speaker whose role or name has that word. */
    private Optional<ExtractedSpeaker> antecedentOfDescription(SpeakerPhrase phrase) {
        for (int i = history.size() - 1; i >= 0; i--) {
            ExtractedSpeaker earlier = history.get(i).speaker();
            if (containsWord(earlier.role(), phrase.anaphorHead()) || containsWord(earlier.name(), phrase.anaphorHead())) {
                return Optional.of(as(earlier, phrase.mention()));
            }
        }
        return Optional.empty();
    }

    private static boolean containsWord(String phrase, String word) {
        if (phrase == null) {
            return false;
        }
        for (String part : Lexicon.key(phrase).split("[\\s-]+")) {
            if (part.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static ExtractedSpeaker as(ExtractedSpeaker speaker, String mention) {
        return new ExtractedSpeaker(speaker.name(), mention, speaker.kind(), speaker.role(), speaker.affiliation(),
                speaker.aliases());
    }

    private ExtractedSpeaker describe(SpeakerPhrase phrase, int paragraph) {
        String affiliation = affiliationOf(phrase, paragraph);
        if (!phrase.isNamed()) {
            return new ExtractedSpeaker(null, phrase.mention(), phrase.kind(), phrase.role(), affiliation, List.of());
        }
        String name = phrase.name();
        if (phrase.kind() == SpeakerKind.PERSON) {
            String lastWord = name.substring(name.lastIndexOf(' ') + 1);
            name = index.fullestNameEndingWith(lastWord).filter(full -> full.length() > phrase.name().length())
                    .orElse(name);
        }
        Entity entity = entities.computeIfAbsent(name, key -> new Entity(phrase.kind()));
        if (entity.role == null) {
            entity.role = phrase.role();
        }
        if (entity.affiliation == null) {
            entity.affiliation = affiliation;
        }
        addAliases(entity, name, phrase);
        return new ExtractedSpeaker(name, phrase.mention(), entity.kind, entity.role, entity.affiliation,
                List.copyOf(entity.aliases));
    }

    private void addAliases(Entity entity, String name, SpeakerPhrase phrase) {
        if (entity.kind == SpeakerKind.PERSON && name.contains(" ")) {
            entity.aliases.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        if (phrase.acronym() != null) {
            entity.aliases.add(phrase.acronym());
        }
        index.acronymOf(name).ifPresent(entity.aliases::add);
        if (!phrase.name().equals(name)) {
            entity.aliases.add(phrase.name());
        }
        entity.aliases.remove(name);
    }

    /**
     * Where a speaker belongs, only from what the article states: an organization or country in the role, the
     * country of a titled person in the role, the place an organization is said to be in, or, for a government
     * role with no country of its own, the country that spoke last nearby.
     */
    private String affiliationOf(SpeakerPhrase phrase, int paragraph) {
        if (phrase.kind() == SpeakerKind.ORGANIZATION) {
            if (phrase.name() != null && lexicon.countryNamed(phrase.name()).isPresent()) {
                return null;
            }
            return countryIn(phrase.placeTokens(), true).orElse(null);
        }
        List<Token> role = phrase.roleTokens();
        return organizationIn(role)
                .or(() -> countryIn(role, false))
                .or(() -> countryOfTitledPerson(role))
                .or(() -> role.stream().anyMatch(t -> lexicon.isGovernmentWord(t.text()))
                        ? nearbySpeakingCountry(paragraph) : Optional.empty())
                .orElse(null);
    }

    private Optional<String> organizationIn(List<Token> role) {
        for (int i = 0; i < role.size(); i++) {
            Token token = role.get(i);
            Optional<String> known = knownOrganizationAt(role, i);
            if (known.isPresent()) {
                return known;
            }
            if (token.isAcronym() && !lexicon.isTitle(token.text())) {
                int last = i;
                while (last + 1 < role.size() && role.get(last + 1).isCapitalised() && !lexicon.isTitle(role.get(last + 1).text())) {
                    last++;
                }
                return Optional.of(ArticleIndex.joinName(role.subList(i, last + 1)));
            }
            if (token.isCapitalised() && lexicon.isOrgKeyword(token.withoutPossessive())) {
                int first = i;
                while (first > 0 && role.get(first - 1).isCapitalised() && !lexicon.isTitle(role.get(first - 1).text())
                        && !isPlace(role.get(first - 1))) {
                    first--;
                }
                int last = i;
                while (last + 1 < role.size() && !role.get(last).isPossessive()) {
                    if (role.get(last + 1).isCapitalised()) {
                        last++;
                    } else if (last + 2 < role.size() && role.get(last + 1).is("of") && role.get(last + 2).isCapitalised()) {
                        last += 2;
                    } else {
                        break;
                    }
                }
                // A lone keyword ("Club spokesman") is a common noun capitalised, not an organization's name.
                if (last > first) {
                    return Optional.of(ArticleIndex.joinName(role.subList(first, last + 1)));
                }
            }
        }
        return Optional.empty();
    }

    /** The longest gazetteer organization starting at token {@code i} ({@code Federal Reserve}, {@code NATO}). */
    private Optional<String> knownOrganizationAt(List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalised()) {
            return Optional.empty();
        }
        for (int last = Math.min(tokens.size() - 1, i + 4); last >= i; last--) {
            List<Token> candidate = tokens.subList(i, last + 1);
            String words = candidate.size() == 1 ? candidate.get(0).withoutPossessive() : ArticleIndex.joinName(candidate);
            Optional<String> known = lexicon.organizationNamed(words);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /** {@code Ukraine’s} in {@code Ukraine’s Foreign Ministry}: a country owning the organization, not part of its name. */
    private boolean isPlace(Token token) {
        return countryOf(token.withoutPossessive(), false).isPresent();
    }

    private Optional<String> countryIn(List<Token> tokens, boolean includeCapitals) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).withoutPossessive();
            if (i + 1 < tokens.size()) {
                String pair = tokens.get(i).text() + " " + tokens.get(i + 1).withoutPossessive();
                Optional<String> country = countryOf(pair, includeCapitals);
                if (country.isPresent()) {
                    return country;
                }
            }
            if (tokens.get(i).isCapitalised()) {
                Optional<String> country = countryOf(word, includeCapitals);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> countryOf(String words, boolean includeCapitals) {
        Optional<String> country = lexicon.countryNamed(words).or(() -> lexicon.countryOfDemonym(words));
        return includeCapitals ? country.or(() -> lexicon.countryOfCapital(words)) : country;
    }

    /** {@code head of President Volodymyr Zelenskyy’s office}: the country an earlier {@code Ukraine’s president} gave. */
    private Optional<String> countryOfTitledPerson(List<Token> role) {
        for (int i = role.size() - 1; i >= 0; i--) {
            Token token = role.get(i);
            boolean titleOfName = lexicon.isTitle(token.text()) && token.isCapitalised()
                    && (i + 1 == role.size() || index.isNameWord(role.get(i + 1)));
            if (titleOfName) {
                Optional<String> country = index.countryOfTitle(token.text(), token.start());
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> nearbySpeakingCountry(int paragraph) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry entry = history.get(i);
            if (paragraph - entry.paragraph() > COUNTRY_CONTEXT_PARAGRAPHS) {
                break;
            }
            String name = entry.speaker().name();
            if (name != null && lexicon.countryNamed(name).isPresent()) {
                return lexicon.countryNamed(name);
            }
        }
        return Optional.empty();
    }
}
