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

/** A case made before V23 counts as routed when it was made, so that intake's first pull sees it. */
@QuarkusTest
class RoutingChangedByV23Test {

    @Inject
    DataSource dataSource;

    @Test
    void aCaseStoredBeforeV23ChangedItsRoutingWhenItWasMade() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v23", "22")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String[] row : List.of(new String[] {"1", "CSG", "2026-11-02T10:00:00Z"},
                        new String[] {"2", null, "2026-11-20T10:00:00Z"})) {
                    s.executeUpdate("""
                            insert into %s (id, contact_id, reference, registered_by, received_at, status,
                                lead_organisation, priority, emergency, acute, respond_by, rule_set_version,
                                assessment, decision, created_at)
                            values ('00000000-0000-0000-0000-00000000230%s', gen_random_uuid(), 'E-2026-00230%s',
                                'CSG', '%s', 'OFFERED', %s, 'NORMAL', false, false, '%s', 1, '{}', '{}', '%s')"""
                            .formatted(old.table("triage_case"), row[0], row[0], row[2],
                                    row[1] == null ? "null" : "'" + row[1] + "'", row[2], row[2]));
                }
            }

            old.migrateToLatest();

            List<Boolean> sinceMade = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select routing_changed_at = created_at from "
                            + old.table("triage_case") + " where reference like 'E-2026-00230_' order by reference")) {
                while (rows.next()) {
                    sinceMade.add(rows.getBoolean(1));
                }
            }
            assertEquals(List.of(true, true), sinceMade);
        }
    }
}
