package io.quotestance.quotes.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** A person an anaphor may point back to: a speaker met so far or a person the text names. */
    private record Candidate(int offset, ExtractedSpeaker speaker, String fullName) {
    }

    /** How many paragraphs back a country may supply the affiliation of a government role. */
    private static final int COUNTRY_CONTEXT_PARAGRAPHS = 2;
    /** How many sentences back {@code he}, {@code she} or {@code the coach} look for the person they stand for. */
    private static final int ANAPHOR_SENTENCES = 8;
    private static final Pattern FEMALE_WORDS = Pattern.compile(
            "\\b(spokeswoman|chairwoman|businesswoman|congresswoman|woman|she|her|mother|daughter|wife|sister)\\b");
    private static final Pattern MALE_WORDS = Pattern.compile(
            "\\b(spokesman|chairman|businessman|congressman|man|he|his|father|son|husband|brother)\\b");

    private final Lexicon lexicon;
    private final ArticleIndex index;
    private final int[] sentenceStarts;
    private final List<Entry> history = new ArrayList<>();
    private final Map<String, Entity> entities = new HashMap<>();

    Discourse(Lexicon lexicon, ArticleIndex index, ArticleLayout layout) {
        this.lexicon = lexicon;
        this.index = index;
        this.sentenceStarts = layout.paragraphs().stream().flatMap(p -> p.sentences().stream())
                .mapToInt(ArticleLayout.Sentence::start).toArray();
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
        if (phrase.pronoun().equals("person")) {
            Lexicon.Gender gender = phrase.mention().equalsIgnoreCase("she") ? Lexicon.Gender.FEMALE : Lexicon.Gender.MALE;
            ExtractedSpeaker person = nearestPerson(phrase, gender);
            if (person != null) {
                return person;
            }
        }
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
            // "It said …" after a document speaks ("The cable … It recommended …") is the document.
            case "organization" -> !entry.plural() && (kind == SpeakerKind.ORGANIZATION
                    || kind == SpeakerKind.UNNAMED && entry.speaker().role() == null);
            default -> entry.plural() || kind == SpeakerKind.ORGANIZATION;
        };
    }

    /**
     * {@code the spokesman} is the latest speaker, or else the latest person named, whose role or name has that word;
     * failing that, {@code the coach} is the person the text was just about, and {@code the company} the latest
     * organization that spoke.
     */
    private Optional<ExtractedSpeaker> antecedentOfDescription(SpeakerPhrase phrase) {
        String head = phrase.anaphorHead();
        for (int i = history.size() - 1; i >= 0; i--) {
            ExtractedSpeaker earlier = history.get(i).speaker();
            if (containsWord(earlier.role(), head) || containsWord(earlier.name(), head)) {
                return Optional.of(as(earlier, phrase.mention()));
            }
        }
        List<ArticleIndex.PersonMention> mentions = index.personMentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ArticleIndex.PersonMention mention = mentions.get(i);
            if (mention.start() < phrase.start() && containsWord(index.roleOf(mention.fullName()).orElse(null), head)) {
                return Optional.of(personNamed(mention.fullName(), phrase.mention()));
            }
        }
        if (phrase.kind() == SpeakerKind.ORGANIZATION) {
            List<ArticleIndex.OrganizationDescriptor> descriptors = index.organizationDescriptors();
            for (int i = descriptors.size() - 1; i >= 0; i--) {
                ArticleIndex.OrganizationDescriptor descriptor = descriptors.get(i);
                if (descriptor.start() < phrase.start() && descriptor.noun().equals(head)) {
                    return Optional.of(describe(new SpeakerPhrase(phrase.mention(), phrase.start(), SpeakerKind.ORGANIZATION,
                            descriptor.name(), null, null, null, false, null, List.of(), List.of()), -1));
                }
            }
            for (int i = history.size() - 1; i >= 0; i--) {
                ExtractedSpeaker earlier = history.get(i).speaker();
                // A body known only by a common noun ("the club") is no antecedent for another ("the league").
                if (history.get(i).offset() < phrase.start() && earlier.kind() == SpeakerKind.ORGANIZATION
                        && earlier.name() != null && Character.isUpperCase(earlier.name().charAt(0))
                        && lexicon.countryNamed(earlier.name()).isEmpty()) {
                    return Optional.of(as(earlier, phrase.mention()));
                }
            }
            return Optional.empty();
        }
        return Optional.ofNullable(nearestPerson(phrase, null));
    }

    /**
     * The person {@code he}, {@code she} or {@code the coach} stands for: the nearest before it in its own sentence,
     * else the first (the subject, as news writes it) of the closest sentence before that has one.
     */
    private ExtractedSpeaker nearestPerson(SpeakerPhrase phrase, Lexicon.Gender gender) {
        List<Candidate> candidates = new ArrayList<>();
        for (Entry entry : history) {
            boolean person = entry.speaker().kind() == SpeakerKind.PERSON || entry.speaker().kind() == SpeakerKind.UNNAMED;
            if (entry.offset() < phrase.start() && person && !entry.plural()
                    && genderFits(gender, entry.speaker().name(), entry.speaker().mention())) {
                candidates.add(new Candidate(entry.offset(), entry.speaker(), null));
            }
        }
        for (ArticleIndex.PersonMention mention : index.personMentions()) {
            if (mention.start() < phrase.start() && !mention.possessive() && genderFits(gender, mention.fullName(), null)) {
                candidates.add(new Candidate(mention.start(), null, mention.fullName()));
            }
        }
        int sentence = sentenceOf(phrase.start());
        Candidate best = null;
        // In its own sentence a pronoun follows an earlier speaker ("X said …, and he added"), not any name
        // ("Asked whether Rovers could win, he said").
        for (Candidate candidate : candidates) {
            if (candidate.speaker() != null && sentenceOf(candidate.offset()) == sentence
                    && (best == null || candidate.offset() > best.offset())) {
                best = candidate;
            }
        }
        for (int back = 1; best == null && back <= ANAPHOR_SENTENCES && sentence - back >= 0; back++) {
            int earlier = sentence - back;
            for (Candidate candidate : candidates) {
                if (sentenceOf(candidate.offset()) == earlier && (best == null || candidate.offset() < best.offset())) {
                    best = candidate;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return best.speaker() != null ? as(best.speaker(), phrase.mention()) : personNamed(best.fullName(), phrase.mention());
    }

    private boolean genderFits(Lexicon.Gender gender, String name, String mention) {
        if (gender == null) {
            return true;
        }
        Optional<Lexicon.Gender> known = name != null ? index.genderOf(name) : genderOfDescription(mention);
        return known.map(g -> g == gender).orElse(true);
    }

    private static Optional<Lexicon.Gender> genderOfDescription(String mention) {
        if (mention == null) {
            return Optional.empty();
        }
        String words = Lexicon.key(mention);
        if (FEMALE_WORDS.matcher(words).find()) {
            return Optional.of(Lexicon.Gender.FEMALE);
        }
        if (MALE_WORDS.matcher(words).find()) {
            return Optional.of(Lexicon.Gender.MALE);
        }
        return Optional.empty();
    }

    private int sentenceOf(int offset) {
        int found = Arrays.binarySearch(sentenceStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** A person the text names, as a speaker: what is known of them if they spoke before, else the name alone. */
    private ExtractedSpeaker personNamed(String fullName, String mention) {
        Entity entity = entities.get(fullName);
        if (entity == null) {
            entity = new Entity(SpeakerKind.PERSON);
            entity.role = index.roleOf(fullName).orElse(null);
            entity.aliases.add(fullName.substring(fullName.lastIndexOf(' ') + 1));
            entities.put(fullName, entity);
        }
        return new ExtractedSpeaker(fullName, mention, entity.kind, entity.role, entity.affiliation,
                List.copyOf(entity.aliases));
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

    /** The speaker as this mention calls it; an unnamed source keeps the words it was introduced with as an alias. */
    private static ExtractedSpeaker as(ExtractedSpeaker speaker, String mention) {
        List<String> aliases = speaker.aliases();
        if (speaker.name() == null && speaker.mention() != null && !speaker.mention().equals(mention)
                && !aliases.contains(speaker.mention())) {
            aliases = new ArrayList<>(aliases);
            aliases.add(0, speaker.mention());
        }
        return new ExtractedSpeaker(speaker.name(), mention, speaker.kind(), speaker.role(), speaker.affiliation(),
                aliases);
    }

    private ExtractedSpeaker describe(SpeakerPhrase phrase, int paragraph) {
        String affiliation = affiliationOf(phrase, paragraph);
        if (!phrase.isNamed()) {
            return new ExtractedSpeaker(null, phrase.mention(), phrase.kind(), phrase.role(), affiliation, List.of());
        }
        String name = phrase.name();
        if (phrase.kind() == SpeakerKind.PERSON) {
            name = fullestNameOf(phrase);
        } else {
            // "the Space Force" after "the U.S. Space Force".
            String shortName = name;
            name = entities.keySet().stream().filter(known -> known.endsWith(" " + shortName)
                    && entities.get(known).kind == SpeakerKind.ORGANIZATION).findFirst().orElse(name);
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

    /** A surname stands for the person of that surname named last before it (two Hartleys), else the fullest name. */
    private String fullestNameOf(SpeakerPhrase phrase) {
        String name = phrase.name();
        if (!name.contains(" ")) {
            List<ArticleIndex.PersonMention> mentions = index.personMentions();
            for (int i = mentions.size() - 1; i >= 0; i--) {
                ArticleIndex.PersonMention mention = mentions.get(i);
                if (mention.start() < phrase.start() && mention.fullName().endsWith(" " + name)) {
                    return mention.fullName();
                }
            }
        }
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        return index.fullestNameEndingWith(lastWord).filter(full -> full.length() > name.length()).orElse(name);
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
