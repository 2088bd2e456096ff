package nl.entree.triage.rules;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * A version activated decides every region's cases, so its activation rests only on a replay that looked at all the
 * past cases. Cases received on 16–17 March 2021 belong to this test alone; version 1 is active again when each test
 * ends.
 */
@QuarkusTest
class ActivationRestsOnANationalReplayTest {

    private static int candidate() {
        return as(Tokens.admin())
                .body(RuleSetPublishingTest.defaultWith(d -> ((ArrayNode) d.get("rules"))
                        .remove(RuleSetPublishingTest.indexOf(d, "sport"))).toString())
                .post("/api/rule-sets").then().statusCode(201).extract().path("version");
    }

    private static void activateVersionOne() {
        as(Tokens.admin()).post("/api/rule-sets/1/replay").then().statusCode(200);
        as(Tokens.admin()).post("/api/rule-sets/1/activate").then().statusCode(200);
    }

    @Test
    void aRegionalCoordinatorsReplayDoesNotUnlockANationalActivationAndAReplayOverEveryRegionDoes() {
        Api.createCase(AssessmentBuilder.assessment().receivedAt(Instant.parse("2021-03-16T09:00:00Z"))
                .types("SEXUAL_HARASSMENT").setting("SPORT").region("VR12"));
        int version = candidate();
        String regional = Tokens.as("coordinator").region("VR12").subject("replayer-vr12").sign();
        try {
            as(regional).post("/api/rule-sets/" + version + "/replay").then().statusCode(200)
                    .body("region", equalTo("VR12")).body("evaluated", greaterThanOrEqualTo(1));
            as(Tokens.admin()).post("/api/rule-sets/" + version + "/activate").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("a replay over every region that leaves out no past case"))
                    .body("detail", containsString("POST /api/rule-sets/" + version + "/replay"));
            as(Tokens.coordinator()).get("/api/rule-sets/active").then().body("version", equalTo(1));
            as(Tokens.admin()).get("/api/audit?objectId=" + version).then().statusCode(200)
                    .body("findAll { it.action == 'RULE_SET_ACTIVATE' }.result", hasItem("CONFLICT"));

            String national = Tokens.as("coordinator").subject("replayer-national").sign();
            as(national).post("/api/rule-sets/" + version + "/replay").then().statusCode(200)
                    .body("region", nullValue()).body("leftOut", equalTo(0));
            String madeAt = as(Tokens.admin()).get("/api/rule-sets/" + version + "/replays").then().statusCode(200)
                    .body("[0].madeBy", equalTo("replayer-national")).extract().path("[0].madeAt");
            // The regional replay, made later, is not what the activation rests on.
            as(regional).post("/api/rule-sets/" + version + "/replay").then().statusCode(200);
            as(Tokens.admin()).post("/api/rule-sets/" + version + "/activate").then().statusCode(200)
                    .body("active", equalTo(true))
                    .body("activatedOn.madeBy", equalTo("replayer-national"))
                    .body("activatedOn.madeAt", equalTo(madeAt))
                    .body("activatedOn.evaluated", greaterThan(0));
        } finally {
            activateVersionOne();
        }
        as(Tokens.coordinator()).get("/api/rule-sets/active").then().body("version", equalTo(1))
                .body("activatedOn", nullValue());
    }

    @Test
    void aReplayWhoseWindowLeftOutPastCasesDoesNotUnlockAnActivation() {
        Api.createCase(AssessmentBuilder.assessment().receivedAt(Instant.parse("2021-03-17T09:00:00Z"))
                .types("SEXUAL_HARASSMENT").setting("SPORT").region("VR03"));
        int version = candidate();
        try {
            // A day on which no case was received: it looked at nothing, and every case was left out.
            as(Tokens.admin()).post("/api/rule-sets/" + version + "/replay?from=2021-03-18&to=2021-03-18").then()
                    .statusCode(200).body("evaluated", equalTo(0));
            // One day of cases is not every case either.
            as(Tokens.admin()).post("/api/rule-sets/" + version + "/replay?from=2021-03-17&to=2021-03-17").then()
                    .statusCode(200).body("evaluated", equalTo(1));
            as(Tokens.admin()).post("/api/rule-sets/" + version + "/activate").then().statusCode(409)
                    .body("detail", containsString("without from and to"));
            as(Tokens.coordinator()).get("/api/rule-sets/active").then().body("version", equalTo(1));
            as(Tokens.admin()).get("/api/rule-sets/" + version + "/replays").then().statusCode(200)
                    .body("[0].report.leftOut", greaterThan(0)).body("[1].report.leftOut", greaterThan(0));
        } finally {
            activateVersionOne();
        }
    }
}
