package nl.entree.triage.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.db.OlderSchema;

/**
 * A supporter became a row with a state of its own (V12). A case's supporters stored in the old join table must still
 * support it, since the day the case was made, and V11's escalations must read as escalations.
 */
@QuarkusTest
class SupportersKeptByV12Test {

    @Inject
    DataSource dataSource;

    @Test
    void theSupportersOfACaseStoredBeforeV12StillSupportItSinceItWasMade() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v12", "11")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into %s (id, contact_id, reference, registered_by, received_at, status,
                            lead_organisation, priority, emergency, acute, respond_by, rule_set_version, assessment,
                            decision, created_at)
                        values ('00000000-0000-0000-0000-000000000012', gen_random_uuid(), 'E-2026-000012', 'CSG',
                            now(), 'OFFERED', 'CSG', 'NORMAL', false, false, now(), 1, '{}', '{}',
                            '2026-11-30T10:00:00Z')""".formatted(old.table("triage_case")));
                s.executeUpdate("insert into %s (case_id, organisation) values "
                        .formatted(old.table("case_supporting_organisation"))
                        + "('00000000-0000-0000-0000-000000000012', 'SHN'), "
                        + "('00000000-0000-0000-0000-000000000012', 'FIER')");
                s.executeUpdate("""
                        insert into %s (case_id, at, actor, from_status, to_status, reason)
                        values ('00000000-0000-0000-0000-000000000012', now(), 'triage-service', 'OFFERED', 'OFFERED',
                            'Niet geaccepteerd')""".formatted(old.table("case_transition")));
            }

            old.migrateToLatest();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rows = s.executeQuery("select organisation, added_at = timestamptz '2026-11-30T10:00:00Z', acknowledged_at from "
                        + old.table("case_supporter") + " order by organisation")) {
                    rows.next();
                    assertEquals("FIER", rows.getString(1));
                    assertEquals(true, rows.getBoolean(2), "since the case was made");
                    rows.next();
                    assertEquals("SHN", rows.getString(1));
                    assertEquals(null, rows.getString(3), "not acknowledged: nobody was asked yet");
                    assertFalse(rows.next());
                }
                try (ResultSet rows = s.executeQuery("select event from " + old.table("case_transition"))) {
                    rows.next();
                    assertEquals("ESCALATED", rows.getString(1));
                }
            }
        }
    }
}
