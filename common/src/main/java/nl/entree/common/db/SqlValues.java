package nl.entree.common.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads the columns of a native query's row, where Hibernate hands back whatever the driver and its settings give:
 * a {@code timestamptz} comes as an {@link Instant}, an {@link OffsetDateTime} or a {@link Timestamp}. The one place
 * every repository turns such a value into its type, so a change of driver or setting is mended once.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** The moment of a timestamp column, or null for SQL null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass().getSimpleName());
    }
}
