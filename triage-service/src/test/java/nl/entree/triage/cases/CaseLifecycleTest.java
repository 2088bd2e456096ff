package nl.entree.triage.cases;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static nl.entree.triage.Api.atOnce;
import static nl.entree.triage.Api.close;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

@QuarkusTest
class CaseLifecycleTest {

    @Inject
    AgroalDataSource db;

    /** Sexual violence long ago: CSG leads, SHN supports (legal need). */
    private static String csgCase() {
        return Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR13"));
    }

    @Test
    void theLeadAcceptsAndClosesAndTheCaseTellsItsStory() {
        String id = csgCase();
        accept(id, "CSG").statusCode(200)
                .header("Cache-Control", "no-store")
                .body("status", equalTo("ACCEPTED"))
                .body("acceptedAt", notNullValue())
                .body("overdue", equalTo(false));
        close(id, Tokens.casemanager("CSG"), "Psycho-education given; referred to GP").statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("Psycho-education given; referred to GP"))
                .body("closedAt", notNullValue());

        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("history", hasSize(3))
                .body("history.toStatus", contains("OFFERED", "ACCEPTED", "CLOSED"))
                .body("history.fromStatus", contains(null, "OFFERED", "ACCEPTED"))
                .body("history[0].reason", org.hamcrest.Matchers.containsString("rule set 1"))
                .body("history[1].actorOrganisation", equalTo("CSG"))
                .body("history[2].reason", equalTo("Psycho-education given; referred to GP"));
    }

    @Test
    void anotherOrganisationsCaseIsNotFound() {
        String id = csgCase();
        accept(id, "FIER").statusCode(404).contentType("application/problem+json");
        as(Tokens.casemanager("FIER")).get("/api/cases/" + id).then().statusCode(404);
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200).body("status", equalTo("OFFERED"));
    }

    @Test
    void aSupportingOrganisationSeesTheCaseButCannotAcceptIt() {
        String id = csgCase();
        as(Tokens.casemanager("SHN")).get("/api/cases/" + id).then()
                .statusCode(200).body("supportingOrganisations", contains("SHN"));
        accept(id, "SHN").statusCode(403);
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().body("status", equalTo("OFFERED"));
    }

    @Test
    void closingACaseThatIsOnlyOfferedIsAConflict() {
        String id = csgCase();
        close(id, Tokens.casemanager("CSG"), "done").statusCode(409).contentType("application/problem+json");
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().body("status", equalTo("OFFERED"));
    }

    @Test
    void acceptingTwiceIsAConflict() {
        String id = csgCase();
        accept(id, "CSG").statusCode(200);
        accept(id, "CSG").statusCode(409);
    }

    @Test
    void aDoubleClickedAcceptAcceptsOnceAndTellsTheOtherClicksWhy() throws Exception {
        String id = csgCase();
        List<Integer> statuses = atOnce(Collections.nCopies(6, () -> accept(id, "CSG").extract().statusCode()));

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then()
                .body("status", equalTo("ACCEPTED"))
                .body("history.toStatus", contains("OFFERED", "ACCEPTED"));
    }

    @Test
    void anAcceptWhileACoordinatorReassignsEndsWithTheCoordinatorsDecision() throws Exception {
        String id = csgCase();
        List<Integer> statuses = atOnce(List.of(
                () -> accept(id, "CSG").extract().statusCode(),
                () -> as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "legal need first"))
                        .post("/api/cases/" + id + "/reassign").then().extract().statusCode()));

        // Whichever came first, the reassignment stands: after an accept it moves the case on; before it, CSG is no
        // longer involved and is told, as for any case it may not see, that there is no such case.
        assertEquals(200, statuses.get(1), statuses.toString());
        assertTrue(statuses.get(0) == 200 || statuses.get(0) == 404, statuses.toString());
        as(Tokens.coordinator()).get("/api/cases/" + id).then()
                .body("status", equalTo("OFFERED"))
                .body("leadOrganisation", equalTo("SHN"));
    }

    @Test
    void closingNeedsAnOutcome() {
        String id = csgCase();
        accept(id, "CSG").statusCode(200);
        close(id, Tokens.casemanager("CSG"), " ").statusCode(400).body("violations.field", hasItem("outcome"));
    }

    @Test
    void aClosedCaseCannotBeAcceptedDeclinedOrReassigned() {
        String id = csgCase();
        accept(id, "CSG").statusCode(200);
        close(id, Tokens.casemanager("CSG"), "done").statusCode(200);
        accept(id, "CSG").statusCode(409);
        as(Tokens.casemanager("CSG")).body(Map.of("reason", "x")).post("/api/cases/" + id + "/decline").then()
                .statusCode(409);
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "x"))
                .post("/api/cases/" + id + "/reassign").then().statusCode(409);
    }

    @Test
    void declineNeedsAReasonAndSendsTheCaseToCoordinators() {
        String id = csgCase();
        as(Tokens.casemanager("CSG")).body(Map.of()).post("/api/cases/" + id + "/decline").then()
                .statusCode(400).body("violations.field", hasItem("reason"));
        as(Tokens.casemanager("CSG")).body(Map.of("reason", "Outside our remit: legal support only"))
                .post("/api/cases/" + id + "/decline").then()
                .statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW"))
                .body("leadOrganisation", nullValue())
                .body("decision.leadOrganisation", equalTo("CSG"));
        as(Tokens.coordinator()).get("/api/cases?status=NEEDS_REVIEW&region=VR13&size=200").then()
                .statusCode(200).body("items.id", hasItem(id));
        as(Tokens.coordinator()).get("/api/cases/" + id).then()
                .body("history[1].fromLead", equalTo("CSG"))
                .body("history[1].toStatus", equalTo("NEEDS_REVIEW"))
                .body("history[1].reason", equalTo("Outside our remit: legal support only"));
    }

    @Test
    void aCoordinatorReassignsWithAReasonAndTheNewLeadAccepts() {
        String id = csgCase();
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN")).post("/api/cases/" + id + "/reassign")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "caseType", "CSG_ACUTE", "reason", "x"))
                .post("/api/cases/" + id + "/reassign").then()
                .statusCode(400).body("violations.field", hasItem("caseType"));
        as(Tokens.casemanager("CSG")).body(Map.of("leadOrganisation", "SHN", "reason", "x"))
                .post("/api/cases/" + id + "/reassign").then().statusCode(403);

        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "Victim asked for legal support first"))
                .post("/api/cases/" + id + "/reassign").then()
                .statusCode(200)
                .body("status", equalTo("OFFERED"))
                .body("leadOrganisation", equalTo("SHN"))
                .body("caseType", equalTo("SHN_SUPPORT"))
                .body("supportingOrganisations", org.hamcrest.Matchers.empty());
        accept(id, "CSG").statusCode(404);
        accept(id, "SHN").statusCode(200).body("status", equalTo("ACCEPTED"));
        as(Tokens.coordinator()).get("/api/cases/" + id).then()
                .body("history[1].fromLead", equalTo("CSG"))
                .body("history[1].toLead", equalTo("SHN"))
                .body("history[1].reason", equalTo("Victim asked for legal support first"));
    }

    @Test
    void aCaseNobodyAcceptedByItsDeadlineIsOverdue() {
        String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("WITHIN_7_DAYS")
                .receivedAt(java.time.Instant.now().minusSeconds(3 * 3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().body("overdue", equalTo(true));
        as(Tokens.casemanager("CSG")).get("/api/cases?overdue=true&size=200").then().body("items.id", hasItem(id));
        // Accepting ends the offer, not the acute response the offer was for: that stays late until it is recorded.
        accept(id, "CSG").statusCode(200).body("overdue", equalTo(true))
                .body("milestones[0].code", equalTo("ACUTE_RESPONSE"));
        as(Tokens.casemanager("CSG")).body(Map.of("doneOn", java.time.LocalDate.now(java.time.ZoneId.of(
                "Europe/Amsterdam")).toString())).post("/api/cases/" + id + "/milestones/ACUTE_RESPONSE").then()
                .statusCode(200).body("overdue", equalTo(false));
    }

    @Test
    void everyReadAndChangeIsAudited() throws SQLException {
        String id = csgCase();
        String reference = as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .extract().path("reference");
        as(Tokens.casemanager("FIER")).get("/api/cases/" + id).then().statusCode(404);
        as(Tokens.casemanager("CSG")).get("/api/cases?reference=" + reference).then().statusCode(200)
                .body("items.id", contains(id));
        accept(id, "CSG").statusCode(200);
        close(id, Tokens.casemanager("CSG"), "done").statusCode(200);
        accept(id, "CSG").statusCode(409);

        List<String> records = auditRecords(id);
        // CASE_REGIONAL_SERVICE: triage itself recorded the case's regional service from the directory.
        assertEquals(List.of("CASE_CREATE OK null", "CASE_REGIONAL_SERVICE OK null", "CASE_READ OK CSG",
                "CASE_READ NOT_FOUND FIER", "CASE_LIST OK CSG",
                "CASE_ACCEPT OK CSG", "CASE_CLOSE OK CSG", "CASE_ACCEPT CONFLICT CSG"), records);
    }

    @Test
    void whoIsInvolvedIsAnsweredWithoutTheCaseAndAuditedAsAnAccessCheckNotARead() throws SQLException {
        String id = csgCase();
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id + "/parties").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", equalTo(id))
                .body("status", equalTo("OFFERED"))
                .body("leadOrganisation", equalTo("CSG"))
                .body("caseType", equalTo("CSG_NON_ACUTE"))
                .body("assessment", nullValue())
                .body("history", nullValue());
        as(Tokens.casemanager("FIER")).get("/api/cases/" + id + "/parties").then().statusCode(404)
                .contentType("application/problem+json");

        assertEquals(List.of("CASE_ACCESS_CHECK OK CSG", "CASE_ACCESS_CHECK NOT_FOUND FIER"),
                auditRecords(id).stream().filter(r -> !r.endsWith(" null")).toList());
    }

    @Test
    void aCaseReadRefusedForATokenWithoutAKnownOrganisationIsAuditedToo() throws SQLException {
        String id = csgCase();
        as(Tokens.casemanager("XYZ")).get("/api/cases/" + id).then().statusCode(403)
                .contentType("application/problem+json");

        assertEquals(List.of("CASE_READ FORBIDDEN"), auditRecords(id).stream().filter(r -> r.startsWith("CASE_READ "))
                .map(r -> r.substring(0, r.lastIndexOf(' '))).toList());
    }

    /** The case's audit records, oldest first, each as "action result actor_org". */
    private List<String> auditRecords(String id) throws SQLException {
        List<String> records = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select action, result, actor_org from audit_record where object_id = ? order by id")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    records.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return records;
    }

    @Test
    void anAdminReadsWhoHasSeenACaseAndThatReadIsAuditedToo() {
        String id = csgCase();
        String reader = Tokens.as("casemanager").org("CSG").subject("cm-audit-reader").sign();
        as(reader).get("/api/cases/" + id).then().statusCode(200);

        as(Tokens.admin()).get("/api/audit?objectId=" + id).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("action", contains("CASE_CREATE", "CASE_REGIONAL_SERVICE", "CASE_READ"))
                .body("[1].actor", equalTo("system:regional-service-resolver"))
                .body("[2].actor", equalTo("cm-audit-reader"))
                .body("[2].actorOrganisation", equalTo("CSG"))
                .body("[2].actorRole", equalTo("casemanager"))
                .body("[2].result", equalTo("OK"));
        as(Tokens.admin()).get("/api/audit?objectId=" + id).then().statusCode(200)
                .body("action", contains("CASE_CREATE", "CASE_REGIONAL_SERVICE", "CASE_READ", "AUDIT_READ"))
                .body("[3].objectType", equalTo("audit-trail"));

        as(Tokens.coordinator()).get("/api/audit?objectId=" + id).then().statusCode(403);
        as(Tokens.admin()).get("/api/audit").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("objectId"));
    }

    @Test
    void aMissingCaseIsNotFound() {
        as(Tokens.coordinator()).get("/api/cases/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCaseAddressThatIsNoIdNamesThePart() {
        as(Tokens.coordinator()).get("/api/cases/GE-2026-1").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("id"))
                .body("violations.message", contains("must be a UUID"));
        as(Tokens.casemanager("CSG")).post("/api/cases/12345/accept").then()
                .statusCode(400).body("violations.field", contains("id"));
    }
}
