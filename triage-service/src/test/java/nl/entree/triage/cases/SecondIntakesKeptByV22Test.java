package nl.entree.triage.cases;

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

/** A case made before V22 whose person already had a case is still counted as a second intake. */
@QuarkusTest
class SecondIntakesKeptByV22Test {

    @Inject
    DataSource dataSource;

    @Test
    void theLaterOfTwoLinkedCasesStoredBeforeV22IsTheSecondIntake() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v22", "21")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String[] row : List.of(new String[] {"1", "2026-11-02T10:00:00Z"},
                        new String[] {"2", "2026-11-20T10:00:00Z"}, new String[] {"3", "2026-11-25T10:00:00Z"})) {
                    s.executeUpdate("""
                            insert into %s (id, contact_id, reference, registered_by, received_at, status,
                                lead_organisation, priority, emergency, acute, respond_by, rule_set_version,
                                assessment, decision, created_at)
                            values ('00000000-0000-0000-0000-00000000220%s', gen_random_uuid(), 'E-2026-00220%s',
                                'CSG', '%s', 'OFFERED', 'CSG', 'NORMAL', false, false, '%s', 1, '{}', '{}', '%s')"""
                            .formatted(old.table("triage_case"), row[0], row[0], row[1], row[1], row[1]));
                }
                // The first two share the person's link; the third is someone else's.
                s.executeUpdate("insert into " + old.table("case_person_link") + " (case_id, link) values "
                        + "('00000000-0000-0000-0000-000000002201', '1:same'), "
                        + "('00000000-0000-0000-0000-000000002202', '1:same'), "
                        + "('00000000-0000-0000-0000-000000002203', '1:other')");
            }

            old.migrateToLatest();

            List<Boolean> linked = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select linked_to_earlier_case from " + old.table("triage_case")
                            + " where reference like 'E-2026-00220_' order by reference")) {
                while (rows.next()) {
                    linked.add(rows.getBoolean(1));
                }
            }
            assertEquals(List.of(false, true, false), linked);
        }
    }
}
