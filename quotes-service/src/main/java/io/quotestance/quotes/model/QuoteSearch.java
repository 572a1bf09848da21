package io.quotestance.quotes.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The SQL of a quote search, in one place so that tests can {@code EXPLAIN} exactly what runs. Quotes come newest
 * first (by id, which grows as they are stored), or in text order within one article. A page is read in two steps:
 * its ids, from one index range, then those quotes with their speakers in one query. Counting stops
 * {@link #COUNT_AHEAD} matches past the page: an exact count of a filter that matches most of a million quotes would
 * cost far more than the page itself. A text search counts no further than one match past the page.
 */
public final class QuoteSearch {

    /** Matches counted beyond the end of the page at most. */
    public static final int COUNT_AHEAD = 100;
    /** The deepest match a page may reach; deeper pages are refused (see {@code QuoteService}). */
    public static final int MAX_DEPTH = 10_000;

    private final String where;
    private final String order;
    private final boolean countsAhead;
    private final List<Object> parameters;

    public QuoteSearch(QuoteFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.speakerIds() != null) {
            conditions.add("q.speaker_id = ANY (CAST(?%d AS bigint[]))");
            values.add(filter.speakerIds().toArray(Long[]::new));
        }
        if (filter.stance() != null) {
            conditions.add("q.stance_label = ?%d");
            values.add(filter.stance().value());
        }
        if (filter.articleId() != null) {
            conditions.add("q.article_id = ?%d");
            values.add(filter.articleId());
        }
        if (filter.textFragment() != null) {
            // ILIKE with a leading wildcard is served by the pg_trgm index on quote.text.
            conditions.add("q.text ILIKE ?%d ESCAPE '\\'");
            values.add(Like.containing(filter.textFragment()));
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            numbered.add(conditions.get(i).formatted(i + 1));
        }
        this.where = numbered.isEmpty() ? "" : " WHERE " + String.join(" AND ", numbered);
        this.parameters = Collections.unmodifiableList(values);
        this.order = filter.articleId() != null ? " ORDER BY q.position" : " ORDER BY q.id DESC";
        // Text is matched row by row: counting a word in 1 % of a million quotes reads a lot of them.
        this.countsAhead = filter.textFragment() == null;
    }

    /**
     * Ids of one page of matches, in order, for {@link #pageParameters}. Limit and offset are parameters too: SQL
     * text that changed with every page would make each page a new entry in Hibernate's query caches.
     */
    public String pageIdsSql() {
        int next = parameters.size() + 1;
        return "SELECT q.id FROM quotes.quote q" + where + order + " LIMIT ?" + next + " OFFSET ?" + (next + 1);
    }

    public List<Object> pageParameters(int offset, int limit) {
        return with((long) limit, (long) offset);
    }

    /**
     * The number of matches, counting no further than {@link #countParameters}'s limit. Ordered like the page, so that
     * the count reads on along the page's index rather than start a scan of its own.
     */
    public String cappedCountSql() {
        return "SELECT count(*) FROM (SELECT 1 FROM quotes.quote q" + where + order + " LIMIT ?"
                + (parameters.size() + 1) + ") m";
    }

    /** Counts up to {@value #COUNT_AHEAD} matches past a page at this offset and size, and one more. */
    public List<Object> countParameters(int offset, int limit) {
        return with(countLimit(offset, limit));
    }

    private static long countLimit(int offset, int limit) {
        return (long) offset + limit + COUNT_AHEAD + 1;
    }

    private List<Object> with(Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(more));
        return all;
    }

    /** Runs the search: the page's quotes with their speakers, and how many match (see {@link Page}). */
    public Page run(Session session, int offset, int limit) {
        List<Long> ids;
        long matches;
        boolean exact;
        if (countsAhead) {
            ids = bind(session.createNativeQuery(pageIdsSql(), Long.class), pageParameters(offset, limit))
                    .getResultList();
            matches = bind(session.createNativeQuery(cappedCountSql(), Long.class), countParameters(offset, limit))
                    .getSingleResult();
            exact = matches < countLimit(offset, limit);
        } else {
            // One row past the page tells whether another page follows, for the price of the page itself.
            List<Long> oneMore = bind(session.createNativeQuery(pageIdsSql(), Long.class),
                    pageParameters(offset, limit + 1)).getResultList();
            ids = oneMore.subList(0, Math.min(limit, oneMore.size()));
            exact = oneMore.size() <= limit;
            matches = exact && oneMore.isEmpty() && offset > 0
                    ? bind(session.createNativeQuery(cappedCountSql(), Long.class), countParameters(0, offset))
                            .getSingleResult()
                    : offset + oneMore.size();
        }
        if (ids.isEmpty()) {
            return new Page(List.of(), matches, exact);
        }
        Map<Long, Quote> byId = session
                .createSelectionQuery("from Quote q join fetch q.speaker where q.id in :ids", Quote.class)
                .setParameter("ids", ids)
                .setReadOnly(true)
                .getResultList().stream()
                .collect(Collectors.toMap(quote -> quote.id, Function.identity()));
        return new Page(ids.stream().map(byId::get).toList(), matches, exact);
    }

    private static <T> NativeQuery<T> bind(NativeQuery<T> query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    /** A page of quotes and how many match: exactly when {@code exact}, else at least {@code total}. */
    public record Page(List<Quote> quotes, long total, boolean exact) {
    }
}
