package io.quotestance.quotes;

import io.agroal.api.AgroalDataSource;
import io.quotestance.postgres.DatabaseCleaner;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.quotestance.quotes.rest.InternalCredentialFilter;

import io.quotestance.quotes.model.Like;
import io.quotestance.quotes.model.StanceLabel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Base of the tests: each test starts on empty tables and may look at the rows directly. */
public abstract class DatabaseTest {

    @Inject
    protected AgroalDataSource dataSource;

    /** The internal credential of the test configuration, which the gateway sends on every call. */
    static final String INTERNAL_TOKEN = "test-internal-token";

    @BeforeEach
    void callAsTheGateway() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader(InternalCredentialFilter.HEADER,
                INTERNAL_TOKEN).build();
    }

    @BeforeEach
    void startOnEmptyTables() {
        DatabaseCleaner.truncateAll(dataSource, "quotes");
    }

    /** The first column of the first row, as a number. */
    protected long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores one speaker, one article and {@code count} quotes of theirs, numbered {@code i} from 1, with the text and
     * the stance of these SQL expressions of {@code i}.
     */
    protected void storeQuotesOfOneSpeaker(int count, String textOfI, String stanceOfI) throws SQLException {
        storeQuotes(count, textOfI, stanceOfI, "0");
    }

    /**
     * Stores one article and {@code count} quotes in it, numbered {@code i} from 1, with the text, the stance and the
     * speaker of these SQL expressions of {@code i}; the speaker's, a number, names speaker "Speaker n", stored first.
     */
    protected void storeQuotes(int count, String textOfI, String stanceOfI, String speakerOfI) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO quotes.speaker (speaker_key, name, kind, lookup_names)"
                    + " SELECT 'person:speaker ' || n, 'Speaker ' || n, 'person', ARRAY['speaker ' || n]"
                    + " FROM (SELECT DISTINCT " + speakerOfI + " AS n FROM generate_series(1, " + count + ") i) numbers"
                    + " ORDER BY n");
            statement.execute("INSERT INTO quotes.article (text, content_hash) VALUES ('Article', repeat('0', 64))");
            statement.execute("INSERT INTO quotes.quote (article_id, speaker_id, position, text, type, start_offset,"
                    + " end_offset, stance_label) SELECT (SELECT id FROM quotes.article),"
                    + " (SELECT id FROM quotes.speaker WHERE speaker_key = 'person:speaker ' || (" + speakerOfI + ")),"
                    + " i, " + textOfI + ", 'direct', 0, 10, " + stanceOfI + " FROM generate_series(1, " + count + ") i");
        }
    }

    /** The id of the speaker that {@link #storeQuotes} numbered so. */
    protected long speakerNumbered(int number) {
        return queryLong("SELECT id FROM quotes.speaker WHERE speaker_key = 'person:speaker " + number + "'");
    }

    /**
     * The ids of the quotes (of a speaker and a stance, unless null) containing the fragment, ignoring case, newest
     * first: ILIKE on the text, what every form of text search must find.
     */
    protected static List<Long> idsMatching(Connection connection, Long speaker, StanceLabel stance, String fragment)
            throws SQLException {
        String sql = "SELECT id FROM quotes.quote WHERE text ILIKE ? ESCAPE '\\'"
                + (speaker == null ? "" : " AND speaker_id = " + speaker)
                + (stance == null ? "" : " AND stance_label = '" + stance.value() + "'") + " ORDER BY id DESC";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, Like.containing(fragment));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
