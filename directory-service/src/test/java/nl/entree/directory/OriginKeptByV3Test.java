package nl.entree.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.db.OlderSchema;

/**
 * V3 takes the importer's name out of the origin that GET / shows anyone. A directory imported before V3 must lose
 * the name and keep when it was loaded and whether it must be checked; a seeded one must not change at all.
 */
@QuarkusTest
class OriginKeptByV3Test {

    private static final Instant LOADED = Instant.parse("2026-11-02T09:15:00Z");

    @Inject
    DataSource dataSource;

    @Test
    void anOriginImportedBeforeV3NoLongerNamesTheImporterAndKeepsTheRest() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v3_import", "2")) {
            insertOrigin(old, "import by editor-anna", false, "Geïmporteerd door editor-anna.");

            old.migrateToLatest();

            Origin origin = origin(old);
            assertEquals("import", origin.source());
            assertEquals("Geïmporteerd door de redactie.", origin.note());
            assertFalse(origin.note().contains("editor-anna"));
            assertEquals(LOADED, origin.loadedAt());
            assertFalse(origin.checkBeforeUse());
        }
    }

    @Test
    void aSeededOriginIsLeftAsItWas() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v3_seed", "2")) {
            String note = "Seed uit data/directory-facts.json: controleer vóór gebruik.";
            insertOrigin(old, "seed", true, note);

            old.migrateToLatest();

            assertEquals(new Origin("seed", LOADED, true, note), origin(old));
        }
    }

    private record Origin(String source, Instant loadedAt, boolean checkBeforeUse, String note) {
    }

    /** A row as V2's schema allowed it, written before V3 ran. */
    private void insertOrigin(OlderSchema old, String source, boolean checkBeforeUse, String note) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into " + old.table("directory_origin")
                        + " (id, source, loaded_at, check_before_use, note) values (1, ?, ?, ?, ?)")) {
            insert.setString(1, source);
            insert.setObject(2, LOADED.atOffset(ZoneOffset.UTC));
            insert.setBoolean(3, checkBeforeUse);
            insert.setString(4, note);
            assertEquals(1, insert.executeUpdate());
        }
    }

    private Origin origin(OlderSchema old) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select source, loaded_at, check_before_use, note from "
                        + old.table("directory_origin"))) {
            assertTrue(rows.next(), "the origin is still there");
            Origin origin = new Origin(rows.getString(1),
                    rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getBoolean(3),
                    rows.getString(4));
            assertFalse(rows.next(), "one origin only");
            return origin;
        }
    }
}
