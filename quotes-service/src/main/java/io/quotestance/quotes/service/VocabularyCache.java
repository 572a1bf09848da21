package io.quotestance.quotes.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quotestance.quotes.model.KeptPatterns;
import io.quotestance.quotes.model.QuoteSearch;
import io.quotestance.quotes.model.SearchWords;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The vocabulary's words that the patterns of word searches match (see {@link SearchWords}), kept from one search to
 * the next: looking them up cost PostgreSQL 0.5-1.5 ms for two words, planning included, where reading the id of the
 * last quote costs 0.02 ms; kept, they took a rare word's search from 1.3-1.6 to 0.9-1.0 ms of PostgreSQL's CPU
 * (2-core EPYC, 2026-12-07).
 * Words are only ever added, so an answer goes stale only when a word it would now match is added. PostgreSQL names
 * the words as each transaction adding them commits (V9), on a connection of this service's that listens, and the
 * answers they may change are forgotten; this service's own writes forget them as they commit, so that they show at
 * once. Answers are kept and served only while the connection listens: until it first does, and from a lost
 * connection until it listens again, every pattern is looked up. An answer looked up while words were added is not
 * kept, as it may predate them.
 */
@ApplicationScoped
public class VocabularyCache {

    static final String CHANNEL = "quotes_search_words_added";
    /** The listening connection's name in pg_stat_activity. */
    public static final String LISTENER_NAME = "quotes-service vocabulary listener";
    /** Quote words kept at most, over all patterns: a few megabytes. */
    private static final long MOST_WORDS_KEPT = 50_000;
    /** How long the listener waits for a notice before it checks that its connection still answers. */
    private static final int POLL_SECONDS = 5;
    private static final long RECONNECT_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Cache<String, String[]> byPattern = Caffeine.newBuilder().maximumWeight(MOST_WORDS_KEPT)
            .weigher((String pattern, String[] words) -> words.length + 1)
            // Evicting on the calling thread: the default pool would only add a hand-off per write.
            .executor(Runnable::run).build();
    /**
     * The patterns of the answers in {@link #byPattern}, and of some it no longer holds: filed under this object's
     * lock as answers are kept, refiled from those held when twice as many were filed.
     */
    private final KeptPatterns<String> patternsKept = new KeptPatterns<>();
    /** Counts the times answers were forgotten; changed only under this object's lock, with the forgetting. */
    private volatile long generation;
    private final AtomicBoolean listenerStarted = new AtomicBoolean();
    private final String jdbcUrl;
    private final String user;
    private final Optional<String> password;
    private final Counter kept;
    private final Counter lookedUp;
    private volatile boolean listening;
    private volatile boolean stopping;
    private volatile Connection listenerConnection;

