package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.db.OlderSchema;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * A case's assessment and decision are jsonb (V10), written by common's JsonbFormat. V10 turns them from text into
 * jsonb. A case stored before it must keep both whole.
 */
@QuarkusTest
class CaseJsonKeptByV10Test {

    @Inject
    DataSource dataSource;

    @Test
    void aCaseStoredBeforeV10KeepsItsAssessmentAndDecision() throws Exception {
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v10", "9")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into %s (id, contact_id, reference, registered_by, received_at, status,
                            lead_organisation, priority, emergency, acute, respond_by, rule_set_version, assessment,
                            decision, created_at)
                        values (gen_random_uuid(), gen_random_uuid(), 'E-2026-000010', 'CSG', now(), 'OFFERED', 'VT',
                            'NORMAL', false, false, now(), 1,
                            '{"channel":"PHONE","incidentTypes":["RAPE"],"receivedAt":"2026-11-30T10:00:00Z"}',
                            '{"leadOrganisation":"VT","matchedRules":["home"]}', now())""".formatted(
                        old.table("triage_case")));
            }

            old.migrateToLatest();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("""
                            select pg_typeof(assessment)::text, assessment->>'channel',
                                   assessment->'incidentTypes'->>0, assessment->>'receivedAt',
                                   decision->>'leadOrganisation', decision->'matchedRules'->>0
                            from %s""".formatted(old.table("triage_case")))) {
                rows.next();
                assertEquals("jsonb", rows.getString(1));
                assertEquals("PHONE", rows.getString(2));
                assertEquals("RAPE", rows.getString(3));
                assertEquals("2026-11-30T10:00:00Z", rows.getString(4));
                assertEquals("VT", rows.getString(5));
                assertEquals("home", rows.getString(6));
            }
        }
    }

    @Test
    void aCaseStoredNowHoldsItsDatesAsIsoTextThatSqlCanRead() throws Exception {
        Map<String, Object> body = AssessmentBuilder.assessment().types("RAPE").timing("WITHIN_7_DAYS")
                .region("VR05").asNewCase();
        String id = as(Api.intake()).body(body).post("/api/cases").then().statusCode(201).extract().path("caseId");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select assessment->>'receivedAt', decision->>'respondBy' "
                        + "from triage_case where id = '" + UUID.fromString(id) + "'")) {
            rows.next();
            assertEquals(Instant.parse(rows.getString(1)).toString(), rows.getString(1));
            assertEquals(Instant.parse(rows.getString(2)).toString(), rows.getString(2));
        }
    }
}
