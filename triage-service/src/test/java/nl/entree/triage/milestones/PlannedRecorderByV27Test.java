package nl.entree.triage.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.db.OlderSchema;

/** Milestones laid out before V27 keep the recorder their own plan version names, as new ones get it. */
@QuarkusTest
class PlannedRecorderByV27Test {

    @Inject
    DataSource dataSource;

    @Test
    void aMilestoneStoredBeforeV27IsRecordedByTheOrganisationItsPlanNames() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v27", "26")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into %s (version, document, active, published_at, published_by)
                        values (2, '{"description": "Test plan", "caseTypes": {"CSG_NON_ACUTE": [
                            {"code": "FIRST_CALL", "name": "Eerste gesprek", "from": "ACCEPTANCE", "term": "P5D",
                             "basis": "ASSUMPTION", "source": "Test"},
                            {"code": "LEGAL_ADVICE", "name": "Juridisch advies", "from": "ACCEPTANCE", "term": "P14D",
                             "recordedBy": "SHN", "basis": "ASSUMPTION", "source": "Test"}]}}',
                            false, '2026-12-05T00:00:00Z', 'test')""".formatted(old.table("milestone_plan")));
                s.executeUpdate("""
                        insert into %s (id, contact_id, reference, registered_by, received_at, status,
                            lead_organisation, case_type, priority, emergency, acute, respond_by, rule_set_version,
                            assessment, decision, created_at, routing_changed_at)
                        values ('00000000-0000-0000-0000-000000000027', gen_random_uuid(), 'E-2026-000027', 'CSG',
                            '2026-12-05T10:00:00Z', 'ACCEPTED', 'CSG', 'CSG_NON_ACUTE', 'NORMAL', false, false,
                            '2026-12-10T10:00:00Z', 1, '{}', '{}', '2026-12-05T10:00:00Z', '2026-12-05T10:00:00Z')"""
                        .formatted(old.table("triage_case")));
                s.executeUpdate("""
                        insert into %s (case_id, plan_version, case_type, code, position)
                        values ('00000000-0000-0000-0000-000000000027', 2, 'CSG_NON_ACUTE', 'FIRST_CALL', 0),
                            ('00000000-0000-0000-0000-000000000027', 2, 'CSG_NON_ACUTE', 'LEGAL_ADVICE', 1)"""
                        .formatted(old.table("case_milestone")));
            }

            old.migrateToLatest();

            List<String> recorders = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select coalesce(planned_recorder, 'the lead') from "
                            + old.table("case_milestone") + " where case_id = '00000000-0000-0000-0000-000000000027' "
                            + "order by position")) {
                while (rows.next()) {
                    recorders.add(rows.getString(1));
                }
            }
            assertEquals(List.of("the lead", "SHN"), recorders);
        }
    }
}
