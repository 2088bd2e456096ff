package nl.entree.intake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import nl.entree.common.audit.AuditChain;
import nl.entree.common.audit.ChainReport;
import nl.entree.support.db.DatabaseSettings;
import nl.entree.support.db.TestDatabase;

/** The records intake wrote before the chain existed are chained by migration V2 exactly as common's Java does. */
class AuditMigrationTest {

    @Test
    void recordsWrittenBeforeTheChainAreChainedSoThatAnEditShows() throws SQLException, IOException {
        DatabaseSettings db = TestDatabase.settingsFor("intake_audit_migration");
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement s = c.createStatement()) {
            s.execute("drop schema public cascade; create schema public");
            s.execute(migration("V1__intake.sql"));
            s.execute("""
                    insert into audit_record (at, subject, organisation, action, object_type, object_id, result) values
                    ('2025-03-01 10:00:00.123456+00', 'cm-csg-1', 'CSG', 'CREATE', 'contact', 'c-1', 'OK'),
                    ('2025-03-01 10:00:01+00', 'system:outbox-relay', null, 'ROUTE', 'contact', 'c-1', 'OK'),
                    ('2025-03-02 09:30:00.5+01', 'cm-één', 'FIER', 'READ', 'contact', null, 'NOT_FOUND')""");
            s.execute(migration("V2__audit_chain.sql"));

            ChainReport report = AuditChain.verify(c);
            assertTrue(report.intact(), () -> "broken: " + report.firstBrokenLink());
            assertEquals(3, report.recordsChecked());

            s.execute("update audit_record set result = 'OK' where actor = 'cm-één'");
            ChainReport edited = AuditChain.verify(c);
            assertFalse(edited.intact());
            assertEquals(3, edited.firstBrokenLink().recordId());
        }
    }

    /** The script as Flyway runs it; the driver sends it whole, dollar-quoted blocks included. */
    private static String migration(String name) throws IOException {
        try (InputStream in = AuditMigrationTest.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
