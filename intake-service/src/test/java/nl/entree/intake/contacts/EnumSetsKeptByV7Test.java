package nl.entree.intake.contacts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * V7 turns the comma-separated sets of a contact into arrays. A database that held contacts before it must keep
 * every value, and an empty or missing set must stay empty or missing: migrated here in a schema of its own, up to
 * V6, given two contacts, then on. Its tables are named with their schema: a pooled connection must not keep
 * another search path.
 */
@QuarkusTest
class EnumSetsKeptByV7Test {

    private static final String SCHEMA = "before_v7";

    @Inject
    DataSource dataSource;

    @Test
    void contactsStoredBeforeV7KeepTheirIncidentTypesNeedsAndSupporters() throws Exception {
        try {
            flyway("6").migrate();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into before_v7.contact (id, reference, registered_by, received_at, channel, caller_role,
                            anonymous, incident_types, setting, time_since_incident, acute, victim_age_group, needs,
                            immediate_danger, consent_to_share, status, supporting_organisations, created_at)
                        values (gen_random_uuid(), 'C-2026-000001', 'CSG', now(), 'PHONE', 'VICTIM', true,
                                'ASSAULT,RAPE', 'HOME', 'WITHIN_7_DAYS', true, 'ADULT', 'FORENSIC,MEDICAL', false,
                                false, 'ROUTED', 'SHN,VT', now()),
                               (gen_random_uuid(), 'C-2026-000002', 'CSG', now(), 'CHAT', 'VICTIM', true,
                                'OTHER', 'UNKNOWN', 'UNKNOWN', false, 'UNKNOWN', '', false, false,
                                'RECEIVED', null, now())""");
            }

            flyway(null).migrate();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rows = s.executeQuery("""
                        select incident_types, needs, supporting_organisations
                        from before_v7.contact order by reference""")) {
                    rows.next();
                    assertArrayEquals(new String[] {"ASSAULT", "RAPE"}, strings(rows, 1));
                    assertArrayEquals(new String[] {"FORENSIC", "MEDICAL"}, strings(rows, 2));
                    assertArrayEquals(new String[] {"SHN", "VT"}, strings(rows, 3));
                    rows.next();
                    assertArrayEquals(new String[] {"OTHER"}, strings(rows, 1));
                    assertArrayEquals(new String[0], strings(rows, 2));
                    assertNull(rows.getArray(3));
                }
            }
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    private static String[] strings(ResultSet rows, int column) throws Exception {
        return (String[]) rows.getArray(column).getArray();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
