package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.directory.hsds.Phone;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Service;
import nl.entree.support.db.OlderSchema;

/**
 * V7 gives CSG's number for professionals, in a directory seeded before it, the unknown hours a new seed gives it,
 * and leaves the number alone once an editor has changed it.
 */
@QuarkusTest
class ProfessionalsLineByV7Test {

    private static final Instant SEEDED = Instant.parse("2026-11-20T08:00:00Z");
    private static final String CSG_LINE = "663605dc-9a9f-327c-8c20-03b885cb3f27";
    private static final String PROFESSIONALS = "9cd53d13-49b5-3a8d-a138-f97876750e75";
    private static final String SEED_NOTE = "Seed uit data/directory-facts.json: controleer vóór gebruik.";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void aDirectorySeededBeforeGetsTheSameNumberANewSeedGivesAndAnEditorsCorrectionStays() throws Exception {
        Service fresh = json.readValue(given().when().get("/services/" + CSG_LINE).then().statusCode(200).extract()
                .asString(), Service.class);
        Phone seededNow = fresh.phones().stream().filter(p -> PROFESSIONALS.equals(p.id())).findFirst().orElseThrow();
        Phone seededBefore = new Phone(seededNow.id(), seededNow.number(), seededNow.type(), seededNow.description(),
                asSeededBefore(seededNow.provenance()));
        Phone corrected = new Phone(PROFESSIONALS, "0800-0188", "voice", "Voor professionals",
                new Provenance("https://example.org/checked-by-phone", null, true, null, null, null, null, null));
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v7", "6")) {
            UUID org = UUID.randomUUID();
            UUID line = UUID.fromString(CSG_LINE);
            UUID editedLine = UUID.randomUUID();
            insert(old, "organization", "(id, code, name, last_modified, document) values (?, 'CSG', 'CSG', ?, "
                    + "?::jsonb)", org, "{}");
            insert(old, "service", "(id, organization_id, name, status, search_text, last_modified, document, version)"
                    + " values (?, '" + org + "', 'CSG – telefoon', 'active', 'csg', ?, ?::jsonb, 2)", line,
                    "{\"phones\": " + json.writeValueAsString(List.of(fresh.phones().get(0), seededBefore)) + "}");
            insert(old, "service", "(id, organization_id, name, status, search_text, last_modified, document, version)"
                    + " values (?, '" + org + "', 'CSG – telefoon (gecorrigeerd)', 'active', 'csg', ?, ?::jsonb, 5)",
                    editedLine, "{\"phones\": " + json.writeValueAsString(List.of(corrected)) + "}");

            old.migrateToLatest();

            Phone migrated = json.readValue(row(old, "select document -> 'phones' ->> 1 from %s where id = ?", line),
                    Phone.class);
            assertTrue(migrated.provenance().unknown().contains("schedules"), migrated.toString());
            assertTrue(migrated.provenance().note().contains("Uren volgens de bron: kantoortijden."),
                    migrated.toString());
            assertEquals(seededNow, migrated, "as a directory seeded now has it");
            assertEquals(fresh.phones().get(0), json.readValue(row(old, "select document -> 'phones' ->> 0 from %s "
                    + "where id = ?", line), Phone.class), "the public's 24/7 number is left as it was");
            assertEquals("3|true", row(old, "select version || '|' || (last_modified > '" + SEEDED + "')::text "
                    + "from %s where id = ?", line), "a client syncing by modified_after sees the change");
            assertEquals(corrected, json.readValue(row(old, "select document -> 'phones' ->> 0 from %s where id = ?",
                    editedLine), Phone.class));
            assertEquals("5", row(old, "select version::text from %s where id = ?", editedLine));
        }
    }

    /** The provenance the seed gave this number before: the seed's note alone, and its hours not named unknown. */
    private static Provenance asSeededBefore(Provenance now) {
        return new Provenance(now.source(), now.quote(), now.verified(), now.verifiedOn(), now.checkBeforeUse(),
                SEED_NOTE, now.caution(), now.unknown().stream().filter(u -> !"schedules".equals(u)).toList());
    }

    private void insert(OlderSchema old, String table, String rest, UUID id, String... values) throws SQLException {
        SeededRows.insert(dataSource, old, SEEDED, table, rest, id, values);
    }

    private String row(OlderSchema old, String sql, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(String.format(sql, old.table("service")))) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
