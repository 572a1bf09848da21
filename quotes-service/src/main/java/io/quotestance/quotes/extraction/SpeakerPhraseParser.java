package io.quotestance.quotes.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a noun phrase as a speaker without named-entity models: capitalisation separates names from role words,
 * titles and role nouns mark people, organization keywords, acronyms and the gazetteer mark organizations, and
 * a role noun with no name ({@code a spokesman for …}, {@code many experts}) makes an unnamed source.
 */
final class SpeakerPhraseParser {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our");
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "several", "most", "few", "other", "all", "both",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
            "numerous", "various", "one", "another", "more", "multiple");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "from", "to", "with", "on");
    /** Words that start a modifier after the head noun: {@code a person familiar with}, {@code a poll published on}. */
    private static final Set<String> POST_MODIFIERS = Set.of("familiar", "close", "involved", "speaking", "published",
            "seen", "obtained", "released", "dated", "signed", "issued", "briefed", "who", "knowledgeable", "reviewed");
    /** Words that join the parts of a name: {@code Haus & Grund}, {@code Office for Budget Responsibility}. */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "&");

    private final String text;
    private final Lexicon lexicon;
    private final ArticleIndex index;

    SpeakerPhraseParser(String text, Lexicon lexicon, ArticleIndex index) {
        this.text = text;
        this.lexicon = lexicon;
        this.index = index;
    }

    /** The speaker a noun phrase names or describes, or {@code null} when it cannot be a speaker. */
    SpeakerPhrase parse(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        String mention = span(tokens);
        int start = tokens.get(0).start();
        if (tokens.size() == 1 && lexicon.pronounKind(tokens.get(0).text()).isPresent()) {
            String pronoun = lexicon.pronounKind(tokens.get(0).text()).get();
            return new SpeakerPhrase(mention, start, null, null, null, null, pronoun, pronoun.equals("plural"), null,
                    List.of(), List.of());
        }
        String acronym = null;
        List<Token> body = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.text().equals("(") && i + 2 < tokens.size() && tokens.get(i + 2).text().equals(")")
                    && tokens.get(i + 1).isAcronym()) {
                acronym = tokens.get(i + 1).text();
                i += 2;
            } else if (token.isWord() || token.text().equals("&")) {
                body.add(token);
            }
        }
        if (body.isEmpty()) {
            return null;
        }
        int split = mainPhraseEnd(body);
        List<Token> main = new ArrayList<>(body.subList(0, split));
        List<Token> post = body.subList(split, body.size());
        boolean definite = false;
        boolean quantified = false;
        while (!main.isEmpty() && (DETERMINERS.contains(Lexicon.key(main.get(0).text()))
                || QUANTIFIERS.contains(Lexicon.key(main.get(0).text())))) {
            definite |= main.get(0).is("the");
            quantified |= QUANTIFIERS.contains(Lexicon.key(main.get(0).text()));
            main.remove(0);
        }
        if (main.isEmpty()) {
            return null;
        }
        Token head = main.get(main.size() - 1);
        if (head.isPossessive() || !head.isWord()) {
            return null;
        }
        List<Token> described = concat(main, post);
        String description = span(described);
        boolean lowercaseHead = !head.isCapitalised();

        if (lexicon.isPersonNoun(head.text()) && (lowercaseHead || main.size() == 1)) {
            boolean plural = lexicon.isPluralPersonNoun(head.text()) || quantified;
            // Only a bare "the spokesman" points back; "the French minister" adds words an antecedent must not lack.
            String anaphor = definite && main.size() == 1 ? Lexicon.key(head.text()) : null;
            return new SpeakerPhrase(mention, start, SpeakerKind.UNNAMED, null, description, null, null, plural, anaphor,
                    described, List.of());
        }
        if (lowercaseHead && lexicon.isSourceNoun(head.text())) {
            return new SpeakerPhrase(mention, start, SpeakerKind.UNNAMED, null, null, null, null, false, null,
                    List.of(), List.of());
        }
        if (lowercaseHead && lexicon.isOrgKeyword(head.text())) {
            String anaphor = definite && main.size() == 1 ? Lexicon.key(head.text()) : null;
            // "North Korea's official KCNA news agency" is KCNA.
            String name = main.stream().filter(t -> t.isAcronym() && !t.isPossessive() && !lexicon.isTitle(t.text()))
                    .map(t -> index.expandAcronym(t.text()).orElse(t.text())).findFirst().orElse(span(main));
            return new SpeakerPhrase(mention, start, SpeakerKind.ORGANIZATION, name, null, acronym, null, false,
                    anaphor, List.of(), body);
        }
        if (lowercaseHead) {
            return null;
        }
        return parseCapitalised(mention, start, main, post, body, acronym, definite);
    }

    /** Several speakers joined by {@code and} or commas ({@code The US, South Korea and their partners}). */
    SpeakerPhrase group(List<SpeakerPhrase> members, List<Token> tokens) {
        boolean anyOrganization = members.stream().anyMatch(m -> m.kind() == SpeakerKind.ORGANIZATION);
        boolean anyUnnamed = members.stream().anyMatch(m -> m.kind() == SpeakerKind.UNNAMED);
        SpeakerKind kind = anyOrganization ? SpeakerKind.ORGANIZATION : anyUnnamed ? SpeakerKind.UNNAMED : SpeakerKind.PERSON;
        boolean anyNamed = members.stream().anyMatch(SpeakerPhrase::isNamed);
        String mention = span(tokens);
        return new SpeakerPhrase(mention, tokens.get(0).start(), kind, anyNamed ? mention : null, null, null, null, true,
                null, List.of(), List.of());
    }

    private SpeakerPhrase parseCapitalised(String mention, int start, List<Token> written, List<Token> post,
            List<Token> body, String acronym, boolean definite) {
        // CNN's Jake Tapper, South Korea's Joint Chiefs of Staff: the possessor is where the speaker belongs.
        List<Token> main = written;
        List<Token> after = post;
        for (int i = written.size() - 2; i >= 0; i--) {
            if (written.get(i).isPossessive() && written.get(i + 1).isCapitalised()) {
                main = written.subList(i + 1, written.size());
                // The possessor stays among the tokens an affiliation is read from, in article order.
                post = concat(written.subList(0, i + 1), post);
                break;
            }
        }
        String mainText = span(main);
        Token head = main.get(main.size() - 1);
        if (lexicon.countryNamed(mainText).isPresent()) {
            return organization(mention, start, mainText, acronym, List.of(), post);
        }
        if (main.size() == 1 && head.isAcronym() && !lexicon.isTitle(head.text())) {
            String fullName = index.expandAcronym(head.text()).orElse(head.text());
            return organization(mention, start, fullName, head.text().equals(fullName) ? acronym : head.text(), body, post);
        }
        if (lexicon.organizationNamed(mainText).isPresent()) {
            return organization(mention, start, mainText, acronym, body, post);
        }
        List<Token> named = trailingCapitalisedRun(main);
        Token lastNamed = named.get(named.size() - 1);
        boolean describedBody = named.size() < main.size() && (lastNamed.isAcronym() || lexicon.isOrgKeyword(lastNamed.text())
                || named.stream().anyMatch(t -> t.text().equals("&")));
        if (describedBody) {
            // German logistics group Brightwell AG, the Dutch transport union FNV: the name is the capitalised end.
            String name = named.size() == 1 && named.get(0).isAcronym()
                    ? index.expandAcronym(named.get(0).text()).orElse(named.get(0).text()) : span(named);
            return organization(mention, start, name, acronym, body, post);
        }
        int nameStart = main.size();
        while (nameStart > 0 && (index.isNameWord(main.get(nameStart - 1))
                || nameStart < main.size() && ArticleIndex.isNameParticle(main.get(nameStart - 1)))) {
            nameStart--;
        }
        nameStart = firstNameStart(main, nameStart);
        List<Token> nameTokens = main.subList(nameStart, main.size());
        List<Token> preModifiers = main.subList(0, nameStart).stream().filter(t -> !lexicon.isHonorific(t.text())).toList();
        boolean honorific = nameStart > 0 && lexicon.isHonorific(main.get(nameStart - 1).text());
        if (!nameTokens.isEmpty()) {
            String name = ArticleIndex.joinName(nameTokens);
            boolean titled = preModifiers.stream().anyMatch(t -> lexicon.isTitle(t.text()) || lexicon.isPersonNoun(t.text()));
            // "Office for Budget Responsibility", "Writers Guild of America West": words after a joiner end a body's name.
            boolean joined = nameStart > 0 && NAME_JOINERS.contains(main.get(nameStart - 1).text());
            boolean personal = !joined && (nameTokens.size() >= 2 || titled || honorific
                    || index.fullestNameEndingWith(name).isPresent());
            if (personal) {
                String role = preModifiers.isEmpty() ? null : span(preModifiers);
                return new SpeakerPhrase(mention, start, SpeakerKind.PERSON, name, role, null, null, false, null,
                        concat(preModifiers, post), List.of());
            }
            if (joined || main.stream().anyMatch(t -> t.isAcronym() || lexicon.isOrgKeyword(t.text()))) {
                return organization(mention, start, mainText, acronym, body, post);
            }
            // News introduces people by full name, so a lone capitalised word never written out in full is a body.
            return organization(mention, start, index.fullestOrganizationStartingWith(name).orElse(name), acronym, body,
                    post);
        }
        boolean organizational = main.stream().anyMatch(t -> lexicon.isOrgKeyword(t.text()) || t.isAcronym());
        if (organizational) {
            return organization(mention, start, mainText, acronym, body, post);
        }
        if (main.stream().allMatch(t -> lexicon.isTitle(t.text()))) {
            String anaphor = definite ? Lexicon.key(head.text()) : null;
            return new SpeakerPhrase(mention, start, SpeakerKind.UNNAMED, null, span(concat(main, after)), null, null,
                    false, anaphor, concat(main, post), List.of());
        }
        return null;
    }

    /** The capitalised words at the end of a phrase, with the joiners inside them ({@code Haus & Grund}). */
    private static List<Token> trailingCapitalisedRun(List<Token> main) {
        int first = main.size() - 1;
        while (first > 0) {
            Token before = main.get(first - 1);
            boolean joiner = NAME_JOINERS.contains(before.text()) && first - 2 >= 0 && main.get(first - 2).isCapitalised();
            if (!(before.isCapitalised() && !before.isPossessive() || joiner)) {
                break;
            }
            first--;
        }
        return main.subList(first, main.size());
    }

    /** {@code Senate Majority Whip Carla Benitez}: a name of three words or more starts at a known first name. */
    private int firstNameStart(List<Token> main, int nameStart) {
        if (main.size() - nameStart < 3 || lexicon.genderOfFirstName(main.get(nameStart).text()).isPresent()) {
            return nameStart;
        }
        for (int k = nameStart + 1; k < main.size() - 1; k++) {
            if (lexicon.genderOfFirstName(main.get(k).text()).isPresent()) {
                return k;
            }
        }
        return nameStart;
    }

    private SpeakerPhrase organization(String mention, int start, String name, String acronym, List<Token> placeTokens,
            List<Token> post) {
        List<Token> places = lexicon.countryNamed(name).isPresent() ? post : placeTokens;
        return new SpeakerPhrase(mention, start, SpeakerKind.ORGANIZATION, name, null, acronym, null, false, null,
                List.of(), places);
    }

    /**
     * The main phrase ends at the first lowercase preposition ({@code spokesman for …}, {@code NIS in Seoul}),
     * except {@code of} inside a name ({@code Bank of England}, {@code Ministry of Defence}).
     */
    private int mainPhraseEnd(List<Token> body) {
        for (int i = 1; i < body.size(); i++) {
            Token token = body.get(i);
            if (POST_MODIFIERS.contains(token.text())) {
                return i;
            }
            if (!PREPOSITIONS.contains(token.text())) {
                continue;
            }
            boolean insideName = (token.is("of") || token.is("for")) && i + 1 < body.size()
                    && body.get(i - 1).isCapitalised() && body.get(i + 1).isCapitalised()
                    && lexicon.isOrgKeyword(body.get(i - 1).text());
            if (!insideName) {
                return i;
            }
        }
        return body.size();
    }

    String span(List<Token> tokens) {
        return text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    private static List<Token> concat(List<Token> first, List<Token> second) {
        List<Token> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
