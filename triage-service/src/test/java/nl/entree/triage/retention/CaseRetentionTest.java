package nl.entree.triage.retention;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Region VR12 belongs to this test alone. */
@QuarkusTest
class CaseRetentionTest {

    @Inject
    CaseErasure erasure;

    @Inject
    RetentionConfig config;

    private static final Map<String, Object> DECLINE = Map.of("reason", "Declined: the victim, Robin, is our client");
    private static final Map<String, Object> REASSIGN = Map.of("leadOrganisation", "CSG",
            "reason", "Robin asked for CSG");

    /** A case with free text everywhere: a summary, an incident date, a decline, a reassignment, an outcome. */
    private static String closedCaseFullOfFreeText(String contactId) {
        AssessmentBuilder assessment = AssessmentBuilder.assessment().types("RAPE").region("VR12")
                .incidentDate(LocalDate.now().minusDays(30)).with("summary", "Robin was assaulted at a party.");
        String id = Api.createCase(assessment.asNewCase(java.util.UUID.fromString(contactId)));
        as(Tokens.casemanager("CSG")).body(DECLINE).post("/api/cases/" + id + "/decline").then().statusCode(200);
        as(Tokens.coordinator()).body(REASSIGN).post("/api/cases/" + id + "/reassign").then().statusCode(200);
        Api.accept(id, "CSG").statusCode(200);
        Api.close(id, Tokens.casemanager("CSG"), "Robin was referred to her GP").statusCode(200);
        return id;
    }

    @Test
    void twoYearsAfterClosingOnlyWhatStatisticsNeedIsLeft() {
        String contactId = java.util.UUID.randomUUID().toString();
        String id = closedCaseFullOfFreeText(contactId);
        Instant closedAt = Instant.parse(as(Tokens.coordinator()).get("/api/cases/" + id).then().extract()
                .path("closedAt"));

        // The day before the term ends nothing goes; the job then runs as if two years and a day had passed.
        erasure.eraseClosedBefore(closedAt.minusSeconds(1), Instant.now());
        as(Tokens.coordinator()).get("/api/cases/" + id).then().statusCode(200).body("erasedAt", nullValue());
        int erased = erasure.eraseClosedBefore(closedAt.plusMillis(1), closedAt.plus(731, ChronoUnit.DAYS));
        assertEquals(true, erased >= 1);

        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("erasedAt", notNullValue())
                .body("assessment.summary", nullValue())
                .body("assessment.incidentDate", nullValue())
                .body("outcome", nullValue())
                .body("history.reason", everyItem(nullValue()))
                // What caseloads, norms and monthly counts need stays.
                .body("assessment.timeSinceIncident", equalTo("MORE_THAN_7_DAYS"))
                .body("assessment.incidentTypes", hasItem("RAPE"))
                .body("region", equalTo("VR12"))
                .body("leadOrganisation", equalTo("CSG"))
                .body("caseType", equalTo("CSG_NON_ACUTE"))
                .body("status", equalTo("CLOSED"))
                .body("history.size()", equalTo(5));
        as(Tokens.admin()).get("/api/audit?objectId=" + id).then().statusCode(200)
                .body("findAll { it.action == 'CASE_ERASE' }.actor", hasItem("system:retention"));
    }

    @Test
    void theTermIsTwoYears() {
        assertEquals(Duration.ofDays(730), config.closedCases());
    }

    @Test
    void whatIntakeErasesOfAContactTheCaseForgetsToo() {
        String contactId = java.util.UUID.randomUUID().toString();
        String id = closedCaseFullOfFreeText(contactId);

        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("assessment.summary", equalTo("Robin was assaulted at a party."));
        as(Api.intake()).body(Map.of("contactId", contactId, "scope", "SUMMARY"))
                .post("/api/cases/erasures").then().statusCode(204);
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("assessment.summary", nullValue())
                .body("assessment.incidentDate", notNullValue())
                .body("outcome", equalTo("Robin was referred to her GP"))
                .body("erasedAt", nullValue());

        // On request everything that could identify the person goes at once, however recent the case; twice is fine.
        for (int i = 0; i < 2; i++) {
            as(Api.intake()).body(Map.of("contactId", contactId, "scope", "EVERYTHING"))
                    .post("/api/cases/erasures").then().statusCode(204);
        }
        as(Tokens.coordinator()).get("/api/cases/" + id).then().statusCode(200)
                .body("erasedAt", notNullValue())
                .body("assessment.incidentDate", nullValue())
                .body("outcome", nullValue())
                .body("history.reason", everyItem(nullValue()))
                .body("leadOrganisation", equalTo("CSG"));
    }

    @Test
    void onlyIntakeAsAServiceMayAskForAnErasure() {
        Map<String, Object> body = Map.of("contactId", java.util.UUID.randomUUID().toString(), "scope", "EVERYTHING");
        as(Tokens.casemanager("CSG")).body(body).post("/api/cases/erasures").then().statusCode(403);
        as(Tokens.admin()).body(body).post("/api/cases/erasures").then().statusCode(403);
        as(Api.intake()).body(body).post("/api/cases/erasures").then().statusCode(204);
        as(Api.intake()).body(Map.of("contactId", "x", "scope", "ALL")).post("/api/cases/erasures").then()
                .statusCode(400);
    }

    @Test
    void anotherServiceMayNotEraseACase() {
        String contactId = java.util.UUID.randomUUID().toString();
        String id = closedCaseFullOfFreeText(contactId);
        for (String other : new String[] {"forecast-service", "capacity-service", "test-service"}) {
            as(Tokens.asService().subject(other).sign()).body(Map.of("contactId", contactId, "scope", "EVERYTHING"))
                    .post("/api/cases/erasures").then().statusCode(403).contentType("application/problem+json");
        }
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("erasedAt", nullValue())
                .body("assessment.summary", equalTo("Robin was assaulted at a party."))
                .body("outcome", equalTo("Robin was referred to her GP"));
    }
}
