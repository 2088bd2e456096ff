package nl.entree.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import nl.entree.support.db.OlderSchema;

/** Rows as an earlier seed wrote them, in the schema before a migration: for the tests of that migration. */
final class SeededRows {

    private SeededRows() {
    }

    /**
     * Inserts a row into {@code table} of the older schema: its id, then the columns {@code values} give, then when it
     * was seeded, then its document (the last of {@code values}).
     */
    static void insert(DataSource dataSource, OlderSchema old, Instant seeded, String table, String rest, UUID id,
            String... values) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into " + old.table(table) + " " + rest)) {
            int i = 1;
            s.setObject(i++, id);
            for (int v = 0; v < values.length - 1; v++) {
                s.setString(i++, values[v]);
            }
            s.setObject(i++, seeded.atOffset(ZoneOffset.UTC));
            s.setString(i, values[values.length - 1]);
            assertEquals(1, s.executeUpdate());
        }
    }
}
