package nl.entree.triage.rules;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Cases received on 3–4, 8, 10, 12 and 16 February 2021 belong to this test alone. */
@QuarkusTest
class ReplayTest {

    private static AssessmentBuilder on(String instant) {
        return AssessmentBuilder.assessment().receivedAt(Instant.parse(instant)).region("VR03");
    }

    @Test
    void replayCountsLeadChangesPerPairWithoutChangingAnything() {
        Api.createCase(on("2021-02-03T09:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT"));
        Api.createCase(on("2021-02-03T10:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT"));
        String rape = Api.createCase(on("2021-02-04T10:00:00Z").types("RAPE").setting("SPORT"));
        Api.createCase(on("2021-02-04T11:00:00Z").types("SEXTORTION").setting("ONLINE"));
        // The day after the window: must not be counted.
        Api.createCase(on("2021-02-05T10:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT"));

        int candidate = as(Tokens.admin())
                .body(RuleSetPublishingTest.defaultWith(d -> ((ArrayNode) d.get("rules"))
                        .remove(RuleSetPublishingTest.indexOf(d, "sport"))).toString())
                .post("/api/rule-sets").then().statusCode(201).extract().path("version");

        as(Tokens.coordinator()).post("/api/rule-sets/" + candidate + "/replay?from=2021-02-03&to=2021-02-04").then()
                .statusCode(200)
                .body("version", equalTo(candidate))
                .body("evaluated", equalTo(4))
                .body("unchanged", equalTo(1))
                .body("changed", equalTo(3))
                .body("changes.size()", equalTo(2))
                .body("changes[0].from", equalTo("CVSN"))
                .body("changes[0].to", equalTo("SHN"))
                .body("changes[0].count", equalTo(2))
                .body("changes[1].from", equalTo("CVSN"))
                .body("changes[1].to", equalTo("CSG"))
                .body("changes[1].count", equalTo(1))
                // The whole decision: the sport cases' case type, priority, deadline and milestones move with the lead.
                .body("decisionsChanged", equalTo(3))
                .body("fields.field", contains("leadOrganisation", "caseType", "priority", "respondBy",
                        "supportingOrganisations", "milestones"))
                .body("fields.find { it.field == 'leadOrganisation' }.changed", equalTo(3))
                .body("fields.find { it.field == 'caseType' }.changed", equalTo(3))
                .body("fields.find { it.field == 'caseType' }.examples.size()", equalTo(3))
                .body("fields.find { it.field == 'caseType' }.examples.before", everyItem(equalTo("CVSN_CASE")))
                .body("fields.find { it.field == 'caseType' }.examples.caseId", hasItem(rape))
                .body("fields.find { it.field == 'caseType' }.examples.find { it.caseId == '" + rape + "' }.after",
                        equalTo("CSG_NON_ACUTE"))
                // Neither CVSN_CASE nor the new case types have milestones in plan 1.
                .body("fields.find { it.field == 'milestones' }.changed", equalTo(0));

        as(Tokens.coordinator()).get("/api/cases/" + rape).then()
                .statusCode(200).body("leadOrganisation", equalTo("CVSN"));
        as(Tokens.coordinator()).get("/api/rule-sets/active").then().body("version", equalTo(1));
    }

