package io.quotestance.quotes.service;

import io.quotestance.quotes.model.ListedQuote;
import io.quotestance.quotes.model.Quote;
import io.quotestance.quotes.model.QuoteFilter;
import io.quotestance.quotes.model.QuoteSearch;
import io.quotestance.quotes.model.SearchWords;
import io.quotestance.quotes.model.Speaker;
import io.quotestance.quotes.model.StanceLabel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading quotes, and keeping the copies of their current stance labels. */
@ApplicationScoped
public class QuoteService {

    private final DataSource dataSource;
    private final DataSource onePlanDataSource;
    private final QuoteTextSample textSample;
    private final VocabularyCache vocabulary;

    QuoteService(DataSource dataSource, @io.quarkus.agroal.DataSource("one-plan") DataSource onePlanDataSource,
            QuoteTextSample textSample, VocabularyCache vocabulary) {
        this.dataSource = dataSource;
        this.onePlanDataSource = onePlanDataSource;
        this.textSample = textSample;
        this.vocabulary = vocabulary;
    }

    /**
     * Quote words a word of a searched fragment may be, at most, for the word index to look them all up; a cut word
     * that more quote words contain ("ing") narrows the search too little to be worth it.
     */
    private static final int MOST_QUOTE_WORDS = 200;

    /**
     * Quotes tested one by one at most rather than look their words up in the word index, whose two statements cost
     * PostgreSQL about 1.4 ms where testing a quote costs 0.3-0.4 us (2-core EPYC, 2026-11-30); about 1 ms since the
     * vocabulary's answers are kept.
     */
    private static final int ROWS_TESTED_RATHER_THAN_LOOKED_UP = 4_000;

    /** A speaker parameter of up to 18 digits is an id; anything else is a name. */
    private static final Pattern SPEAKER_ID = Pattern.compile("\\d{1,18}");

    /** A label for a quote, from the gateway. */
    public record LabelAssignment(long quoteId, StanceLabel label) {
    }

    /**
     * Quotes matching all the given criteria; a null or blank criterion is not applied.
     *
     * @param speaker      a speaker id, or a name or alias (case-insensitive)
     * @param textFragment a case-insensitive substring of the quote text
     */
    public PageResult<ListedQuote> search(String speaker, StanceLabel stance, Long articleId, String textFragment,
            int page, int size) {
        // Deep offsets are refused rather than read: each costs a scan of every match before it, and narrowing the
        // filters finds the same quotes faster.
        if ((long) (page + 1) * size > QuoteSearch.MAX_DEPTH) {
            throw new InvalidParameterException("page", "pages go as deep as the first %,d matches; narrow the filters"
                    .formatted(QuoteSearch.MAX_DEPTH));
        }
        List<Long> speakerIds = null;
        if (speaker != null && !speaker.isBlank()) {
            String trimmed = speaker.strip();
            speakerIds = SPEAKER_ID.matcher(trimmed).matches() ? List.of(Long.parseLong(trimmed)) : Speaker.idsNamed(trimmed);
            if (speakerIds.isEmpty()) {
                return new PageResult<>(List.of(), 0);
            }
        }
        String fragment = textFragment == null || textFragment.isEmpty() ? null : textFragment;
        QuoteFilter filter = new QuoteFilter(speakerIds, stance, articleId, fragment);
        // A word search reads its matches to the end of the page and one more.
        int matchesNeeded = page * size + size + 1;
        Long oneSpeaker = speakerIds != null && speakerIds.size() == 1 ? speakerIds.get(0) : null;
        // The word index holds each quote's speaker and stance, not its article: an article's few quotes are tested.
        boolean wordIndexServes = articleId == null && (speakerIds == null || oneSpeaker != null);
        try {
            // A word among all quotes, or those of a stance or a speaker: how common the sample of quote texts finds it
            // there decides.
            Optional<QuoteTextSample.WordShare> share = fragment != null && wordIndexServes
                    ? textSample.shareOf(fragment, stance, oneSpeaker) : Optional.empty();
            // A word so common that a few thousand of the newest quotes hold the page, or of a speaker quoted a few
            // thousand times at most, is tested in each; the word index's look-ups cost more than that.
            if (share.isPresent()
                    && !share.get().commonEnoughToTestEachQuote(matchesNeeded, ROWS_TESTED_RATHER_THAN_LOOKED_UP)) {
                PageResult<ListedQuote> found = searchByWords(filter, page, size,
                        share.get().newestIdsHolding(matchesNeeded));
                if (found != null) {
                    return found;
                }
            }
            // Without words to look up, a word among all quotes, or all of a stance, is tested quote by quote newest
            // first or looked up in the trigram index, as the sample reckons (as PostgreSQL plans it before the first
            // sample); narrowed to speakers or an article it is left to QuoteSearch, which tests one speaker's quotes
            // one by one.
            boolean commonWord = share.isPresent() && share.get().commonEnoughToTestEachQuote(matchesNeeded);
            QuoteSearch search = new QuoteSearch(filter, commonWord);
            try (Connection connection = (search.onePlanServesAllValues() ? onePlanDataSource : dataSource)
                    .getConnection()) {
                return pageOf(search.run(connection, page * size, size));
            }
        } catch (SQLException failure) {
            throw new PersistenceException("quote search failed", failure);
        }
    }

    /**
     * The page found through the word index: its words looked up in the vocabulary of quote words, then among this many
     * of the newest quotes (0: all); null when the fragment has no word that narrows the search.
     */
    private PageResult<ListedQuote> searchByWords(QuoteFilter filter, int page, int size, long newestIds)
            throws SQLException {
        List<String> patterns = SearchWords.patterns(filter.textFragment());
        if (patterns.isEmpty()) {
            return null;
        }
        try (Connection connection = dataSource.getConnection()) {
            QuoteSearch.QuoteWords found = vocabulary.matching(connection, patterns, MOST_QUOTE_WORDS);
            List<String[]> anyOfEach = new ArrayList<>();
            for (String[] quoteWords : found.matching()) {
                if (quoteWords.length == 0) {
                    // No quote has a word this word of the fragment could be.
                    return new PageResult<>(List.of(), 0);
                }
                if (quoteWords.length <= MOST_QUOTE_WORDS) {
                    anyOfEach.add(quoteWords);
                }
            }
            if (anyOfEach.isEmpty()) {
                return null;
            }
            QuoteSearch search = new QuoteSearch(filter, false,
                    new QuoteSearch.WordLookup(anyOfEach, found.lastQuoteId(), newestIds));
            return pageOf(search.run(connection, page * size, size));
        }
    }

    private static PageResult<ListedQuote> pageOf(QuoteSearch.Page found) {
        return new PageResult<>(found.quotes(), found.total(), found.exact());
    }

    public Quote get(long id) {
        return Quote.<Quote>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("quote", id));
    }

    public List<Quote> unlabelled(int limit) {
        return Quote.listUnlabelled(limit);
    }

    /** Writes the copied labels; ids that do not exist are ignored, and a later assignment of one id wins. */
    @Transactional
    public void applyStanceLabels(List<LabelAssignment> assignments) {
        Map<Long, StanceLabel> latest = new LinkedHashMap<>();
        assignments.forEach(assignment -> latest.put(assignment.quoteId(), assignment.label()));
        Map<StanceLabel, List<Long>> idsByLabel = new LinkedHashMap<>();
        latest.forEach((quoteId, label) -> idsByLabel.computeIfAbsent(label, any -> new ArrayList<>()).add(quoteId));
        idsByLabel.forEach(Quote::updateStanceLabel);
    }
}
