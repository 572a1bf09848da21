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

    private static final List<String> DETERMINERS = List.of("the", "a", "an");
    private static final List<String> NAME_PARTICLES = List.of("de", "van", "von", "der", "den", "bin", "al", "da", "di", "du",
            "le", "la", "del", "dos", "ibn");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Map<String, String> fullNamesByAcronym = new HashMap<>();
    private final List<List<Token>> personalNames = new ArrayList<>();
    private final List<TitleCountry> titleCountries = new ArrayList<>();

    ArticleIndex(String text, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.tokens = Token.tokenize(text, 0, text.length());
        indexAcronyms(text);
        indexPersonalNames();
        indexTitleCountries();
    }

    /** The full name an acronym stands for in this article or in the gazetteer's spelling, if known. */
    Optional<String> expandAcronym(String acronym) {
        return Optional.ofNullable(fullNamesByAcronym.get(acronym));
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
            boolean adjacent = token != null && (run.isEmpty() || token.start() - run.get(run.size() - 1).end() <= 1);
            if (continues && adjacent && (run.isEmpty() || !run.get(run.size() - 1).isPossessive())) {
                run.add(token);
                continue;
            }
            if (run.size() >= 2) {
                personalNames.add(List.copyOf(run));
            }
            run.clear();
            if (continues) {
                run.add(token);
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
