package io.quotestance.bench.data;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk-loads a synthetic newsroom archive into empty quotes-service and stance-service databases with COPY: articles
 * whose text holds their quotes at the stored offsets, speakers quoted with a long-tailed frequency (a few speak
 * thousands of times, most a handful), quote text written by walking a word chain learnt from real news articles (so
 * that words and phrases are as common or rare as in news), and a stance label for every quote in both
 * services. The same texts and seed give the same corpus.
 *
 * <p>
 * Both schemas must exist (start each service once against its database: Flyway creates them) and be empty.
 *
 * <pre>
 * ./mvnw -pl bench exec:exec@load-corpus -Dcorpus.args="jdbc:postgresql://127.0.0.1:5432/quotes_db \
 *     jdbc:postgresql://127.0.0.1:5432/stance_db news/:more-news/ 100000 10 42"
 * </pre>
 */
public final class CorpusGenerator {

    static final String[] LABELS = { "confirm", "deny", "uncertain", "concern" };

    private final Vocabulary vocabulary;
    private final long seed;
    private final int articles;
    private final int quotesPerArticle;
    private final List<GeneratedSpeaker> speakers;
    private long lastArticleIndex = -1;
    private ArticleText lastArticle;

    CorpusGenerator(long seed, int articles, int quotesPerArticle, List<String> newsTexts) {
        this.seed = seed;
        this.articles = articles;
        this.quotesPerArticle = quotesPerArticle;
        this.vocabulary = new Vocabulary(newsTexts);
        this.speakers = vocabulary.speakers(new Random(seed), Math.max(50, articles / 5));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: CorpusGenerator <quotes jdbc url> <stance jdbc url> <directories of news .txt,"
                    + " separated by " + File.pathSeparator + "> <articles> <quotes per article> <seed>");
            System.exit(2);
        }
        List<String> newsTexts = new ArrayList<>();
        for (String directory : args[2].split(File.pathSeparator)) {
            try (Stream<Path> files = Files.list(Path.of(directory))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                    newsTexts.add(Files.readString(file));
                }
            }
        }
        int articles = Integer.parseInt(args[3]);
        int perArticle = Integer.parseInt(args[4]);
        long seed = Long.parseLong(args[5]);
        Instant started = Instant.now();
        try (Connection quotesDb = DriverManager.getConnection(args[0], "postgres", "");
                Connection stanceDb = DriverManager.getConnection(args[1], "postgres", "")) {
            Counts counts = new CorpusGenerator(seed, articles, perArticle, newsTexts).load(quotesDb, stanceDb);
            System.out.printf("loaded %,d articles, %,d speakers, %,d quotes (%,d labelled) in %d s%n",
                    counts.articles(), counts.speakers(), counts.quotes(), counts.labelled(),
                    Duration.between(started, Instant.now()).toSeconds());
        }
    }

    record Counts(long articles, long speakers, long quotes, long labelled) {
    }

    Counts load(Connection quotesDb, Connection stanceDb) throws SQLException, IOException {
        requireEmpty(quotesDb, "quotes.article");
        requireEmpty(stanceDb, "stance.stance_label");
        CopyManager quotesCopy = quotesDb.unwrap(PGConnection.class).getCopyAPI();
        CopyManager stanceCopy = stanceDb.unwrap(PGConnection.class).getCopyAPI();

        quotesCopy.copyIn("COPY quotes.speaker (speaker_key, name, kind, role, affiliation, aliases, lookup_names)"
                + " FROM STDIN", new RowReader(speakers.size(), this::speakerRow));
        long firstSpeakerId = contiguousIds(quotesDb, "quotes.speaker", speakers.size());

        quotesCopy.copyIn("COPY quotes.article (url, title, outlet, published_at, text, content_hash, created_at)"
                + " FROM STDIN", new RowReader(articles, this::articleRow));
        long firstArticleId = contiguousIds(quotesDb, "quotes.article", articles);

        long quoteCount = (long) articles * quotesPerArticle;
        // The GIN indexes' short pending lists (V10) keep searches fast while articles are stored one by one, and
        // took loading a million quotes from 262 to 819 s: the load takes PostgreSQL's default, then puts them back.
        Map<String, String> pendingListLimits = ginPendingListLimits(quotesDb);
        try (Statement statement = quotesDb.createStatement()) {
            for (String index : pendingListLimits.keySet()) {
                statement.execute("ALTER INDEX " + index + " RESET (gin_pending_list_limit)");
            }
        }
        try {
            quotesCopy.copyIn("COPY quotes.quote (article_id, speaker_id, position, mention, text, type, cue,"
                    + " start_offset, end_offset, stance_label) FROM STDIN",
                    new RowReader(quoteCount, row -> quoteRow(row, firstArticleId, firstSpeakerId)));
        } finally {
            try (Statement statement = quotesDb.createStatement()) {
                for (Map.Entry<String, String> limit : pendingListLimits.entrySet()) {
                    statement.execute("ALTER INDEX " + limit.getKey() + " SET (" + limit.getValue() + ")");
                }
            }
        }
        long firstQuoteId = contiguousIds(quotesDb, "quotes.quote", quoteCount);

        long labelled = stanceCopy.copyIn("COPY stance.stance_label (quote_id, label, source, confidence, scores,"
                + " evidence, model_version, auto_label, auto_confidence, auto_scores, auto_evidence,"
                + " auto_model_version, version, updated_at, statement_text) FROM STDIN",
                new RowReader(quoteCount, row -> labelRow(row, firstQuoteId)));
        try (Statement history = stanceDb.createStatement()) {
            history.execute("INSERT INTO stance.stance_label_history (quote_id, label, source, confidence,"
                    + " model_version, created_at) SELECT quote_id, label, source, confidence, model_version,"
                    + " updated_at FROM stance.stance_label");
        }
        analyze(quotesDb);
        analyze(stanceDb);
        return new Counts(articles, speakers.size(), quoteCount, labelled);
    }

    private String speakerRow(long index) {
        GeneratedSpeaker speaker = speakers.get((int) index);
        String lookup = speaker.kind().equals("person")
                ? "{" + copyArrayItem(speaker.name().toLowerCase()) + ","
                        + copyArrayItem(speaker.surname().toLowerCase()) + "}"
                : "{" + copyArrayItem(speaker.name().toLowerCase()) + "}";
        String aliases = speaker.kind().equals("person") ? "{" + copyArrayItem(speaker.surname()) + "}" : "{}";
        return String.join("\t", copyField(speaker.kind() + ":" + speaker.name().toLowerCase()),
                copyField(speaker.name()), speaker.kind(), copyField(speaker.role()), copyField(speaker.affiliation()),
                copyField(aliases), copyField(lookup));
    }

    private String articleRow(long index) {
        SplittableRandom random = randomFor(index, 1);
        ArticleText article = articleText(index);
        Instant published = Instant.parse("2024-01-01T06:00:00Z").plusSeconds(index * 600 + random.nextInt(600));
        return String.join("\t", "https://news.example.org/" + (2024 + index / 50_000) + "/story-" + index,
                copyField(article.title()), vocabulary.outlet(random), published.toString(),
                copyField(article.text()), sha256Hex(article.text()), published.plusSeconds(3600).toString());
    }

    private String quoteRow(long row, long firstArticleId, long firstSpeakerId) {
        long articleIndex = row / quotesPerArticle;
        int position = (int) (row % quotesPerArticle);
        GeneratedQuote quote = articleText(articleIndex).quotes().get(position);
        return String.join("\t", Long.toString(firstArticleId + articleIndex),
                Long.toString(firstSpeakerId + quote.speakerIndex()), Integer.toString(position),
                copyField(quote.mention()), copyField(quote.text()), quote.type(), quote.cue(),
                Integer.toString(quote.start()), Integer.toString(quote.end()),
                quote.label());
    }

    private String labelRow(long row, long firstQuoteId) {
        long articleIndex = row / quotesPerArticle;
        GeneratedQuote quote = articleText(articleIndex).quotes().get((int) (row % quotesPerArticle));
        String scores = scoresJson(quote.label());
        String evidence = "[{\"text\":\"" + quote.cue() + "\",\"start\":0,\"end\":" + quote.cue().length()
                + ",\"rule\":\"generated\"}]";
        String updated = Instant.parse("2024-01-01T07:00:00Z").plusSeconds(articleIndex * 600).toString();
        return String.join("\t", Long.toString(firstQuoteId + row), quote.label(), "auto", "0.7", scores,
                evidence, "rules-1.1.0", quote.label(), "0.7", scores, evidence, "rules-1.1.0", "0", updated,
                copyField(quote.text()));
    }

    private static String scoresJson(String label) {
        StringBuilder json = new StringBuilder("{");
        for (String each : LABELS) {
            json.append(json.length() > 1 ? "," : "").append('"').append(each).append("\":")
                    .append(each.equals(label) ? "0.7" : "0.1");
        }
        return json.append('}').toString();
    }

    /** The article at this index, the same every time: its random numbers depend only on the seed and the index. */
    ArticleText articleText(long index) {
        // Rows of one article come one after another: keep the last one rather than generate it per quote.
        if (index != lastArticleIndex) {
            lastArticle = vocabulary.article(randomFor(index, 2), speakers, quotesPerArticle);
            lastArticleIndex = index;
        }
        return lastArticle;
    }

    private SplittableRandom randomFor(long index, int stream) {
        return new SplittableRandom(seed * 1_000_003L + index * 31 + stream);
    }

    private static void requireEmpty(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            rows.next();
            if (rows.getBoolean(1)) {
                throw new IllegalStateException(table + " is not empty: load a fresh database");
            }
        }
    }

    /** The first id of the rows just copied; identities of a fresh table count up one by one within one COPY. */
    private static long contiguousIds(Connection db, String table, long expected) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT min(id), max(id), count(*) FROM " + table)) {
            rows.next();
            long first = rows.getLong(1);
            if (rows.getLong(3) != expected || rows.getLong(2) - first + 1 != expected) {
                throw new IllegalStateException(table + " ids are not contiguous: load a fresh database");
            }
            return first;
        }
    }

    /** The quote table's GIN indexes that set a pending list limit, with that setting. */
    private static Map<String, String> ginPendingListLimits(Connection quotesDb) throws SQLException {
        Map<String, String> limits = new LinkedHashMap<>();
        try (Statement statement = quotesDb.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.oid::regclass::text, o.option FROM pg_index i"
                        + " JOIN pg_class c ON c.oid = i.indexrelid, unnest(c.reloptions) o(option)"
                        + " WHERE i.indrelid = 'quotes.quote'::regclass"
                        + " AND o.option LIKE 'gin_pending_list_limit=%'")) {
            while (rows.next()) {
                limits.put(rows.getString(1), rows.getString(2));
            }
        }
        return limits;
    }

    private static void analyze(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
    }

    static String copyField(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String copyArrayItem(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Streams generated COPY rows without holding them in memory. */
    private static final class RowReader extends Reader {

        interface Rows {
            String row(long index);
        }

        private final long count;
        private final Rows rows;
        private long next;
        private String current = "";
        private int offset;

        RowReader(long count, Rows rows) {
            this.count = count;
            this.rows = rows;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            while (offset == current.length()) {
                if (next == count) {
                    return -1;
                }
                String row = rows.row(next++);
                current = row + "\n";
                offset = 0;
            }
            int n = Math.min(len, current.length() - offset);
            current.getChars(offset, offset + n, buffer, off);
            offset += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    record GeneratedSpeaker(String name, String surname, String kind, String role, String affiliation) {
    }

    record GeneratedQuote(int speakerIndex, String mention, String text, String type, String cue, int start, int end,
            String label) {
    }

    record ArticleText(String title, String text, List<GeneratedQuote> quotes) {
    }
}
