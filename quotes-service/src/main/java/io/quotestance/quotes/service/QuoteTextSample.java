package io.quotestance.quotes.service;

import io.quotestance.quotes.model.StanceLabel;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The lower-case text, stance and speaker of tens of thousands of quotes drawn at random, which tell how common a
 * searched word is, among all quotes or a stance's or a speaker's: whether testing those quotes one by one, newest
 * first, finds a page soon enough, and if not, how many of the newest quotes the word index should look among.
 * PostgreSQL's own statistics sample a thousand quotes and take a phrase in 0.1-0.2 % of them for one in a hundred of a
 * million. The first word search starts the draw, and the first after {@link #MAX_AGE_NANOS} a new one, on a thread of
 * their own (PostgreSQL reads 32,000 quotes of a million in about 0.4 s): searches meanwhile go on with the old sample,
 * or before the first draw are planned by PostgreSQL as they would be without.
 */
@ApplicationScoped
public class QuoteTextSample {

    /**
     * Quotes drawn: about 4 MB of heap for the bench corpus. A word rare among one stance's quotes shows in few of the
     * quarter drawn that are that stance's: with 8,000 drawn, "vaccine" among concerns (614 quotes of a million) shows
     * about five times, three or fewer in more than a quarter of the draws, which then look it up among all quotes
     * rather than among the newest (2.5-2.7 ms against 1.3-1.5 ms of PostgreSQL's, 2-core EPYC, 2026-12-07).
     */
    private static final int SIZE = 32_000;
    /**
     * Candidates tested for a word at most, in well under a millisecond: all quotes drawn are candidates of a search
     * without stance or speaker, and a stance's are about a quarter of them.
     */
    private static final int CANDIDATES_TESTED_AT_MOST = 8_000;
    /** Quotes read by one statement of a draw. */
    private static final int IDS_READ_AT_ONCE = 4_000;
    private static final long MAX_AGE_NANOS = 5L * 60 * 1_000_000_000;
    /** Quotes tested one by one at most, as the sample reckons it, before a word is looked up instead. */
    private static final int ROWS_TESTED_AT_MOST = 30_000;
    /** Matches in the sample below which a word counts as rare whatever it reckons: two could be chance. */
    private static final int FEWEST_MATCHES = 3;

    /**
     * Quotes of the sample scanned at most for a speaker's word's share among all quotes: a word in one quote in 200,
     * the rarest a first page would find testing {@code QuoteService}'s 4,000 quotes, shows ten times in them; rarer
     * words are looked up whatever the count. Testing 8,000 quotes took 0.12 ms of quotes-service's CPU a search.
     */
    private static final int OVERALL_SCANNED_AT_MOST = 2_000;
    /** Matches counted at most before the share of quotes holding a word is reckoned from those scanned so far. */
    private static final int MATCHES_ENOUGH_TO_RECKON = 64;
    /**
     * Ids of a window of the word index read for the cost of reading one matching quote: the index hands over every
     * id of a window's blocks before keeping those of the words (25 ns an id for a window of 42,000), and each match
     * is then read to test the fragment (6.6 us each for 742 matches); 2-core EPYC, 2026-11-30.
     */
    private static final int WINDOW_IDS_PER_QUOTE_READ = 256;

    /** Shares reckoned from one sample at most, kept until the next: a few megabytes. */
    private static final int SHARES_KEPT = 10_000;

    /**
     * The quotes found at {@code idsDrawn} distinct ids between the first and the last, {@code idSpan} apart, and the
     * shares reckoned from them so far: a search asked again is not scanned for again.
     */
    private record Drawn(String[] texts, StanceLabel[] stances, long[] speakerIds, long idSpan, long idsDrawn,
            long drawnAt, Cache<ShareKey, WordShare> shares) {

        Drawn(String[] texts, StanceLabel[] stances, long[] speakerIds, long idSpan, long idsDrawn, long drawnAt) {
            this(texts, stances, speakerIds, idSpan, idsDrawn, drawnAt, Caffeine.newBuilder()
                    .maximumSize(SHARES_KEPT).executor(Runnable::run).<ShareKey, WordShare>build());
        }
    }

    private record ShareKey(String word, StanceLabel stance, Long speakerId) {
    }

    private final DataSource dataSource;
    private final ExecutorService drawer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "quote-text-sample");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drawing = new AtomicBoolean();
    private volatile Drawn drawn;

    QuoteTextSample(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PreDestroy
    void stopDrawing() {
        drawer.shutdownNow();
    }

    /**
     * How common a word is among quotes (with this stance and of this speaker, if given), as the sample tells; empty
     * before the first sample. The sample is scanned until {@value #MATCHES_ENOUGH_TO_RECKON} matches, once a search
     * and sample.
     */
    public Optional<WordShare> shareOf(String fragment, StanceLabel stance, Long speakerId) {
        Drawn sample = current();
        if (sample == null || sample.texts().length == 0) {
            return Optional.empty();
        }
        ShareKey search = new ShareKey(fragment.toLowerCase(Locale.ROOT), stance, speakerId);
        return Optional.of(sample.shares().get(search, key -> reckon(sample, key)));
    }

    private static WordShare reckon(Drawn sample, ShareKey search) {
        String word = search.word();
        StanceLabel stance = search.stance();
        Long speakerId = search.speakerId();
        int matches = 0;
        int scanned = 0;
        int candidatesScanned = 0;
        while (scanned < sample.texts().length && matches < MATCHES_ENOUGH_TO_RECKON
                && candidatesScanned < CANDIDATES_TESTED_AT_MOST) {
            if ((stance == null || stance == sample.stances()[scanned])
                    && (speakerId == null || speakerId == sample.speakerIds()[scanned])) {
                candidatesScanned++;
                if (sample.texts()[scanned].contains(word)) {
                    matches++;
                }
            }
            scanned++;
        }
        // Every candidate seen: as many among all quotes as ids in the span per id drawn.
        long candidates = scanned == sample.texts().length
                ? (long) Math.ceil((double) candidatesScanned * sample.idSpan() / sample.idsDrawn()) : Long.MAX_VALUE;
        // A speaker's quotes drawn may be too few to show a word they say often, as a few dozen of a speaker quoted
        // a few thousand times are: how common it is among all quotes is reckoned too.
        int overallMatches = 0;
        int overallScanned = 0;
        if (speakerId != null && matches < FEWEST_MATCHES) {
            int overallScannedAtMost = Math.min(sample.texts().length, OVERALL_SCANNED_AT_MOST);
            while (overallScanned < overallScannedAtMost && overallMatches < MATCHES_ENOUGH_TO_RECKON) {
                if (sample.texts()[overallScanned].contains(word)) {
                    overallMatches++;
                }
                overallScanned++;
            }
        }
        return new WordShare(matches, candidatesScanned, scanned, sample.idSpan(), candidates, overallMatches,
                overallScanned);
    }

    /**
     * A word's matches among the sample's quotes scanned, among those of the stance and speaker asked for (the
     * candidates) and among all, the span of ids the sample was drawn from, and how many candidates all quotes hold as
     * the sample reckons (the most there can be when the scan stopped before the end of the sample); for a speaker's
     * word found fewer than {@value #FEWEST_MATCHES} times among their quotes drawn, its matches among all quotes
     * scanned (0 and 0 otherwise).
     */
    public record WordShare(int matches, int candidatesScanned, int scanned, long idSpan, long candidates,
            int overallMatches, int overallScanned) {

        /**
         * Whether testing quotes one by one, newest first (the candidates only), reaches this many matches within
         * {@link #ROWS_TESTED_AT_MOST} quotes, or tests every candidate within them.
         */
        public boolean commonEnoughToTestEachQuote(int matchesNeeded) {
            return commonEnoughToTestEachQuote(matchesNeeded, ROWS_TESTED_AT_MOST);
        }

        /**
         * Whether testing at most {@code rowsTestedAtMost} quotes one by one reaches this many matches, or tests every
         * candidate (a speaker quoted a few hundred times, say) within them.
         */
        public boolean commonEnoughToTestEachQuote(int matchesNeeded, int rowsTestedAtMost) {
            // m matches among c candidates reckon c * needed / m quotes tested.
            if (candidates <= rowsTestedAtMost || matches >= FEWEST_MATCHES
                    && (long) candidatesScanned * matchesNeeded <= (long) rowsTestedAtMost * matches) {
                return true;
            }
            // Too few matches among the candidates drawn: when that many candidates would not show the word's share
            // of all quotes either, that share is the better guess. (Had they been enough to show it, so few matches
            // tell the word is rare among them.)
            boolean tooFewCandidatesToTell =
                    (long) candidatesScanned * overallMatches < (long) FEWEST_MATCHES * overallScanned;
            return matches < FEWEST_MATCHES && overallMatches >= FEWEST_MATCHES && tooFewCandidatesToTell
                    && (long) overallScanned * matchesNeeded <= (long) rowsTestedAtMost * overallMatches;
        }

        /**
         * How many of the newest ids the word index should look among to find this many matches, twice over; 0 when
         * finding all of the word's matches among all quotes costs less, which it does for a rare word.
         */
        public long newestIdsHolding(int matchesNeeded) {
            // Half a match when none was found: the word may still be in a few quotes.
            double share = Math.max(matches, 0.5) / scanned;
            long ids = (long) Math.ceil(2 * matchesNeeded / share);
            double everywhereCost = share * idSpan;
            double windowCost = (double) ids / WINDOW_IDS_PER_QUOTE_READ + share * ids;
            return windowCost < everywhereCost ? ids : 0;
        }
    }

    private Drawn current() {
        Drawn sample = drawn;
        if ((sample == null || System.nanoTime() - sample.drawnAt() > MAX_AGE_NANOS)
                && drawing.compareAndSet(false, true)) {
            try {
                drawer.execute(() -> {
                    try {
                        drawAgain();
                    } finally {
                        drawing.set(false);
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                drawing.set(false);
            }
        }
        return sample;
    }

    /**
     * Draws a new sample now, after any draw under way: quotes at distinct ids drawn uniformly between the first and
     * the last, or at all of them when they are few.
     */
    public synchronized void drawAgain() {
        try (Connection connection = dataSource.getConnection()) {
            long first;
            long last;
            try (Statement statement = connection.createStatement();
                    ResultSet bounds = statement.executeQuery("SELECT min(id), max(id) FROM quotes.quote")) {
                bounds.next();
                first = bounds.getLong(1);
                last = bounds.getLong(2);
            }
            long idSpan = last - first + 1;
            int idsDrawn = last > 0 ? (int) Math.min(SIZE, idSpan) : 0;
            long[] ids = idsDrawn == idSpan ? LongStream.rangeClosed(first, last).toArray()
                    : ThreadLocalRandom.current().longs(first, last + 1).distinct().limit(idsDrawn).toArray();
            String[] texts = new String[idsDrawn];
            StanceLabel[] stances = new StanceLabel[idsDrawn];
            long[] speakerIds = new long[idsDrawn];
            int found = 0;
            // A few thousand quotes a statement: the driver holds a statement's rows until it is read, and the heap,
            // grown once for them, would stay that large.
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT text_lower, stance_label, speaker_id FROM quotes.quote WHERE id = ANY (?)")) {
                for (int from = 0; from < idsDrawn; from += IDS_READ_AT_ONCE) {
                    Long[] chunk = Arrays.stream(ids, from, Math.min(from + IDS_READ_AT_ONCE, idsDrawn)).boxed()
                            .toArray(Long[]::new);
                    statement.setArray(1, connection.createArrayOf("bigint", chunk));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            texts[found] = rows.getString(1);
                            String stance = rows.getString(2);
                            stances[found] = stance == null ? null : StanceLabel.fromValue(stance);
                            speakerIds[found] = rows.getLong(3);
                            found++;
                        }
                    }
                }
            }
            drawn = new Drawn(Arrays.copyOf(texts, found), Arrays.copyOf(stances, found),
                    Arrays.copyOf(speakerIds, found), idSpan, idsDrawn, System.nanoTime());
        } catch (SQLException | RuntimeException failure) {
            // Searches go on as PostgreSQL plans them; the next one tries again.
            Log.warnf("could not sample quote texts: %s", failure.getMessage());
        }
    }
}
