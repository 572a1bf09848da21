package io.quotestance.quotes.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the whole article says about names, gathered before quotes are attributed: acronyms it defines
 * ({@code The National Intelligence Service (NIS)}), the personal names it writes out in full, and which country
 * a bare title refers to ({@code Ukraine’s president} … {@code President Volodymyr Zelenskyy}).
 */
final class ArticleIndex {

    private record TitleCountry(int offset, String title, String country) {
    }

    /**
     * A person named in the running text, speaker or not.
     *
     * @param start      article offset of the mention
     * @param fullName   the fullest name the mention stands for
     * @param possessive whether the mention is a possessive ({@code Hartley’s lawyer}), which is never a subject
     */
    record PersonMention(int start, String fullName, boolean possessive) {
    }

    /** {@code the private company Selene Aerospace}: a common noun an organization is introduced with. */
    record OrganizationDescriptor(int start, String noun, String name) {
    }

    /** Words that join the parts of an organization's name ({@code Office for Budget Responsibility}). */
    private static final List<String> NAME_JOINERS = List.of("of", "for", "and", "&");

    private static final List<String> DETERMINERS = List.of("the", "a", "an");
    private static final List<String> NAME_PARTICLES = List.of("de", "van", "von", "der", "den", "bin", "al", "da", "di", "du",
            "le", "la", "del", "dos", "ibn");

    private final String text;
    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final List<PersonMention> personMentions = new ArrayList<>();
    private final Map<String, String> rolesByName = new HashMap<>();
    private final Map<String, Lexicon.Gender> gendersByName = new HashMap<>();
    private final List<String> organizationNames = new ArrayList<>();
    private final List<OrganizationDescriptor> organizationDescriptors = new ArrayList<>();
    private final Map<String, String> fullNamesByAcronym = new HashMap<>();
    private final List<List<Token>> personalNames = new ArrayList<>();
    private final List<TitleCountry> titleCountries = new ArrayList<>();

    ArticleIndex(String text, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = Token.tokenize(text, 0, text.length());
        indexAcronyms(text);
        indexOrganizationNames();
        indexPersonalNames();
        indexPersonMentions();
        indexTitleCountries();
    }

    /**
     * The full name an acronym stands for: defined in brackets ({@code National Intelligence Service (NIS)}) or
     * spelled by the initials of an organization the article names ({@code European Central Bank} for {@code ECB}).
     */
    Optional<String> expandAcronym(String acronym) {
        String defined = fullNamesByAcronym.get(acronym);
        if (defined != null) {
            return Optional.of(defined);
        }
        String letters = acronym.replace(".", "");
        return organizationNames.stream().filter(name -> initials(name).equals(letters)).findFirst();
    }

    /** The longest organization name in the article that starts with {@code word} ({@code Quantix} → {@code Quantix Inc}). */
    Optional<String> fullestOrganizationStartingWith(String word) {
        String best = null;
        for (String name : organizationNames) {
            boolean longer = best == null || name.length() > best.length();
            if (name.startsWith(word + " ") && longer) {
                best = name;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Organizations introduced with a common noun ({@code company}, {@code group}), in article order. */
    List<OrganizationDescriptor> organizationDescriptors() {
        return organizationDescriptors;
    }

    /** People named in the running text, in article order. */
    List<PersonMention> personMentions() {
        return personMentions;
    }

    /** The title or role noun written before a person's full name anywhere in the article ({@code Finance Minister}). */
    Optional<String> roleOf(String fullName) {
        return Optional.ofNullable(rolesByName.get(fullName));
    }

    /** The gender a person's first name or a {@code Mr}/{@code Ms} before their surname marks, if any. */
    Optional<Lexicon.Gender> genderOf(String fullName) {
        if (gendersByName.containsKey(fullName)) {
            return Optional.of(gendersByName.get(fullName));
        }
        int space = fullName.indexOf(' ');
        return space < 0 ? Optional.empty() : lexicon.genderOfFirstName(fullName.substring(0, space));
    }

    private static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.contains(".")) {
                letters.append(word.charAt(0));
            }
        }
        return letters.toString();
    }

