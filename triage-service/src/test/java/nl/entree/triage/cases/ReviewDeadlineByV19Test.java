package nl.entree.triage.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.db.OlderSchema;

/** A case already in review when V19 came is due by its respondBy, so that it shows in the overdue lists. */
@QuarkusTest
class ReviewDeadlineByV19Test {

    @Inject
    DataSource dataSource;

    @Test
    void aCaseInReviewBeforeV19IsDueByItsRespondBy() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v19", "18")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into %s (id, contact_id, reference, registered_by, received_at, status,
                            lead_organisation, priority, emergency, acute, respond_by, rule_set_version, assessment,
                            decision, created_at)
                        values ('00000000-0000-0000-0000-000000000019', gen_random_uuid(), 'E-2026-000019', 'CSG',
                            '2026-11-29T10:00:00Z', 'NEEDS_REVIEW', null, 'NORMAL', false, false,
                            '2026-11-30T10:00:00Z', 1, '{}', '{}', '2026-11-29T10:00:00Z')"""
                        .formatted(old.table("triage_case")));
            }

            old.migrateToLatest();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select next_due_at = timestamptz '2026-11-30T10:00:00Z' from "
                            + old.table("triage_case") + " where reference = 'E-2026-000019'")) {
                rows.next();
                assertEquals(true, rows.getBoolean(1), "due when the review's term ran out");
            }
        }
    }
}
