package io.quotestance.quotes.service;

import io.quotestance.quotes.model.ListedQuote;
import io.quotestance.quotes.model.Quote;
import io.quotestance.quotes.model.QuoteFilter;
import io.quotestance.quotes.model.QuoteSearch;
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
import java.util.regex.Pattern;

/** Reading quotes, and keeping the copies of their current stance labels. */
@ApplicationScoped
public class QuoteService {

    private final DataSource dataSource;
    private final DataSource onePlanDataSource;
    private final QuoteTextSample textSample;

    QuoteService(DataSource dataSource, @io.quarkus.agroal.DataSource("one-plan") DataSource onePlanDataSource,
            QuoteTextSample textSample) {
        this.dataSource = dataSource;
        this.onePlanDataSource = onePlanDataSource;
        this.textSample = textSample;
    }

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
        // A word among all quotes, or all of a stance, is tested quote by quote newest first or looked up, as the
        // sample reckons; narrowed to speakers or an article it is left to QuoteSearch. A word search reads its
        // matches to the end of the page and one more.
        boolean commonWord = fragment != null && speakerIds == null && articleId == null
                && textSample.commonEnoughToTestEachQuote(fragment, stance, page * size + size + 1);
        QuoteSearch search = new QuoteSearch(new QuoteFilter(speakerIds, stance, articleId, fragment), commonWord);
        try (Connection connection = (search.onePlanServesAllValues() ? onePlanDataSource : dataSource)
                .getConnection()) {
            QuoteSearch.Page found = search.run(connection, page * size, size);
            return new PageResult<>(found.quotes(), found.total(), found.exact());
        } catch (SQLException failure) {
            throw new PersistenceException("quote search failed", failure);
        }
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