    /** The acronym this article defines for a full name, if any. */
    Optional<String> acronymOf(String fullName) {
        return fullNamesByAcronym.entrySet().stream().filter(e -> e.getValue().equals(fullName)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The longest personal name in the article that ends with {@code lastWord} and has at least two words. */
    Optional<String> fullestNameEndingWith(String lastWord) {
        String best = null;
        int bestWords = 1;
        for (List<Token> name : personalNames) {
            Token last = name.get(name.size() - 1);
            if (last.withoutPossessive().equals(lastWord) && name.size() > bestWords) {
                best = joinName(name);
                bestWords = name.size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The country the nearest earlier country-qualified use of {@code title} refers to. */
    Optional<String> countryOfTitle(String title, int before) {
        String key = Lexicon.key(title);
        TitleCountry nearest = null;
        for (TitleCountry entry : titleCountries) {
            if (entry.offset() < before && entry.title().equals(key)) {
                nearest = entry;
            }
        }
        return Optional.ofNullable(nearest).map(TitleCountry::country);
    }

    /** Whether {@code word} can be part of a personal name (capitalised, not a title, organization or country word). */
    boolean isNameWord(Token token) {
        String word = token.withoutPossessive();
        if (!token.isCapitalised() || !token.isWord() || token.isAcronym()) {
            return false;
        }
        return !lexicon.isTitle(word) && !lexicon.isHonorific(word) && !lexicon.isOrgKeyword(word)
                && !lexicon.isClauseWord(word) && !DETERMINERS.contains(Lexicon.key(word))
                && lexicon.countryNamed(word).isEmpty() && lexicon.countryOfDemonym(word).isEmpty()
                && lexicon.organizationNamed(word).isEmpty() && lexicon.cue(word).isEmpty()
                && !lexicon.isPersonNoun(word);
    }

    static boolean isNameParticle(Token token) {
        return NAME_PARTICLES.contains(token.text());
    }

    static String joinName(List<Token> name) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < name.size(); i++) {
            if (i > 0) {
                joined.append(' ');
            }
            joined.append(i == name.size() - 1 ? name.get(i).withoutPossessive() : name.get(i).text());
        }
        return joined.toString();
    }

    private void indexAcronyms(String text) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            Token acronym = tokens.get(i);
            if (!tokens.get(i - 1).text().equals("(") || !tokens.get(i + 1).text().equals(")") || !acronym.isAcronym()) {
                continue;
            }
            int first = i - 1;
            while (first > 0 && (tokens.get(first - 1).isCapitalised() && tokens.get(first - 1).isWord()
                    || tokens.get(first - 1).is("of") || tokens.get(first - 1).is("for") || tokens.get(first - 1).is("and"))) {
                first--;
            }
            while (first < i - 1 && !tokens.get(first).isCapitalised()) {
                first++;
            }
            if (first < i - 1 && DETERMINERS.contains(Lexicon.key(tokens.get(first).text()))) {
                first++;
            }
            if (first < i - 1) {
                fullNamesByAcronym.putIfAbsent(acronym.text(),
                        text.substring(tokens.get(first).start(), tokens.get(i - 2).end()));
            }
        }
    }

    /** Runs of name words, possibly joined by particles ({@code Ursula von der Leyen}), of two words or more. */
    private void indexPersonalNames() {
        List<Token> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            Token token = i < tokens.size() ? tokens.get(i) : null;
            boolean continues = token != null && (isNameWord(token)
                    || !run.isEmpty() && isNameParticle(token) && i + 1 < tokens.size() && isNameWord(tokens.get(i + 1)));
            if (continues && adjacent(run, token) && (run.isEmpty() || !run.get(run.size() - 1).isPossessive())) {
                run.add(token);
                continue;
            }
            List<Token> name = personalName(run, i);
            if (name.size() >= 2) {
                personalNames.add(name);
                recordRole(name, i - name.size());
            }
            run.clear();
            if (continues) {
                run.add(token);
            }
        }
    }

