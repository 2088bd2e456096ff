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

/** The history reasons triage wrote in Dutch before V26 read as the English it writes now, the user's own kept. */
@QuarkusTest
class HistoryReasonsInEnglishByV26Test {

    private static final String CASE = "00000000-0000-0000-0000-000000002601";

    @Inject
    DataSource dataSource;

    @Test
    void theEscalationAndAReferralTakenOverReadInEnglishAndACasemanagersReasonStays() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v26", "25")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into %s (id, contact_id, reference, registered_by, received_at, status,
                            lead_organisation, priority, emergency, acute, respond_by, rule_set_version,
                            assessment, decision, created_at, routing_changed_at)
                        values ('%s', gen_random_uuid(), 'E-2026-002601', 'CSG', '2026-11-02T10:00:00Z', 'ACCEPTED',
                            'CSG', 'NORMAL', false, false, '2026-11-03T10:00:00Z', 1, '{}', '{}',
                            '2026-11-02T10:00:00Z', '2026-11-02T10:00:00Z')"""
                        .formatted(old.table("triage_case"), CASE));
                String transition = "insert into " + old.table("case_transition")
                        + " (case_id, at, actor, to_status, event, reason) values ('" + CASE + "', '%s', 'x', "
                        + "'ACCEPTED', %s, '%s')";
                s.executeUpdate(transition.formatted("2026-11-03T10:00:00Z", "'ESCALATED'",
                        "Niet geaccepteerd binnen de reactietermijn: geëscaleerd naar de coördinatoren"));
                s.executeUpdate(transition.formatted("2026-11-04T10:00:00Z", "'REFERRAL_TAKEN_OVER'",
                        "Doorverwijzing PERSPECTIEF_HERSTELBEMIDDELING (gevraagd 01-10-2026) van FIER overgenomen "
                                + "door CSG: FIER werkt niet meer aan de zaak"));
                s.executeUpdate(transition.formatted("2026-11-05T10:00:00Z", "null",
                        "Doorverwijzing besproken met de cliënt"));
            }

            old.migrateToLatest();

            List<String> reasons = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select reason from " + old.table("case_transition")
                            + " where case_id = '" + CASE + "' order by at")) {
                while (rows.next()) {
                    reasons.add(rows.getString(1));
                }
            }
            assertEquals(List.of("Not accepted within the response time: escalated to the coordinators.",
                    "Referral PERSPECTIEF_HERSTELBEMIDDELING (asked 2026-10-01) by FIER taken over by CSG: FIER no "
                            + "longer works on the case.",
                    "Doorverwijzing besproken met de cliënt"), reasons);
        }
    }
}
