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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The lower-case text and stance of a few thousand quotes drawn at random, which tell how common a searched word is:
 * PostgreSQL's own statistics sample a thousand quotes and take a phrase in 0.1-0.2 % of them for one in a hundred
 * of a million, and a search planned so looks it up in the trigram index at ten times the cost of testing the newest
 * quotes one by one. The first word search starts the draw, and the first after {@link #MAX_AGE_NANOS} a new one, on a
 * thread of their own (60-90 ms on a million quotes): searches meanwhile go on with the old sample, or before the
 * first draw are planned by PostgreSQL as they would be without.
 */
@ApplicationScoped
public class QuoteTextSample {

    /** Quotes drawn: about 1 MB of heap for the bench corpus, tested for a word in well under a millisecond. */
    private static final int SIZE = 8_000;
    private static final long MAX_AGE_NANOS = 5L * 60 * 1_000_000_000;
    /** Quotes tested one by one at most, as the sample reckons it, before a word is looked up instead. */
    private static final int ROWS_TESTED_AT_MOST = 30_000;
    /** Matches in the sample below which a word counts as rare whatever it reckons: two could be chance. */
    private static final int FEWEST_MATCHES = 3;

    private record Drawn(String[] texts, StanceLabel[] stances, int[] countByStance, long drawnAt) {

        /** Quotes of the sample with this stance, or all of them. */
        int candidates(StanceLabel stance) {
            return stance == null ? texts.length : countByStance[stance.ordinal()];
        }
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
     * Whether testing quotes one by one, newest first (with this stance, if one is given), reaches this many matches
     * of the word within {@link #ROWS_TESTED_AT_MOST} quotes, as far as the sample tells.
     */
    public boolean commonEnoughToTestEachQuote(String fragment, StanceLabel stance, int matchesNeeded) {
        Drawn sample = current();
        if (sample == null) {
            return false;
        }
        String word = fragment.toLowerCase(Locale.ROOT);
        // Matches m among c candidates reckon c * needed / m quotes tested: enough when that is within the limit.
        long enough = Math.max(FEWEST_MATCHES, ((long) sample.candidates(stance) * matchesNeeded
                + ROWS_TESTED_AT_MOST - 1) / ROWS_TESTED_AT_MOST);
        int matches = 0;
        for (int i = 0; i < sample.texts().length && matches < enough; i++) {
            if ((stance == null || stance == sample.stances()[i]) && sample.texts()[i].contains(word)) {
                matches++;
            }
        }
        return matches >= enough;
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
     * Draws a new sample now, after any draw under way: quotes at ids drawn uniformly between the first and the last.
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
            List<String> texts = new ArrayList<>(SIZE);
            List<StanceLabel> stances = new ArrayList<>(SIZE);
            int[] countByStance = new int[StanceLabel.values().length];
            if (last > 0) {
                Long[] ids = ThreadLocalRandom.current().longs(SIZE, first, last + 1).boxed().toArray(Long[]::new);
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT text_lower, stance_label FROM quotes.quote WHERE id = ANY (?)")) {
                    statement.setArray(1, connection.createArrayOf("bigint", ids));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            texts.add(rows.getString(1));
                            StanceLabel stance = rows.getString(2) == null ? null
                                    : StanceLabel.fromValue(rows.getString(2));
                            stances.add(stance);
                            if (stance != null) {
                                countByStance[stance.ordinal()]++;
                            }
                        }
                    }
                }
            }
            drawn = new Drawn(texts.toArray(String[]::new), stances.toArray(StanceLabel[]::new), countByStance,
                    System.nanoTime());
        } catch (SQLException | RuntimeException failure) {
            // Searches go on as PostgreSQL plans them; the next one tries again.
            Log.warnf("could not sample quote texts: %s", failure.getMessage());
        }
    }
}
