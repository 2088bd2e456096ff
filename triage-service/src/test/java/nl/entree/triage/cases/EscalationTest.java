package nl.entree.triage.cases;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * An offer not accepted by its respondBy goes to the coordinators' queue by itself. The schedule is off in tests, so
 * each test runs it once as the schedule would. Region VR16 belongs to this test alone.
 */
@QuarkusTest
class EscalationTest {

    @Inject
    OfferEscalation escalation;

    /** Acute rape three hours ago: CSG was to respond within the hour. */
    private static String lateAcuteCase() {
        return Api.createCase(AssessmentBuilder.assessment().region("VR16").types("RAPE").timing("WITHIN_7_DAYS")
                .receivedAt(Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
    }

    private static List<String> escalated() {
        return as(Tokens.coordinator()).get("/api/cases?escalated=true&region=VR16&size=200").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void anOfferNotAcceptedInTimeEscalatesOnceWithItsReasonAndTheLeadMayStillAcceptIt() {
        String late = lateAcuteCase();
        String onTime = Api.createCase(AssessmentBuilder.assessment().region("VR16").types("RAPE")
                .timing("MORE_THAN_7_DAYS"));
        escalation.escalateLateOffers();
        escalation.escalateLateOffers();

        assertEquals(true, escalated().contains(late));
        assertEquals(false, escalated().contains(onTime));
        List<Map<String, Object>> history = as(Tokens.coordinator()).get("/api/cases/" + late).then()
                .statusCode(200).body("status", equalTo("OFFERED")).body("leadOrganisation", equalTo("CSG"))
                .body("escalatedAt", notNullValue())
                .extract().path("history");
        assertEquals(2, history.size(), "escalated once: " + history);
        assertEquals(CaseService.ESCALATION_REASON, history.get(1).get("reason"));
        assertEquals(CaseService.SYSTEM, history.get(1).get("actor"));
        as(Tokens.coordinator()).get("/api/cases?escalated=true&region=VR16&size=200").then()
                .body("items.find { it.id == '" + late + "' }.escalatedAt", notNullValue());

        accept(late, "CSG").statusCode(200).body("escalatedAt", nullValue());
        assertEquals(false, escalated().contains(late));
    }

    @Test
    void aCoordinatorsReassignmentAnswersTheEscalationAndTheKeptDeadlineDoesNotEscalateAgain() {
        String late = lateAcuteCase();
        escalation.escalateLateOffers();
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "CSG niet bereikbaar"))
                .post("/api/cases/" + late + "/reassign").then().statusCode(200)
                .body("escalatedAt", nullValue())
                .body("overdue", equalTo(true));
        escalation.escalateLateOffers();
        as(Tokens.coordinator()).get("/api/cases?escalated=true&region=VR16&size=200").then()
                .body("items.id", not(hasItem(late)));
        as(Tokens.coordinator()).get("/api/cases?overdue=true&region=VR16&size=200").then()
                .body("items.id", hasItem(late));
        as(Tokens.coordinator()).get("/api/cases?escalated=maybe").then().statusCode(400)
                .body("violations.field", hasItem("escalated"));
    }

    @Test
    void aLateCaseReassignedFromReviewBeforeItEscalatedDoesNotEscalateAfterwards() {
        String late = lateAcuteCase();
        as(Tokens.casemanager("CSG")).body(Map.of("reason", "Niet onze regio")).post("/api/cases/" + late + "/decline")
                .then().statusCode(200).body("status", equalTo("NEEDS_REVIEW"));
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "Na beoordeling"))
                .post("/api/cases/" + late + "/reassign").then().statusCode(200)
                .body("status", equalTo("OFFERED")).body("overdue", equalTo(true));
        escalation.escalateLateOffers();
        assertEquals(false, escalated().contains(late), "a coordinator just decided this case");
    }
}
