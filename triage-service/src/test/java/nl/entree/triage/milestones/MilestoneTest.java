package nl.entree.triage.milestones;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.time.DutchTime;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Issue 17's deadlines after acceptance, under milestone plan 1. Region VR15 belongs to this test alone. */
@QuarkusTest
class MilestoneTest {

    @Inject
    MutableClock clock;

    /** Domestic violence at home: Veilig Thuis leads, its safety assessment is due 5 days after the report. */
    private static String vtCase(Instant receivedAt) {
        return Api.createCase(AssessmentBuilder.assessment().region("VR15").types("DOMESTIC_VIOLENCE").setting("HOME")
                .receivedAt(receivedAt));
    }

    private static Instant daysAgo(long days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static ValidatableResponse record(String caseId, String code, String org, Object doneOn) {
        return as(Tokens.casemanager(org)).body(doneOn == null ? Map.of() : Map.of("doneOn", doneOn.toString()))
                .post("/api/cases/" + caseId + "/milestones/" + code).then();
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }

    @Test
    void aVeiligThuisCaseReceivedSixDaysAgoWithoutItsSafetyAssessmentIsOverdue() {
        Instant received = daysAgo(6);
        String id = vtCase(received);
        accept(id, "VT").statusCode(200)
                .body("overdue", equalTo(true))
                .body("atRisk", equalTo(true))
                .body("milestones.code", contains("SAFETY_ASSESSMENT", "FOLLOW_UP"))
                .body("milestones[0].state", equalTo("OVERDUE"))
                .body("milestones[0].statutory", equalTo(true))
                .body("milestones[0].basis", equalTo("STATUTORY"))
                .body("milestones[0].organisation", equalTo("VT"))
                .body("milestones[0].dueAt", equalTo(received.plus(5, ChronoUnit.DAYS).toString()))
                .body("milestones[0].source", containsString("vijf dagen"))
                .body("milestones[1].state", equalTo("WAITING"))
                .body("milestones[1].statutory", equalTo(false))
                .body("milestones[1].dueAt", nullValue())
                .body("nextDueAt", equalTo(received.plus(5, ChronoUnit.DAYS).toString()));

        as(Tokens.casemanager("VT")).get("/api/cases?overdue=true&region=VR15&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(Tokens.casemanager("VT")).get("/api/cases?overdue=false&region=VR15&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void completingTheAssessmentClearsTheOverdueAndStartsTheTenWeekFollowUp() {
        String id = vtCase(daysAgo(6));
        accept(id, "VT").statusCode(200).body("overdue", equalTo(true));
        LocalDate done = today();

        record(id, "SAFETY_ASSESSMENT", "VT", done).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("overdue", equalTo(false))
                .body("atRisk", equalTo(false))
                .body("milestones[0].state", equalTo("DONE"))
                .body("milestones[0].doneOn", equalTo(done.toString()))
                .body("milestones[0].recordedByOrganisation", equalTo("VT"))
                .body("milestones[1].state", equalTo("OPEN"))
                // Ten weeks after the day of the assessment, to the end of that day.
                .body("milestones[1].dueAt", equalTo(done.plusWeeks(10).plusDays(1).atStartOfDay(DutchTime.ZONE)
                        .toInstant().toString()))
                .body("nextDueAt", equalTo(done.plusWeeks(10).plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant()
                        .toString()));
        as(Tokens.casemanager("VT")).get("/api/cases?overdue=true&region=VR15&size=200").then()
                .body("items.id", not(hasItem(id)));

        record(id, "FOLLOW_UP", "VT", done).statusCode(200)
                .body("milestones.state", contains("DONE", "DONE"))
                .body("nextDueAt", nullValue());
    }

    @Test
    void aMilestoneRecordedOnTheWrongDayIsCorrectedAndTheHistoryKeepsTheDayItHad() {
        String id = vtCase(daysAgo(6));
        accept(id, "VT").statusCode(200);
        LocalDate wrong = today();
        LocalDate right = today().minusDays(2);
        correct(id, "SAFETY_ASSESSMENT", "VT", right, "Verkeerde dag").statusCode(409);
        record(id, "SAFETY_ASSESSMENT", "VT", wrong).statusCode(200);

        correct(id, "SAFETY_ASSESSMENT", "VT", right, "Gisteren eergisteren gedaan, vandaag ingevoerd")
                .statusCode(200)
                .body("milestones[0].doneOn", equalTo(right.toString()))
                .body("milestones[1].dueAt", equalTo(right.plusWeeks(10).plusDays(1).atStartOfDay(DutchTime.ZONE)
                        .toInstant().toString()))
                .body("history[-1].event", equalTo("MILESTONE_CORRECTED"))
                .body("history[-1].milestone", equalTo("SAFETY_ASSESSMENT"))
                .body("history[-1].milestoneWas", equalTo(wrong.toString()))
                .body("history[-1].reason", equalTo("Gisteren eergisteren gedaan, vandaag ingevoerd"));

        // Not before the report, not after what follows it, not without a reason, not by another organisation.
        correct(id, "SAFETY_ASSESSMENT", "VT", today().minusDays(10), "x").statusCode(400)
                .body("violations.field", hasItem("doneOn"));
        record(id, "FOLLOW_UP", "VT", today().minusDays(1)).statusCode(200);
        correct(id, "SAFETY_ASSESSMENT", "VT", today(), "x").statusCode(400)
                .body("violations.field", hasItem("doneOn"));
        correct(id, "SAFETY_ASSESSMENT", "VT", right, " ").statusCode(400)
                .body("violations.field", hasItem("reason"));
        correct(id, "SAFETY_ASSESSMENT", "CSG", right, "x").statusCode(404);
    }

    private static ValidatableResponse correct(String caseId, String code, String org, LocalDate doneOn,
            String reason) {
        return as(Tokens.casemanager(org)).body(Map.of("doneOn", doneOn.toString(), "reason", reason))
                .post("/api/cases/" + caseId + "/milestones/" + code + "/correction").then();
    }

    @Test
    void aMilestoneIsRecordedOnceByItsOwnOrganisationOnAPossibleDay() {
        String id = vtCase(daysAgo(2));
        record(id, "SAFETY_ASSESSMENT", "VT", today()).statusCode(409)
                .contentType("application/problem+json");
        accept(id, "VT").statusCode(200).body("overdue", equalTo(false));

        record(id, "SAFETY_ASSESSMENT", "VT", null).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("doneOn"));
        record(id, "SAFETY_ASSESSMENT", "VT", today().plusDays(1)).statusCode(400)
                .body("violations.field", hasItem("doneOn"));
        record(id, "SAFETY_ASSESSMENT", "VT", today().minusDays(10)).statusCode(400)
                .body("violations.field", hasItem("doneOn"));
        record(id, "SAFETY_ASSESSMENT", "VT", "gisteren").statusCode(400)
                .contentType("application/problem+json");
        record(id, "FOLLOW_UP", "VT", today()).statusCode(409);
        record(id, "NO_SUCH_MILESTONE", "VT", today()).statusCode(404);
        record(id, "SAFETY_ASSESSMENT", "CSG", today()).statusCode(404);
        as(Tokens.coordinator()).body(Map.of("doneOn", today().toString()))
                .post("/api/cases/" + id + "/milestones/SAFETY_ASSESSMENT").then().statusCode(403);
        as(Tokens.casemanager("VT")).get("/api/cases/" + id).then()
                .body("milestones.state", contains("OPEN", "WAITING"));

        record(id, "SAFETY_ASSESSMENT", "VT", today().minusDays(1)).statusCode(200);
        record(id, "SAFETY_ASSESSMENT", "VT", today()).statusCode(409);
        record(id, "FOLLOW_UP", "VT", today().minusDays(2)).statusCode(400)
                .body("violations.field", hasItem("doneOn"));
    }

    @Test
    void anAcuteCsgCaseIsDueByItsRespondByAndItsWatchfulWaitingWaitsForAcceptance() {
        String id = Api.createCase(AssessmentBuilder.assessment().region("VR15").types("RAPE").timing("WITHIN_7_DAYS"));
        JsonPath offered = as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("milestones.code", contains("ACUTE_RESPONSE", "WATCHFUL_WAITING_CHECK_IN", "PTSD_SCREENING"))
                .body("milestones.basis", contains("LETTER", "ASSUMPTION", "ASSUMPTION"))
                .body("milestones[1].state", equalTo("WAITING"))
                .extract().jsonPath();
        assertEquals(offered.getString("respondBy"), offered.getString("milestones[0].dueAt"));

        JsonPath accepted = accept(id, "CSG").statusCode(200).extract().jsonPath();
        Instant acceptedAt = Instant.parse(accepted.getString("acceptedAt"));
        assertEquals(acceptedAt.plus(14, ChronoUnit.DAYS).toString(), accepted.getString("milestones[1].dueAt"));
        assertEquals("WAITING", accepted.getString("milestones[2].state"));
    }

    @Test
    void anAcuteResponseIsAtRiskOnlyOnceHalfItsHourHasGone() {
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            clock.set(received);
            String id = Api.createCase(AssessmentBuilder.assessment().region("VR15").types("RAPE")
                    .timing("WITHIN_7_DAYS").receivedAt(received));
            // The default warning of a day is longer than the hour there is: at risk from the middle of it on.
            acuteResponse(id)
                    .body("atRisk", equalTo(false))
                    .body("milestones[0].state", equalTo("OPEN"))
                    .body("milestones[0].dueAt", equalTo(received.plus(1, ChronoUnit.HOURS).toString()))
                    .body("milestones[0].atRiskFrom", equalTo(received.plus(30, ChronoUnit.MINUTES).toString()));
            as(Tokens.casemanager("CSG")).get("/api/cases?atRisk=true&region=VR15&size=200").then()
                    .statusCode(200).body("items.id", not(hasItem(id)));

            clock.set(received.plus(29, ChronoUnit.MINUTES));
            acuteResponse(id).body("atRisk", equalTo(false)).body("milestones[0].state", equalTo("OPEN"));

            clock.set(received.plus(31, ChronoUnit.MINUTES));
            acuteResponse(id).body("atRisk", equalTo(true)).body("milestones[0].state", equalTo("AT_RISK"));
            as(Tokens.casemanager("CSG")).get("/api/cases?atRisk=true&region=VR15&size=200").then()
                    .statusCode(200).body("items.id", hasItem(id));

            clock.set(received.plus(61, ChronoUnit.MINUTES));
            acuteResponse(id).body("overdue", equalTo(true)).body("milestones[0].state", equalTo("OVERDUE"));
        } finally {
            clock.reset();
        }
    }

    private static ValidatableResponse acuteResponse(String caseId) {
        return as(Tokens.casemanager("CSG")).get("/api/cases/" + caseId).then().statusCode(200)
                .body("milestones[0].code", equalTo("ACUTE_RESPONSE"));
    }

    @Test
    void aDeclinedCaseDropsTheMilestonesItHadNotReachedAndAReassignedOneGetsItsNewTypes() {
        String id = vtCase(daysAgo(1));
        accept(id, "VT").statusCode(200);
        record(id, "SAFETY_ASSESSMENT", "VT", today()).statusCode(200);
        as(Tokens.casemanager("VT")).body(Map.of("reason", "Geen huiselijke situatie"))
                .post("/api/cases/" + id + "/decline").then().statusCode(200)
                .body("milestones.code", contains("SAFETY_ASSESSMENT"))
                .body("milestones[0].state", equalTo("DONE"))
                .body("overdue", equalTo(false));
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "CSG", "reason", "Verkrachting, niet acuut"))
                .post("/api/cases/" + id + "/reassign").then().statusCode(200)
                .body("caseType", equalTo("CSG_NON_ACUTE"))
                .body("milestones.code", contains("SAFETY_ASSESSMENT"));
    }

    @Test
    void vtKeepsTheAssessmentItDidWhenTheCaseMovesOn() {
        var before = safetyAssessments();
        String id = vtCase(daysAgo(1));
        accept(id, "VT").statusCode(200);
        record(id, "SAFETY_ASSESSMENT", "VT", today()).statusCode(200);
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "CSG", "reason", "Verder bij CSG",
                "keepPreviousLeadAsSupporter", true)).post("/api/cases/" + id + "/reassign").then().statusCode(200);
        assertEquals(1, count(safetyAssessments(), "doneLast7Days") - count(before, "doneLast7Days"));
        as(Tokens.coordinator()).get("/api/caseloads?region=VR15").then().statusCode(200)
                .body("organisations.find { it.organisation == 'CSG' }.milestones.code",
                        not(hasItem("SAFETY_ASSESSMENT")));
    }

    @Test
    void onlyTheOrganisationThatRecordedAMilestoneCorrectsIt() {
        String id = vtCase(daysAgo(3));
        accept(id, "VT").statusCode(200);
        record(id, "SAFETY_ASSESSMENT", "VT", today()).statusCode(200);
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "CSG", "reason", "Verder bij CSG",
                "keepPreviousLeadAsSupporter", true)).post("/api/cases/" + id + "/reassign").then().statusCode(200);
        accept(id, "CSG").statusCode(200)
                .body("milestones.find { it.code == 'SAFETY_ASSESSMENT' }.organisation", equalTo("VT"));
        correct(id, "SAFETY_ASSESSMENT", "CSG", today().minusDays(1), "fout").statusCode(403);
        correct(id, "SAFETY_ASSESSMENT", "VT", today().minusDays(1), "typefout").statusCode(200)
                .body("milestones.find { it.code == 'SAFETY_ASSESSMENT' }.doneOn",
                        equalTo(today().minusDays(1).toString()));
        // Off the case, it no longer sees it, as anyone else.
        as(Tokens.coordinator()).body(Map.of("reason", "VT klaar"))
                .post("/api/cases/" + id + "/supporters/VT/remove").then().statusCode(200);
        correct(id, "SAFETY_ASSESSMENT", "VT", today(), "x").statusCode(404);
    }

    @Test
    void caseloadsCountEachMilestoneOpenAtRiskOverdueAndDone() {
        Map<String, Object> before = safetyAssessments();
        vtCase(daysAgo(6));
        vtCase(daysAgo(4).minus(12, ChronoUnit.HOURS));
        vtCase(daysAgo(1));
        String done = vtCase(daysAgo(3));
        accept(done, "VT").statusCode(200);
        record(done, "SAFETY_ASSESSMENT", "VT", today()).statusCode(200);

        Map<String, Object> after = safetyAssessments();
        assertEquals(3, count(after, "open") - count(before, "open"));
        assertEquals(1, count(after, "overdue") - count(before, "overdue"));
        assertEquals(1, count(after, "atRisk") - count(before, "atRisk"));
        assertEquals(1, count(after, "doneLast7Days") - count(before, "doneLast7Days"));
        assertEquals(true, after.get("statutory"));
        assertEquals("Veiligheidsbeoordeling afgerond", after.get("name"));
    }

    private static Map<String, Object> safetyAssessments() {
        List<Map<String, Object>> loads = as(Tokens.coordinator()).get("/api/caseloads?region=VR15").then()
                .statusCode(200).extract().jsonPath()
                .getList("organisations.find { it.organisation == 'VT' }.milestones");
        return loads.stream().filter(m -> m.get("code").equals("SAFETY_ASSESSMENT")).findFirst()
                .orElse(Map.of("open", 0, "atRisk", 0, "overdue", 0, "doneLast7Days", 0));
    }

    private static long count(Map<String, Object> load, String key) {
        return ((Number) load.get(key)).longValue();
    }
}