    /** Name words are one space apart on the same line: a byline's last name never runs into the next paragraph. */
    private boolean adjacent(List<Token> run, Token token) {
        if (run.isEmpty()) {
            return true;
        }
        int end = run.get(run.size() - 1).end();
        return token.start() == end + 1 && text.charAt(end) == ' ';
    }

    /**
     * The personal name in a run of name words ending before token {@code next}: none when an organization word
     * follows ({@code Halvern Pharmaceuticals}), and starting at a known first name when capitalised role words come
     * first ({@code Majority Whip Carla Benitez}).
     */
    private List<Token> personalName(List<Token> run, int next) {
        if (run.size() < 2) {
            return List.copyOf(run);
        }
        boolean organization = next < tokens.size() && adjacent(run, tokens.get(next)) && tokens.get(next).isCapitalised()
                && lexicon.isOrgKeyword(tokens.get(next).withoutPossessive());
        if (organization || lexicon.organizationNamed(joinName(run)).isPresent()) {
            return List.of();
        }
        for (int k = 1; k < run.size() - 1; k++) {
            if (lexicon.genderOfFirstName(run.get(k).text()).isPresent()
                    && lexicon.genderOfFirstName(run.get(0).text()).isEmpty()) {
                return List.copyOf(run.subList(k, run.size()));
            }
        }
        return List.copyOf(run);
    }

    /** {@code Finance Minister Rachel Okafor}, {@code club president Anna Berg}: the role words right before a name. */
    private void recordRole(List<Token> name, int first) {
        int roleStart = first;
        while (roleStart > 0 && tokens.get(roleStart - 1).isWord() && !tokens.get(roleStart - 1).isPossessive()
                && (lexicon.isTitle(tokens.get(roleStart - 1).text()) || lexicon.isPersonNoun(tokens.get(roleStart - 1).text())
                        || lexicon.isOrgKeyword(tokens.get(roleStart - 1).text()))) {
            roleStart--;
        }
        String fullName = joinName(name);
        if (roleStart < first) {
            rolesByName.putIfAbsent(fullName, text.substring(tokens.get(roleStart).start(), tokens.get(first - 1).end()));
        }
        if (first > 0) {
            lexicon.genderOfHonorific(tokens.get(first - 1).text()).ifPresent(g -> gendersByName.putIfAbsent(fullName, g));
        }
    }

    /** Every name or known surname outside quotation marks, linked to the fullest name it stands for. */
    private void indexPersonMentions() {
        List<QuotationSpan> quotations = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            quotations.addAll(ArticleLayout.findQuotations(text, lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }
        List<Token> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            Token token = i < tokens.size() ? tokens.get(i) : null;
            boolean continues = token != null && isNameWord(token) && ArticleLayout.spanContaining(quotations, token.start()) == null;
            if (continues && adjacent(run, token) && (run.isEmpty() || !run.get(run.size() - 1).isPossessive())) {
                run.add(token);
                continue;
            }
            if (!run.isEmpty()) {
                List<Token> name = personalName(run, i);
                if (!name.isEmpty()) {
                    Token last = name.get(name.size() - 1);
                    String written = joinName(name);
                    Optional<String> fullest = name.size() >= 2 ? Optional.of(written)
                            : fullestNameEndingWith(last.withoutPossessive());
                    if (fullest.isPresent()) {
                        personMentions.add(new PersonMention(name.get(0).start(), fullest.get(), last.isPossessive()));
                        int before = i - name.size() - 1;
                        if (before >= 0) {
                            lexicon.genderOfHonorific(tokens.get(before).text())
                                    .ifPresent(g -> gendersByName.putIfAbsent(fullest.get(), g));
                        }
                    }
                }
            }
            run.clear();
            if (continues) {
                run.add(token);
            }
        }
    }