    @Test
    void aRegionalCoordinatorSeesOnlyTheExamplesOfCasesTheyMayReadAndEachReadIsAudited() {
        String here = Api.createCase(on("2021-02-10T09:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT")
                .region("VR04"));
        String elsewhere = Api.createCase(on("2021-02-10T10:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT")
                .region("VR05"));
        int candidate = as(Tokens.admin())
                .body(RuleSetPublishingTest.defaultWith(d -> ((ArrayNode) d.get("rules"))
                        .remove(RuleSetPublishingTest.indexOf(d, "sport"))).toString())
                .post("/api/rule-sets").then().statusCode(201).extract().path("version");
        String lead = "fields.find { it.field == 'leadOrganisation' }";
        as(Tokens.coordinator()).post("/api/rule-sets/" + candidate + "/replay?from=2021-02-10&to=2021-02-10").then()
                .statusCode(200).body(lead + ".examples.caseId", containsInAnyOrder(here, elsewhere));

        String regional = Tokens.as("coordinator").region("VR04").subject("replay-reader-vr04").sign();
        as(regional).get("/api/cases/" + elsewhere).then().statusCode(404);
        // The national report counts the other region's case: not theirs to read.
        as(regional).get("/api/rule-sets/" + candidate + "/replays").then().statusCode(200).body("size()", equalTo(0));
        as(regional).post("/api/rule-sets/" + candidate + "/replay?from=2021-02-10&to=2021-02-10").then()
                .statusCode(200).body("region", equalTo("VR04")).body("evaluated", equalTo(1));
        as(regional).get("/api/rule-sets/" + candidate + "/replays").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].report.region", equalTo("VR04"))
                .body("[0].report.evaluated", equalTo(1))
                .body("[0].report." + lead + ".changed", equalTo(1))
                .body("[0].report." + lead + ".examples.caseId", contains(here))
                .body("[0].report.fields.examples.flatten().caseId", not(hasItem(elsewhere)))
                .body("[0].report.fields.examples.flatten().reference", not(hasItem(reference(elsewhere))));
        // An admin reads no case, so no example either; the counts an activation rests on stay.
        as(Tokens.admin()).get("/api/rule-sets/" + candidate + "/replays").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.report.region == null }.report." + lead + ".changed", equalTo(2))
                .body("[0].report.fields.examples.flatten()", empty())
                .body("[1].report.fields.examples.flatten()", empty());

        as(Tokens.admin()).get("/api/audit?objectId=" + here).then().statusCode(200)
                .body("findAll { it.actor == 'replay-reader-vr04' }.action", everyItem(equalTo("CASE_READ_REPLAY")))
                .body("findAll { it.actor == 'replay-reader-vr04' }.size()", equalTo(2));
        // Their only trace on the other region's case is the read that was refused.
        as(Tokens.admin()).get("/api/audit?objectId=" + elsewhere).then().statusCode(200)
                .body("findAll { it.actor == 'replay-reader-vr04' }.action", contains("CASE_READ"))
                .body("findAll { it.actor == 'replay-reader-vr04' }.result", contains("NOT_FOUND"));
    }

    @Test
    void aRegionalCoordinatorGetsOnlyTheReportsMadeForTheirRegion() {
        Api.createCase(on("2021-02-16T09:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT").region("VR04"));
        Api.createCase(on("2021-02-16T10:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT").region("VR05"));
        Api.createCase(on("2021-02-16T11:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT").region("VR05"));
        int candidate = as(Tokens.admin())
                .body(RuleSetPublishingTest.defaultWith(d -> ((ArrayNode) d.get("rules"))
                        .remove(RuleSetPublishingTest.indexOf(d, "sport"))).toString())
                .post("/api/rule-sets").then().statusCode(201).extract().path("version");
        String replay = "/api/rule-sets/" + candidate + "/replay?from=2021-02-16&to=2021-02-16";
        String replays = "/api/rule-sets/" + candidate + "/replays";
        as(Tokens.coordinator()).post(replay).then().statusCode(200).body("evaluated", equalTo(3));
        as(Tokens.coordinator("VR04")).post(replay).then().statusCode(200).body("evaluated", equalTo(1));
        as(Tokens.coordinator("VR05")).post(replay).then().statusCode(200).body("evaluated", equalTo(2));

        as(Tokens.coordinator("VR04")).get(replays).then().statusCode(200)
                .body("report.region", contains("VR04"))
                .body("report.evaluated", contains(1))
                .body("report.changed", contains(1));
        as(Tokens.coordinator("VR05")).get(replays).then().statusCode(200)
                .body("report.region", contains("VR05"))
                .body("report.evaluated", contains(2));
        as(Tokens.coordinator("VR06")).get(replays).then().statusCode(200).body("size()", equalTo(0));
        as(Tokens.coordinator()).get(replays).then().statusCode(200)
                .body("report.region", containsInAnyOrder("VR05", "VR04", null))
                .body("find { it.report.region == null }.report.evaluated", equalTo(3));
    }

    private static String reference(String caseId) {
        return as(Tokens.coordinator()).get("/api/cases/" + caseId).then().statusCode(200).extract().path("reference");
    }

    @Test
    void aMilestoneFromTheDeadlineChangesWithTheDeadlineWhileTheCaseTypeStays() {
        String acute = Api.createCase(on("2021-02-12T09:00:00Z").types("RAPE").timing("WITHIN_7_DAYS"));
        int candidate = as(Tokens.admin())
                .body(RuleSetPublishingTest.defaultWith(d -> ((ObjectNode) RuleSetPublishingTest
                        .rule(d, "acute-sexual-violence").get("effect")).put("respondWithin", "PT2H")).toString())
                .post("/api/rule-sets").then().statusCode(201).extract().path("version");
        String milestones = "fields.find { it.field == 'milestones' }";
        as(Tokens.coordinator()).post("/api/rule-sets/" + candidate + "/replay?from=2021-02-12&to=2021-02-12").then()
                .statusCode(200)
                .body("evaluated", equalTo(1))
                .body("fields.find { it.field == 'caseType' }.changed", equalTo(0))
                .body(milestones + ".changed", equalTo(1))
                .body(milestones + ".examples.caseId", contains(acute))
                .body(milestones + ".examples[0].before", startsWith("ACUTE_RESPONSE due 2021-02-12T10:00:00Z, "))
                .body(milestones + ".examples[0].after", startsWith("ACUTE_RESPONSE due 2021-02-12T11:00:00Z, "))
                .body(milestones + ".examples[0].after",
                        containsString("WATCHFUL_WAITING_CHECK_IN P14D from ACCEPTANCE"));
    }

    @Test
    void replayingTheActiveVersionChangesNothing() {
        Api.createCase(on("2021-02-08T09:00:00Z").types("SEXUAL_HARASSMENT").setting("SPORT"));
        as(Tokens.coordinator()).post("/api/rule-sets/1/replay?from=2021-02-08&to=2021-02-08").then()
                .statusCode(200).body("evaluated", equalTo(1)).body("changed", equalTo(0));
    }

    @Test
    void replayRefusesBadInput() {
        as(Tokens.coordinator()).post("/api/rule-sets/1/replay?from=yesterday").then()
                .statusCode(400).body("violations.field", hasItem("from"));
        as(Tokens.coordinator()).post("/api/rule-sets/1/replay?from=2021-02-05&to=2021-02-04").then()
                .statusCode(400).body("violations.field", hasItem("to"));
        as(Tokens.coordinator()).post("/api/rule-sets/99999/replay").then()
                .statusCode(404).body("detail", containsString("99999"));
        as(Tokens.casemanager("CSG")).post("/api/rule-sets/1/replay").then().statusCode(403);
    }
}
