package nl.entree.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.db.OlderSchema;

/**
 * V6 takes the facts file's own remarks out of what a directory seeded before it shows the public, and leaves
 * alone whatever an editor has changed since.
 */
@QuarkusTest
class SeededNamesByV6Test {

    private static final Instant SEEDED = Instant.parse("2026-11-20T08:00:00Z");
    private static final String ZWOLLE = "CSG Zwolle (Isala) — likely 'CSG IJsselland'";
    private static final String CVSN = "Landelijk meldpunt sport; vertrouwelijk, gratis, desgewenst anoniem";
    private static final String CVSN_SEEDED = CVSN + " (gratis-claim from CVSN site; 0900 tariff not stated)";

    @Inject
    DataSource dataSource;

    @Test
    void aSeededDirectoryLosesTheRemarksAndAnEditorsCorrectionStays() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v6", "5")) {
            UUID org = UUID.randomUUID();
            UUID zwolle = UUID.randomUUID();
            UUID haarlem = UUID.randomUUID();
            UUID cvsnLine = UUID.randomUUID();
            UUID haarlemAtLocation = UUID.randomUUID();
            insert(old, "organization", "(id, code, name, last_modified, document)"
                    + " values (?, 'CSG', 'CSG', ?, ?::jsonb)", org, "{\"id\": \"" + org + "\"}");
            insert(old, "location", "(id, organization_id, name, last_modified, document) values (?, '" + org
                    + "', ?, ?, ?::jsonb)", zwolle, ZWOLLE, "{\"name\": \"" + ZWOLLE + "\"}");
            // An editor already gave Haarlem's centre its proper name: not the seeded text, so not touched.
            insert(old, "location", "(id, organization_id, name, last_modified, document) values (?, '" + org
                    + "', ?, ?, ?::jsonb)", haarlem, "CSG Kennemerland", "{\"name\": \"CSG Kennemerland\"}");
            insert(old, "service", "(id, organization_id, name, status, search_text, last_modified, document, version)"
                    + " values (?, '" + org + "', 'CVSN – telefoon', 'active', ?, ?, ?::jsonb, 3)", cvsnLine,
                    ("cvsn – telefoon " + CVSN_SEEDED).toLowerCase(java.util.Locale.ROOT),
                    "{\"description\": \"" + CVSN_SEEDED + "\", \"phones\": [{\"number\": \"0900-202 55 90\", "
                            + "\"description\": \"" + CVSN_SEEDED + "\"}]}");
            insert(old, "service_at_location", "(id, service_id, location_id, last_modified, document, version)"
                    + " values (?, '" + cvsnLine + "', '" + haarlem + "', ?, ?::jsonb, 0)", haarlemAtLocation,
                    "{\"description\": \"CSG Haarlem (Kennemerland?)\"}");

            old.migrateToLatest();

            assertEquals("CSG Zwolle (Isala)|CSG Zwolle (Isala)", row(old,
                    "select name || '|' || (document ->> 'name') from %s where id = ?", "location", zwolle));
            assertEquals("CSG Kennemerland", row(old, "select name from %s where id = ?", "location", haarlem));
            assertEquals(CVSN + "|" + CVSN + "|4", row(old, "select (document ->> 'description') || '|' || "
                    + "(document -> 'phones' -> 0 ->> 'description') || '|' || version from %s where id = ?",
                    "service", cvsnLine));
            assertEquals(("cvsn – telefoon " + CVSN).toLowerCase(java.util.Locale.ROOT),
                    row(old, "select search_text from %s where id = ?", "service", cvsnLine));
            assertEquals("CSG Haarlem|1", row(old, "select (document ->> 'description') || '|' || version from %s "
                    + "where id = ?", "service_at_location", haarlemAtLocation));
            assertEquals("true", row(old, "select (last_modified > '" + SEEDED + "')::text from %s where id = ?",
                    "location", zwolle), "a client syncing by modified_after sees the change");
        }
    }

    private void insert(OlderSchema old, String table, String rest, UUID id, String... values) throws SQLException {
        SeededRows.insert(dataSource, old, SEEDED, table, rest, id, values);
    }

    private String row(OlderSchema old, String sql, String table, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(String.format(sql, old.table(table)))) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