    /**
     * Capitalised runs ending in an organization word ({@code European Central Bank}, {@code Quantix Inc},
     * {@code Office for Budget Responsibility}), for acronyms and short names to be linked to.
     */
    private void indexOrganizationNames() {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isCapitalised() || !token.isWord() || !lexicon.isOrgKeyword(token.withoutPossessive())) {
                continue;
            }
            int first = i;
            while (first > 0) {
                Token before = tokens.get(first - 1);
                boolean word = before.isCapitalised() && before.isWord() && !before.isPossessive()
                        && !DETERMINERS.contains(Lexicon.key(before.text())) && !lexicon.isTitle(before.text());
                boolean joiner = NAME_JOINERS.contains(before.text()) && first - 2 >= 0 && tokens.get(first - 2).isCapitalised();
                if (!(word || joiner) || before.end() + 1 != tokens.get(first).start()) {
                    break;
                }
                first--;
            }
            Token before = first > 0 ? tokens.get(first - 1) : null;
            if (before != null && !before.isCapitalised() && lexicon.isOrgKeyword(before.text())) {
                organizationDescriptors.add(new OrganizationDescriptor(before.start(), Lexicon.key(before.text()),
                        text.substring(tokens.get(first).start(), token.start()) + token.withoutPossessive()));
            }
            // Every tail is a candidate name: a sentence may open with a capitalised descriptor ("Drugmaker Halvern …").
            for (int from = first; from < i; from++) {
                String name = text.substring(tokens.get(from).start(), token.start()) + token.withoutPossessive();
                if (tokens.get(from).isCapitalised() && !organizationNames.contains(name)) {
                    organizationNames.add(name);
                }
            }
        }
    }

    /**
     * Records {@code Ukraine’s president}, {@code the Ukrainian president}, {@code Russian President},
     * {@code president of France}: a title tied to a country.
     */
    private void indexTitleCountries() {
        for (int i = 0; i < tokens.size(); i++) {
            Token title = tokens.get(i);
            if (!title.isWord() || !(lexicon.isTitle(title.text()) || lexicon.isPersonNoun(title.text()))
                    || lexicon.isGovernmentWord(title.text()) && !title.is("president") && !title.is("minister")) {
                continue;
            }
            int titleIndex = i;
            countryBefore(titleIndex).or(() -> countryAfterOf(titleIndex))
                    .ifPresent(country -> titleCountries.add(new TitleCountry(title.start(), Lexicon.key(title.text()), country)));
        }
    }

    private Optional<String> countryBefore(int titleIndex) {
        for (int back = 1; back <= 3 && titleIndex - back >= 0; back++) {
            Token previous = tokens.get(titleIndex - back);
            if (!previous.isWord()) {
                return Optional.empty();
            }
            Optional<String> country = countryOfWords(titleIndex - back);
            if (country.isPresent()) {
                return country;
            }
            if (previous.isPossessive() || previous.isCapitalised() && !lexicon.isTitle(previous.text())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<String> countryAfterOf(int titleIndex) {
        if (titleIndex + 2 < tokens.size() && tokens.get(titleIndex + 1).is("of")) {
            return countryOfWords(titleIndex + 2);
        }
        return Optional.empty();
    }

    /** A country named, possessed or described by a demonym at {@code index} (one or two words, either direction). */
    private Optional<String> countryOfWords(int index) {
        Token token = tokens.get(index);
        Optional<String> single = countryOf(token.withoutPossessive());
        if (index > 0 && tokens.get(index - 1).isWord()) {
            Optional<String> pair = countryOf(tokens.get(index - 1).text() + " " + token.withoutPossessive());
            if (pair.isPresent()) {
                return pair;
            }
        }
        if (index + 1 < tokens.size() && tokens.get(index + 1).isWord()) {
            Optional<String> pair = countryOf(token.text() + " " + tokens.get(index + 1).withoutPossessive());
            if (pair.isPresent()) {
                return pair;
            }
        }
        return single;
    }

    private Optional<String> countryOf(String words) {
        return lexicon.countryNamed(words).or(() -> lexicon.countryOfDemonym(words));
    }
}
