package nl.entree.triage.milestones;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Plans are published and activated as rule sets are; plan 1 is active again when each test ends. */
@QuarkusTest
class MilestonePlanPublishingTest {

    @Inject
    MutableClock clock;

    private static Map<String, Object> plan(List<Map<String, Object>> vtMilestones) {
        return Map.of("description", "Test plan", "caseTypes", Map.of("VT_SAFETY_ASSESSMENT", vtMilestones));
    }

    private static Map<String, Object> milestone(String code, String from, String term) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", "Mijlpaal " + code);
        m.put("from", from);
        m.put("term", term);
        m.put("basis", "ASSUMPTION");
        m.put("source", "Test");
        return m;
    }

    @Test
    void aSupporterRecordsTheMilestoneThePlanGivesIt() {
        var legal = milestone("LEGAL_ADVICE", "ACCEPTANCE", "P14D");
        legal.put("recordedBy", "SHN");
        int version = as(Tokens.admin()).body(Map.of("description", "Test plan", "caseTypes",
                Map.of("CSG_NON_ACUTE", List.of(legal)))).post("/api/milestone-plans").then().statusCode(201)
                .extract().path("version");
        try {
            as(Tokens.admin()).post("/api/milestone-plans/" + version + "/activate").then().statusCode(200);
            String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR15"));
            accept(id, "CSG").statusCode(200).body("milestones[0].organisation", equalTo("SHN"));
            String today = LocalDate.now(DutchTime.ZONE).toString();
            as(Tokens.casemanager("CSG")).body(Map.of("doneOn", today)).post("/api/cases/" + id + "/milestones/LEGAL_ADVICE").then()
                    .statusCode(403);
            as(Tokens.casemanager("SHN")).body(Map.of("doneOn", today)).post("/api/cases/" + id + "/milestones/LEGAL_ADVICE").then()
                    .statusCode(200).body("milestones[0].state", equalTo("DONE"))
                    .body("milestones[0].recordedByOrganisation", equalTo("SHN"));
        } finally {
            as(Tokens.admin()).post("/api/milestone-plans/1/activate").then().statusCode(200);
        }
    }

    @Test
    void theBoardCountsAnOpenMilestoneUnderTheOrganisationThatMayRecordIt() {
        var legal = milestone("LEGAL_ADVICE", "ACCEPTANCE", "P14D");
        legal.put("recordedBy", "SHN");
        int version = as(Tokens.admin()).body(Map.of("description", "Test plan", "caseTypes",
                Map.of("CSG_NON_ACUTE", List.of(legal)))).post("/api/milestone-plans").then().statusCode(201)
                .extract().path("version");
        try {
            as(Tokens.admin()).post("/api/milestone-plans/" + version + "/activate").then().statusCode(200);
            long shn = openLegalAdvice("SHN");
            long csg = openLegalAdvice("CSG");
            String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR15"));
            accept(id, "CSG").statusCode(200);
            assertEquals(List.of(shn + 1, csg), List.of(openLegalAdvice("SHN"), openLegalAdvice("CSG")),
                    "SHN records it, so the coordinators chase SHN; CSG would be refused (403)");

            as(Tokens.coordinator()).body(Map.of("reason", "Geen juridische vraag meer"))
                    .post("/api/cases/" + id + "/supporters/SHN/remove").then().statusCode(200);
            assertEquals(List.of(shn, csg + 1), List.of(openLegalAdvice("SHN"), openLegalAdvice("CSG")),
                    "with SHN off the case, the lead records it");
        } finally {
            as(Tokens.admin()).post("/api/milestone-plans/1/activate").then().statusCode(200);
        }
    }

    /** The board's open count of CSG_NON_ACUTE's LEGAL_ADVICE under the organisation in VR15, 0 when not listed. */
    private static long openLegalAdvice(String organisation) {
        List<Integer> open = as(Tokens.coordinator()).get("/api/caseloads?region=VR15").then().statusCode(200)
                .extract().jsonPath().getList("organisations.find { it.organisation == '" + organisation
                        + "' }.milestones.findAll { it.caseType == 'CSG_NON_ACUTE' && it.code == 'LEGAL_ADVICE' }"
                        + ".open", Integer.class);
        return open.stream().mapToLong(Integer::longValue).sum();
    }

    @Test
    void aMilestoneWhoseRecorderIsNoLongerOnTheCaseIsRecordedByTheLead() {
        var legal = milestone("LEGAL_ADVICE", "ACCEPTANCE", "P14D");
        legal.put("recordedBy", "SHN");
        int version = as(Tokens.admin()).body(Map.of("description", "Test plan", "caseTypes",
                Map.of("CSG_NON_ACUTE", List.of(legal)))).post("/api/milestone-plans").then().statusCode(201)
                .extract().path("version");
        try {
            as(Tokens.admin()).post("/api/milestone-plans/" + version + "/activate").then().statusCode(200);
            String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR15"));
            accept(id, "CSG").statusCode(200).body("milestones[0].organisation", equalTo("SHN"));
            as(Tokens.coordinator()).body(Map.of("reason", "Geen juridische vraag meer"))
                    .post("/api/cases/" + id + "/supporters/SHN/remove").then().statusCode(200)
                    .body("milestones[0].organisation", equalTo("CSG"));

            clock.set(Instant.now().plus(15, ChronoUnit.DAYS));
            as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                    .body("overdue", equalTo(true));
            String today = LocalDate.ofInstant(clock.instant(), DutchTime.ZONE).toString();
            as(Tokens.casemanager("CSG")).body(Map.of("doneOn", today))
                    .post("/api/cases/" + id + "/milestones/LEGAL_ADVICE").then().statusCode(200)
                    .body("overdue", equalTo(false))
                    .body("milestones[0].recordedByOrganisation", equalTo("CSG"));
        } finally {
            clock.reset();
            as(Tokens.admin()).post("/api/milestone-plans/1/activate").then().statusCode(200);
        }
    }

    /**
     * Two case types whose plans share a code: the unfinished FIRST_CALL of the acute type gives way to the non-acute
     * type's FIRST_CALL, in one transaction, under a constraint that allows one FIRST_CALL per case.
     */
    @Test
    void aReassignmentBetweenCaseTypesThatShareAMilestoneCodeLaysOutTheNewTypesMilestone() {
        var acute = List.of(term("ACUTE_RESPONSE", MilestoneTerm.Anchor.RESPOND_BY, null, "P0D"),
                term("FIRST_CALL", MilestoneTerm.Anchor.REPORT, null, "P1D"));
        var nonAcute = List.of(term("FIRST_CALL", MilestoneTerm.Anchor.REPORT, null, "P5D"),
                term("FOLLOW_UP_CALL", MilestoneTerm.Anchor.MILESTONE, "FIRST_CALL", "P14D"));
        var plan = new MilestonePlan("Test plan: shared codes",
                Map.of(CaseType.CSG_ACUTE, acute, CaseType.CSG_NON_ACUTE, nonAcute));
        int version = as(Tokens.admin()).body(plan).post("/api/milestone-plans").then().statusCode(201)
                .extract().path("version");
        try {
            as(Tokens.admin()).post("/api/milestone-plans/" + version + "/activate").then().statusCode(200);
            Instant received = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            String id = Api.createCase(AssessmentBuilder.assessment().region("VR15").types("RAPE")
                    .timing("WITHIN_7_DAYS").receivedAt(received));
            accept(id, "CSG").statusCode(200).body("caseType", equalTo("CSG_ACUTE"))
                    .body("milestones.code", contains("ACUTE_RESPONSE", "FIRST_CALL"));
            String today = LocalDate.now(DutchTime.ZONE).toString();
            as(Tokens.casemanager("CSG")).body(Map.of("doneOn", today))
                    .post("/api/cases/" + id + "/milestones/ACUTE_RESPONSE").then().statusCode(200);

            as(Tokens.coordinator()).body(Map.of("leadOrganisation", "CSG", "caseType", "CSG_NON_ACUTE",
                    "reason", "Toch niet acuut")).post("/api/cases/" + id + "/reassign").then().statusCode(200)
                    .body("caseType", equalTo("CSG_NON_ACUTE"));
            // Read again, so that what is checked is what was committed, not the answer built before the commit.
            as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                    .body("milestones.code", contains("ACUTE_RESPONSE", "FIRST_CALL", "FOLLOW_UP_CALL"))
                    .body("milestones.planVersion", everyItem(equalTo(version)))
                    .body("milestones.state", contains("DONE", "OPEN", "WAITING"))
                    .body("milestones[0].doneOn", equalTo(today))
                    // The non-acute term, five days from the report: the acute one (a day) went with its type.
                    .body("milestones[1].dueAt", equalTo(received.plus(5, ChronoUnit.DAYS).toString()));
        } finally {
            as(Tokens.admin()).post("/api/milestone-plans/1/activate").then().statusCode(200);
        }
    }

    private static MilestoneTerm term(String code, MilestoneTerm.Anchor from, String after, String term) {
        return new MilestoneTerm(code, "Mijlpaal " + code, from, after, Period.parse(term), null, null,
                MilestoneTerm.Basis.ASSUMPTION, "Test");
    }

    @Test
    void planOneHoldsOnlyTheLettersTermsAndSaysWhichAreAssumed() {
        as(Tokens.coordinator()).get("/api/milestone-plans/active").then().statusCode(200)
                .body("version", equalTo(1))
                .body("plan.caseTypes.VT_SAFETY_ASSESSMENT.term", contains("P5D", "P70D"))
                .body("plan.caseTypes.VT_SAFETY_ASSESSMENT.basis", contains("STATUTORY", "LETTER"))
                .body("plan.caseTypes.CSG_ACUTE.basis", contains("LETTER", "ASSUMPTION", "ASSUMPTION"));
        as(Tokens.casemanager("CSG")).get("/api/milestone-plans/active").then().statusCode(403);
    }

    @Test
    void aPlanThatDoesNotHoldTogetherIsRefusedWithItsField() {
        Map<String, Object> afterUnknown = milestone("SECOND", "MILESTONE", "P1D");
        afterUnknown.put("after", "FIRST");
        as(Tokens.admin()).body(plan(List.of(afterUnknown))).post("/api/milestone-plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("caseTypes.VT_SAFETY_ASSESSMENT[0].after"));

        as(Tokens.admin()).body(plan(List.of(milestone("FIRST", "REPORT", "P5D"), milestone("FIRST", "REPORT",
                "P6D")))).post("/api/milestone-plans").then().statusCode(400)
                .body("violations.field", hasItem("caseTypes.VT_SAFETY_ASSESSMENT[1].code"));

        as(Tokens.admin()).body(plan(List.of(milestone("FIRST", "REPORT", "P-5D")))).post("/api/milestone-plans")
                .then().statusCode(400).body("violations.field", hasItem("caseTypes.VT_SAFETY_ASSESSMENT[0].term"));
        as(Tokens.admin()).body(plan(List.of(milestone("FIRST", "REPORT", "P3Y")))).post("/api/milestone-plans")
                .then().statusCode(400).body("violations.field", hasItem("caseTypes.VT_SAFETY_ASSESSMENT[0].term"));
        as(Tokens.admin()).body(plan(List.of(milestone("first", "REPORT", "P5D")))).post("/api/milestone-plans")
                .then().statusCode(400).contentType("application/problem+json");
        as(Tokens.admin()).body(plan(List.of(milestone("FIRST", "YESTERDAY", "P5D")))).post("/api/milestone-plans")
                .then().statusCode(400).contentType("application/problem+json");

        as(Tokens.coordinator()).body(plan(List.of(milestone("FIRST", "REPORT", "P5D"))))
                .post("/api/milestone-plans").then().statusCode(403);
        as(Tokens.coordinator()).get("/api/milestone-plans/active").then().body("version", equalTo(1));
    }

    @Test
    void aTermTooLongForTheCalendarIsRefusedNamingItsFieldNotAnswered500() {
        as(Tokens.admin()).body(plan(List.of(milestone("FIRST", "REPORT", "P999999999Y"))))
                .post("/api/milestone-plans").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("caseTypes.VT_SAFETY_ASSESSMENT[0].term"))
                .body("violations.message", contains("must be from P0D to P2Y"));
        Map<String, Object> warnedForever = milestone("FIRST", "REPORT", "P5D");
        warnedForever.put("warnBefore", "P999999999Y");
        as(Tokens.admin()).body(plan(List.of(warnedForever))).post("/api/milestone-plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("caseTypes.VT_SAFETY_ASSESSMENT[0].warnBefore"));
        as(Tokens.coordinator()).get("/api/milestone-plans/active").then().body("version", equalTo(1));
    }

    @Test
    void anActivatedPlanIsGivenToNewCasesWhileEarlierCasesKeepTheirs() {
        String before = Api.createCase(AssessmentBuilder.assessment().region("VR15").types("CHILD_ABUSE"));
        List<Map<String, Object>> milestones = new ArrayList<>();
        milestones.add(milestone("FIRST_CALL", "REPORT", "P2D"));
        int version = as(Tokens.admin()).body(plan(milestones)).post("/api/milestone-plans").then().statusCode(201)
                .header("Location", containsString("/api/milestone-plans/")).body("active", equalTo(false))
                .extract().path("version");
        try {
            as(Tokens.admin()).post("/api/milestone-plans/" + version + "/activate").then().statusCode(200)
                    .body("active", equalTo(true));
            String after = Api.createCase(AssessmentBuilder.assessment().region("VR15").types("CHILD_ABUSE"));
            accept(after, "VT").statusCode(200)
                    .body("milestones.code", contains("FIRST_CALL"))
                    .body("milestones[0].planVersion", equalTo(version));
            accept(before, "VT").statusCode(200)
                    .body("milestones.code", contains("SAFETY_ASSESSMENT", "FOLLOW_UP"))
                    .body("milestones[0].planVersion", equalTo(1));
        } finally {
            as(Tokens.admin()).post("/api/milestone-plans/1/activate").then().statusCode(200);
        }
        as(Tokens.admin()).post("/api/milestone-plans/9999/activate").then().statusCode(404);
    }
}