    VocabularyCache(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, MeterRegistry registry) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        kept = patterns("kept", registry);
        lookedUp = patterns("looked-up", registry);
        Gauge.builder("quotestance.vocabulary.listening", this, cache -> cache.listening ? 1 : 0)
                .description("1 while quotes-service hears of words added to the vocabulary and keeps its answers;"
                        + " it starts listening with its first word search")
                .register(registry);
    }

    private static Counter patterns(String result, MeterRegistry registry) {
        return Counter.builder("quotestance.vocabulary.patterns").tag("result", result)
                .description("Patterns of word searches answered from the words kept (kept) or by the vocabulary")
                .register(registry);
    }

    /**
     * The vocabulary's words matching each pattern, in order, as {@link QuoteSearch#quoteWordsMatching} finds them,
     * and the id of the last quote stored, read on this connection.
     */
    public QuoteSearch.QuoteWords matching(Connection connection, List<String> patterns, int most)
            throws SQLException {
        startListening();
        boolean keeping = listening;
        long generationBefore = generation;
        String[][] words = new String[patterns.size()][];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            words[i] = keeping ? byPattern.getIfPresent(key(patterns.get(i), most)) : null;
            if (words[i] == null) {
                missing.add(patterns.get(i));
            }
        }
        kept.increment(patterns.size() - missing.size());
        lookedUp.increment(missing.size());
        if (missing.isEmpty()) {
            return new QuoteSearch.QuoteWords(QuoteSearch.lastQuoteId(connection), List.of(words));
        }
        QuoteSearch.QuoteWords found = QuoteSearch.quoteWordsMatching(connection, missing, most);
        synchronized (this) {
            keeping &= listening && generation == generationBefore;
            for (int i = 0, next = 0; i < patterns.size(); i++) {
                if (words[i] == null) {
                    words[i] = found.matching().get(next++);
                    if (keeping) {
                        byPattern.put(key(patterns.get(i), most), words[i]);
                        patternsKept.file(key(patterns.get(i), most), patterns.get(i));
                    }
                }
            }
            if (patternsKept.filed() > 2 * byPattern.estimatedSize() + 1_000) {
                // Evicted and forgotten answers stay filed until then.
                patternsKept.clear();
                byPattern.asMap().keySet().forEach(key -> patternsKept.file(key, patternOf(key)));
            }
        }
        return new QuoteSearch.QuoteWords(found.lastQuoteId(), List.of(words));
    }

    private static String key(String pattern, int most) {
        return most + " " + pattern;
    }

    private static String patternOf(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    /** Forgets the answers that these words, added to the vocabulary as it holds them, may change. */
    private synchronized void forget(Collection<String> addedWords) {
        generation++;
        Set<String> changed = new HashSet<>();
        addedWords.forEach(word -> patternsKept.changedBy(word, changed));
        byPattern.invalidateAll(changed);
    }

    /** Forgets every answer kept. */
    private synchronized void forgetAll() {
        generation++;
        byPattern.invalidateAll();
        patternsKept.clear();
    }

    /**
     * The quotes this service stored, once their transaction commits: forgets what their words may change, so that
     * its next search finds them before the notice arrives. It cannot tell which words are new, so it takes them all;
     * a word with letters cased beyond ASCII, which the database may lower-case otherwise, forgets every answer.
     */
    void onQuotesStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuotesStored stored) {
        Set<String> words = new HashSet<>();
        stored.texts().forEach(text -> words.addAll(SearchWords.wordsOf(text)));
        if (words.stream().allMatch(SearchWords::lowerCasedAlike)) {
            forget(words);
        } else {
            forgetAll();
        }
    }

    /** Texts of quotes stored in a transaction, fired within it. */
    public record QuotesStored(List<String> texts) {
    }

    /** Whether answers are kept: the listening connection is open. */
    public boolean listening() {
        return listening;
    }

    /** The listener starts with the first word search, not to lengthen the service's start. */
    private void startListening() {
        if (listenerStarted.compareAndSet(false, true)) {
            Thread listener = new Thread(this::listen, "vocabulary-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    private void listen() {
        boolean warned = false;
        while (!stopping) {
            try (Connection connection = openListenerConnection()) {
                listenerConnection = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Words added while nobody listened went unheard.
                forgetAll();
                listening = true;
                warned = false;
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (!stopping) {
                    PGNotification[] received = notices.getNotifications(POLL_SECONDS * 1000);
                    if (received != null && received.length > 0) {
                        heard(received);
                    } else if (!connection.isValid(POLL_SECONDS)) {
                        throw new SQLException("the listening connection no longer answers");
                    }
                }
            } catch (SQLException | RuntimeException failure) {
                // Once an outage, not at every attempt.
                if (!stopping && !warned) {
                    Log.warnf("Not hearing of words added to the vocabulary (%s); word searches look every word up"
                            + " until the service listens again", failure.getMessage());
                    warned = true;
                }
            } finally {
                listening = false;
                forgetAll();
            }
            if (!stopping) {
                // One attempt an interval against a database that is down.
                LockSupport.parkNanos(RECONNECT_NANOS);
            }
        }
    }

    private void heard(PGNotification[] notices) {
        Set<String> added = new HashSet<>();
        for (PGNotification notice : notices) {
            if (notice.getParameter().isEmpty()) {
                // Too many words for one notice.
                forgetAll();
                return;
            }
            added.addAll(List.of(notice.getParameter().split(" ")));
        }
        forget(added);
    }

    private Connection openListenerConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        password.ifPresent(value -> properties.setProperty("password", value));
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + jdbcUrl);
        }
        return connection;
    }

    @PreDestroy
    void stopListening() {
        stopping = true;
        Connection connection = listenerConnection;
        if (connection != null) {
            try {
                // Ends the listener's wait at once.
                connection.close();
            } catch (SQLException ignored) {
                // Closing is all that was asked; the thread ends either way.
            }
        }
    }
}
