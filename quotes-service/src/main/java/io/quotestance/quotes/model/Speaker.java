package io.quotestance.quotes.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quotestance.quotes.extraction.SpeakerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A person, organisation or unnamed source that articles quote. Named speakers are shared by all articles that name
 * them; an unnamed one belongs to its article. Written only through {@link #upsert}.
 */
@Entity
@Table(name = "speaker")
public class Speaker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "speaker_key", nullable = false, unique = true, updatable = false)
    public String speakerKey;

    public String name;

    @Convert(converter = Converters.SpeakerKindConverter.class)
    @Column(nullable = false, length = 16)
    public SpeakerKind kind;

    public String role;

    public String affiliation;

    @Column(nullable = false)
    public String[] aliases;

    /**
     * Inserts the speaker, or completes the stored one: an empty role or affiliation is filled and the aliases are
     * merged, keeping their first-seen order. Row locks make concurrent upserts of one speaker safe.
     *
     * @return the speaker's id
     */
    public static long upsert(SpeakerIdentity speaker) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO quotes.speaker (speaker_key, name, kind, role, affiliation, aliases, lookup_names)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (speaker_key) DO UPDATE SET
                        role = COALESCE(speaker.role, EXCLUDED.role),
                        affiliation = COALESCE(speaker.affiliation, EXCLUDED.affiliation),
                        aliases = ARRAY(SELECT alias FROM unnest(speaker.aliases || EXCLUDED.aliases)
                                        WITH ORDINALITY AS merged(alias, seen) GROUP BY alias ORDER BY min(seen)),
                        lookup_names = ARRAY(SELECT DISTINCT unnest(speaker.lookup_names || EXCLUDED.lookup_names))
                    RETURNING id""")) {
                upsert.setString(1, speaker.key());
                upsert.setString(2, speaker.name());
                upsert.setString(3, speaker.kind().name().toLowerCase(Locale.ROOT));
                upsert.setString(4, speaker.role());
                upsert.setString(5, speaker.affiliation());
                upsert.setArray(6, connection.createArrayOf("text", speaker.aliases().toArray()));
                upsert.setArray(7, connection.createArrayOf("text", speaker.lookupNames().toArray()));
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** Ids of the speakers whose name or one of whose aliases equals the given name, ignoring case. */
    public static List<Long> idsNamed(String name) {
        return session()
                .createNativeQuery("SELECT id FROM quotes.speaker WHERE lookup_names @> ARRAY[CAST(?1 AS text)] ORDER BY id", Long.class)
                .setParameter(1, SpeakerIdentity.lookupForm(name))
                .getResultList();
    }

    /** One page of speakers whose name or an alias contains the fragment (all if null), by name then id. */
    public static List<Speaker> listContaining(String fragment, int page, int size) {
        List<Long> ids = containing("SELECT id", fragment, " ORDER BY name NULLS LAST, id", Long.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // IN (...) does not keep the order of the ids.
        List<Speaker> speakers = new ArrayList<>(list("id in ?1", ids));
        speakers.sort(Comparator.comparingInt(speaker -> ids.indexOf(speaker.id)));
        return speakers;
    }

    public static long countContaining(String fragment) {
        return containing("SELECT count(*)", fragment, "", Long.class).getSingleResult();
    }

    private static Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    private static <T> TypedQuery<T> containing(String select, String fragment, String orderBy, Class<T> type) {
        if (fragment == null) {
            return session().createNativeQuery(select + " FROM quotes.speaker" + orderBy, type);
        }
        return session()
                .createNativeQuery(select + " FROM quotes.speaker WHERE EXISTS (SELECT 1 FROM unnest(lookup_names) AS known(name)"
                        + " WHERE known.name LIKE ?1 ESCAPE '\\')" + orderBy, type)
                .setParameter(1, Like.containing(SpeakerIdentity.lookupForm(fragment)));
    }
}
