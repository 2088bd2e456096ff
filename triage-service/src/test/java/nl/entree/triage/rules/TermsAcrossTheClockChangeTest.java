package nl.entree.triage.rules;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * A term written in hours is that many hours, also over the night the clocks go back; one written in days ends at the
 * same Dutch clock time. Region VR09, and the cases received on 30 and 31 October 2027, belong to this test alone.
 */
@QuarkusTest
class TermsAcrossTheClockChangeTest {

    /** Saturday 30 October 2027, 10:00 in Amsterdam (summer time); the clocks go back at 03:00 on Sunday. */
    private static final Instant SATURDAY_MORNING = Instant.parse("2027-10-30T08:00:00Z");

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static AssessmentBuilder received(Instant at) {
        return AssessmentBuilder.assessment().region("VR09").receivedAt(at);
    }

    private static List<String> overdue() {
        return as(Tokens.coordinator()).get("/api/cases?overdue=true&region=VR09&size=200").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void aSextortionCaseIsLateTwentyFourHoursAfterItCameInNotTwentyFive() {
        clock.set(SATURDAY_MORNING.plusSeconds(60));
        String id = Api.createCase(received(SATURDAY_MORNING).types("SEXTORTION").setting("UNKNOWN"));
        // Sunday 09:00 in Amsterdam, winter time.
        as(Tokens.casemanager("HELPWANTED")).get("/api/cases/" + id).then().statusCode(200)
                .body("priority", equalTo("HIGH"))
                .body("respondBy", equalTo("2027-10-31T08:00:00Z"))
                .body("nextDueAt", equalTo("2027-10-31T08:00:00Z"))
                .body("overdue", equalTo(false));

        // Sunday 09:30 in Amsterdam: 24 and a half hours have passed.
        clock.set(Instant.parse("2027-10-31T08:30:00Z"));
        as(Tokens.casemanager("HELPWANTED")).get("/api/cases/" + id).then().statusCode(200)
                .body("overdue", equalTo(true));
        assertTrue(overdue().contains(id), "in the overdue list");
    }

    @Test
    void aFiveDayCaseIsDueAtTheSameDutchClockTimeFiveCalendarDaysOn() {
        clock.set(SATURDAY_MORNING.plusSeconds(60));
        String id = Api.createCase(received(SATURDAY_MORNING).types("DOMESTIC_VIOLENCE").setting("HOME"));
        // Thursday 4 November, 10:00 in Amsterdam, winter time: 121 hours on. The statutory milestone agrees.
        as(Tokens.casemanager("VT")).get("/api/cases/" + id).then().statusCode(200)
                .body("caseType", equalTo("VT_SAFETY_ASSESSMENT"))
                .body("respondBy", equalTo("2027-11-04T09:00:00Z"))
                .body("milestones.find { it.code == 'SAFETY_ASSESSMENT' }.dueAt", equalTo("2027-11-04T09:00:00Z"));

        clock.set(Instant.parse("2027-11-04T08:30:00Z"));
        as(Tokens.casemanager("VT")).get("/api/cases/" + id).then().statusCode(200).body("overdue", equalTo(false));
        assertFalse(overdue().contains(id), "not late at 09:30 on the fifth day");
    }

    @Test
    void aReplayRunsATermOfDaysAndHoursOnTheCalendarThenTheHoursAndTheRuleSetKeepsItsTermsAsWritten() {
        // Sunday 31 October 2027, 01:00 in Amsterdam, summer time still.
        Instant sundayNight = Instant.parse("2027-10-30T23:00:00Z");
        clock.set(sundayNight.plusSeconds(60));
        String id = Api.createCase(received(sundayNight).types("SEXTORTION").setting("UNKNOWN"));
        ObjectNode document = RuleSetPublishingTest.defaultWith(d -> ((ObjectNode) RuleSetPublishingTest
                .rule(d, "online").get("effect").get("overrides").get(0)).put("respondWithin", "P1DT12H"));
        int online = RuleSetPublishingTest.indexOf(document, "online");
        int exploitation = RuleSetPublishingTest.indexOf(document, "exploitation");
        int candidate = as(Tokens.admin()).body(document.toString()).post("/api/rule-sets").then().statusCode(201)
                .body("document.rules[" + online + "].effect.overrides[0].respondWithin", equalTo("P1DT12H"))
                .extract().path("version");

        as(Tokens.coordinator()).get("/api/rule-sets/" + candidate).then().statusCode(200)
                .body("document.rules[" + online + "].effect.respondWithin", equalTo("P5D"))
                .body("document.rules[" + online + "].effect.overrides[0].respondWithin", equalTo("P1DT12H"))
                .body("document.rules[" + exploitation + "].effect.respondWithin", equalTo("PT24H"))
                .body("document.review.respondWithin", equalTo("P1D"))
                .body("document.emergency.respondWithin", equalTo("PT15M"));

        // 24 hours: Monday 00:00 in Amsterdam. A day on the calendar, then 12 hours: Monday 01:00, then 13:00.
        String respondBy = "fields.find { it.field == 'respondBy' }";
        as(Tokens.coordinator()).post("/api/rule-sets/" + candidate + "/replay?from=2027-10-31&to=2027-10-31")
                .then().statusCode(200)
                .body("evaluated", equalTo(1))
                .body(respondBy + ".changed", equalTo(1))
                .body(respondBy + ".examples.caseId", contains(id))
                .body(respondBy + ".examples[0].before", equalTo("2027-10-31T23:00:00Z"))
                .body(respondBy + ".examples[0].after", equalTo("2027-11-01T12:00:00Z"))
                .body("fields.findAll { it.changed > 0 }.field", not(hasItem("leadOrganisation")));
    }
}
