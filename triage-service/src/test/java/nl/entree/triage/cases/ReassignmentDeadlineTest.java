package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.time.DutchTime;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * A reassigned case gets the priority and deadline its new case type has under its rule set, the term running from
 * the reassignment, and never less urgent than what the person was promised. Rule set 1, plan 1.
 */
@QuarkusTest
class ReassignmentDeadlineTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A term in days ends at the same Dutch clock time that many days on. */
    private static Instant daysAfter(Instant start, long days) {
        return start.atZone(DutchTime.ZONE).plusDays(days).toInstant();
    }

    private static ValidatableResponse reassign(String id, String lead, String reason) {
        return as(Tokens.coordinator()).body(Map.of("leadOrganisation", lead, "reason", reason))
                .post("/api/cases/" + id + "/reassign").then().statusCode(200);
    }

    @Test
    void acuteHarassmentReassignedFromVictimSupportToCsgIsAcuteAndDueWithinTheHourOfTheReassignment() {
        Instant reassignedAt = now();
        Instant received = reassignedAt.minus(3, ChronoUnit.HOURS);
        clock.set(received.plus(1, ChronoUnit.MINUTES));
        String id = Api.createCase(AssessmentBuilder.assessment().types("SEXUAL_HARASSMENT").timing("WITHIN_7_DAYS")
                .receivedAt(received));
        as(Tokens.casemanager("SHN")).get("/api/cases/" + id).then().statusCode(200)
                .body("caseType", equalTo("SHN_SUPPORT"))
                .body("priority", equalTo("NORMAL"))
                .body("respondBy", equalTo(daysAfter(received, 5).toString()));

        clock.set(reassignedAt);
        String due = reassignedAt.plus(1, ChronoUnit.HOURS).toString();
        reassign(id, "CSG", "Acuut: forensisch onderzoek nodig")
                .body("caseType", equalTo("CSG_ACUTE"))
                .body("priority", equalTo("ACUTE"))
                .body("respondBy", equalTo(due))
                .body("nextDueAt", equalTo(due))
                .body("milestones[0].code", equalTo("ACUTE_RESPONSE"))
                .body("milestones[0].dueAt", equalTo(due))
                .body("history[-1].toLead", equalTo("CSG"));
        as(Tokens.coordinator()).get("/api/cases?priority=ACUTE&region=VR13&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void theHistoryOfAReassignmentShowsThePriorityAndDeadlineTheCaseHadAndGot() {
        Instant reassignedAt = now();
        Instant received = reassignedAt.minus(3, ChronoUnit.HOURS);
        clock.set(received.plus(1, ChronoUnit.MINUTES));
        String id = Api.createCase(AssessmentBuilder.assessment().types("SEXUAL_HARASSMENT").timing("WITHIN_7_DAYS")
                .receivedAt(received));
        clock.set(reassignedAt);
        reassign(id, "CSG", "Acuut: forensisch onderzoek nodig");

        // The new lead reads when and why its deadline became this hour, not the five days the case was offered with.
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("history", hasSize(2))
                .body("history[1].at", equalTo(reassignedAt.toString()))
                .body("history[1].fromLead", equalTo("SHN"))
                .body("history[1].toLead", equalTo("CSG"))
                .body("history[1].reason", equalTo("Acuut: forensisch onderzoek nodig"))
                .body("history[1].fromPriority", equalTo("NORMAL"))
                .body("history[1].toPriority", equalTo("ACUTE"))
                .body("history[1].fromRespondBy", equalTo(daysAfter(received, 5).toString()))
                .body("history[1].toRespondBy", equalTo(reassignedAt.plus(1, ChronoUnit.HOURS).toString()));
    }

    @Test
    void anAcuteRapeDeclinedByCsgAndGivenToVeiligThuisKeepsItsPriorityAndItsHour() {
        Instant reassignedAt = now();
        Instant received = reassignedAt.minus(30, ChronoUnit.MINUTES);
        clock.set(received.plus(1, ChronoUnit.MINUTES));
        String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("WITHIN_7_DAYS")
                .receivedAt(received));
        String promised = as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("priority", equalTo("ACUTE")).extract().path("respondBy");
        assertEquals(received.plus(1, ChronoUnit.HOURS).toString(), promised);
        clock.set(received.plus(10, ChronoUnit.MINUTES));
        as(Tokens.casemanager("CSG")).body(Map.of("reason", "Huiselijke situatie"))
                .post("/api/cases/" + id + "/decline").then().statusCode(200);

        // Veilig Thuis's own rule is HIGH within 5 days; neither may relax what this person was promised.
        clock.set(reassignedAt);
        reassign(id, "VT", "Pleger is partner")
                .body("caseType", equalTo("VT_SAFETY_ASSESSMENT"))
                .body("priority", equalTo("ACUTE"))
                .body("respondBy", equalTo(promised));
        // Its history says so too: the reassignment kept the hour, rather than saying nothing of it.
        as(Tokens.casemanager("VT")).get("/api/cases/" + id).then().statusCode(200)
                .body("history[-1].toLead", equalTo("VT"))
                .body("history[-1].fromPriority", equalTo("ACUTE"))
                .body("history[-1].toPriority", equalTo("ACUTE"))
                .body("history[-1].fromRespondBy", equalTo(promised))
                .body("history[-1].toRespondBy", equalTo(promised));
    }

    @Test
    void aReassignedCaseWhoseDeadlineIsEarlierThanTheNewLeadsTermKeepsItAndTakesTheHigherPriority() {
        Instant reassignedAt = now();
        Instant received = reassignedAt.minus(2, ChronoUnit.DAYS);
        clock.set(received.plus(1, ChronoUnit.MINUTES));
        String id = Api.createCase(AssessmentBuilder.assessment().types("SEXUAL_HARASSMENT").receivedAt(received));
        String promised = daysAfter(received, 5).toString();
        as(Tokens.casemanager("SHN")).get("/api/cases/" + id).then().statusCode(200)
                .body("priority", equalTo("NORMAL"))
                .body("respondBy", equalTo(promised));

        // Veilig Thuis: HIGH within 5 days, which from now would end two days after the 5 days already running.
        clock.set(reassignedAt);
        reassign(id, "VT", "Seksuele intimidatie door een huisgenoot")
                .body("caseType", equalTo("VT_SAFETY_ASSESSMENT"))
                .body("priority", equalTo("HIGH"))
                .body("respondBy", equalTo(promised))
                .body("milestones[0].code", equalTo("SAFETY_ASSESSMENT"))
                .body("milestones[0].dueAt", equalTo(promised));
    }
}
