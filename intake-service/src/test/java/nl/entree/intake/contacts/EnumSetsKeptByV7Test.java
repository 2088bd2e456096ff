package nl.entree.intake.contacts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.db.OlderSchema;

/**
 * V7 turns the comma-separated sets of a contact into arrays. A database that held contacts before it must keep
 * every value, and an empty or missing set must stay empty or missing.
 */
@QuarkusTest
class EnumSetsKeptByV7Test {

    @Inject
    DataSource dataSource;

    @Test
    void contactsStoredBeforeV7KeepTheirIncidentTypesNeedsAndSupporters() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v7", "6")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into %s (id, reference, registered_by, received_at, channel, caller_role,
                            anonymous, incident_types, setting, time_since_incident, acute, victim_age_group, needs,
                            immediate_danger, consent_to_share, status, supporting_organisations, created_at)
                        values (gen_random_uuid(), 'C-2026-000001', 'CSG', now(), 'PHONE', 'VICTIM', true,
                                'ASSAULT,RAPE', 'HOME', 'WITHIN_7_DAYS', true, 'ADULT', 'FORENSIC,MEDICAL', false,
                                false, 'ROUTED', 'SHN,VT', now()),
                               (gen_random_uuid(), 'C-2026-000002', 'CSG', now(), 'CHAT', 'VICTIM', true,
                                'OTHER', 'UNKNOWN', 'UNKNOWN', false, 'UNKNOWN', '', false, false,
                                'RECEIVED', null, now())""".formatted(old.table("contact")));
            }

            old.migrateToLatest();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select incident_types, needs, supporting_organisations from "
                            + old.table("contact") + " order by reference")) {
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
    }

    private static String[] strings(ResultSet rows, int column) throws Exception {
        return (String[]) rows.getArray(column).getArray();
    }
}
