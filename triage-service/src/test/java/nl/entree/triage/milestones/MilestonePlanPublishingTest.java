package nl.entree.triage.milestones;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Plans are published and activated as rule sets are; plan 1 is active again when each test ends. */
@QuarkusTest
class MilestonePlanPublishingTest {

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
        Map<String, Object> legal = milestone("LEGAL_ADVICE", "ACCEPTANCE", "P14D");
        legal.put("recordedBy", "SHN");
        int version = as(Tokens.admin()).body(Map.of("description", "Test plan", "caseTypes",
                Map.of("CSG_NON_ACUTE", List.of(legal)))).post("/api/milestone-plans").then().statusCode(201)
                .extract().path("version");
        try {
            as(Tokens.admin()).post("/api/milestone-plans/" + version + "/activate").then().statusCode(200);
            String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR15"));
            accept(id, "CSG").statusCode(200).body("milestones[0].organisation", equalTo("SHN"));
            String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
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
