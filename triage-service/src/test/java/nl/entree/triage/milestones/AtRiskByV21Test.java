package nl.entree.triage.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.db.OlderSchema;

/** Acute responses laid out before V21 are at risk from the middle of their hour, as new ones are. */
@QuarkusTest
class AtRiskByV21Test {

    @Inject
    DataSource dataSource;

    @Test
    void anAcuteResponseStoredBeforeV21IsNoLongerAtRiskFromItsFirstMinute() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v21", "20")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into %s (id, contact_id, reference, registered_by, received_at, status,
                            lead_organisation, case_type, priority, emergency, acute, respond_by, rule_set_version,
                            assessment, decision, created_at, next_due_at, at_risk_from)
                        values ('00000000-0000-0000-0000-000000000021', gen_random_uuid(), 'E-2026-000021', 'CSG',
                            '2026-12-01T10:00:00Z', 'OFFERED', 'CSG', 'CSG_ACUTE', 'ACUTE', false, true,
                            '2026-12-01T11:00:00Z', 1, '{}', '{}', '2026-12-01T10:00:00Z',
                            '2026-12-01T11:00:00Z', '2026-11-30T11:00:00Z')"""
                        .formatted(old.table("triage_case")));
                s.executeUpdate("""
                        insert into %s (case_id, plan_version, case_type, code, position, due_at, at_risk_from)
                        values ('00000000-0000-0000-0000-000000000021', 1, 'CSG_ACUTE', 'ACUTE_RESPONSE', 0,
                            '2026-12-01T11:00:00Z', '2026-11-30T11:00:00Z'),
                            ('00000000-0000-0000-0000-000000000021', 1, 'CSG_ACUTE', 'WATCHFUL_WAITING_CHECK_IN', 1,
                            null, null)""".formatted(old.table("case_milestone")));
            }

            old.migrateToLatest();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select m.at_risk_from = timestamptz '2026-12-01T10:30:00Z', "
                            + "t.at_risk_from = timestamptz '2026-12-01T10:30:00Z' from "
                            + old.table("case_milestone") + " m join " + old.table("triage_case")
                            + " t on t.id = m.case_id where m.code = 'ACUTE_RESPONSE'")) {
                rows.next();
                assertEquals(true, rows.getBoolean(1), "the milestone at risk from the middle of its hour");
                assertEquals(true, rows.getBoolean(2), "the case at risk from then too");
            }
        }
    }
}
