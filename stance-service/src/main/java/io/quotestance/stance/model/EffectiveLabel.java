package io.quotestance.stance.model;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quotestance.stance.classifier.Evidence;
import io.quotestance.stance.classifier.StanceLabel;
import io.quotestance.stance.config.DatabaseJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The label in effect for a quote, without the rest of its row: what a page of quotes shows. Read with plain JDBC:
 * loading whole {@link QuoteLabel} entities, with both snapshots' jsonb columns, cost several times the query.
 */
public record EffectiveLabel(long quoteId, LabelSource source, StanceSnapshot stance) {

    private static final TypeReference<Map<String, Double>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
    };

    /** The effective labels of those of these quotes that have one, in no particular order. */
    public static List<EffectiveLabel> find(Connection connection, Collection<Long> quoteIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT quote_id, source, label, confidence,"
                + " scores::text, evidence::text, model_version FROM stance.stance_label WHERE quote_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", quoteIds.toArray()));
            List<EffectiveLabel> found = new ArrayList<>(quoteIds.size());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new EffectiveLabel(rows.getLong(1), enumOf(LabelSource.class, rows.getString(2)),
                            new StanceSnapshot(enumOf(StanceLabel.class, rows.getString(3)), rows.getDouble(4),
                                    DatabaseJson.read(rows.getString(5), SCORES),
                                    DatabaseJson.read(rows.getString(6), EVIDENCE), rows.getString(7))));
                }
            }
            return found;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String column) {
        return Enum.valueOf(type, column.toUpperCase(Locale.ROOT));
    }
}
