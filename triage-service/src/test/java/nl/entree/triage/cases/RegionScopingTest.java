package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.time.DutchTime;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Regions VR10 and VR11, and April and May 2017, belong to this test alone. */
@QuarkusTest
class RegionScopingTest {

    private static AssessmentBuilder sport(String day, String region) {
        return AssessmentBuilder.assessment().receivedAt(Instant.parse(day + "T10:00:00Z"))
                .types("SEXUAL_HARASSMENT").setting("SPORT").region(region);
    }

    @Test
    void aRegionClaimThatIsNotExactlyOneRegionCodeIsRefusedInsteadOfMeaningEveryRegion() {
        for (Object claim : List.of("vr13", List.of("VR13"), "VR26", "")) {
            String token = Tokens.as("coordinator").region(claim).sign();
            as(token).get("/api/cases").then().statusCode(403).contentType("application/problem+json");
            as(token).get("/api/cases/stats/monthly?from=2017-04&to=2017-04").then().statusCode(403);
            as(token).get("/api/caseloads").then().statusCode(403);
        }
    }

    @Test
    void aRegionalCoordinatorCountsOnlyTheirOwnRegionPerMonth() {
        Api.createCase(sport("2017-04-12", "VR10"));
        Api.createCase(sport("2017-04-13", "VR10"));
        Api.createCase(sport("2017-04-14", "VR11"));

        String monthly = "/api/cases/stats/monthly?from=2017-04&to=2017-04";
        as(Tokens.coordinator("VR10")).get(monthly).then().statusCode(200)
                .body("cells.findAll { it.organisation == 'CVSN' }.sum { it.count }", equalTo(2));
        as(Tokens.coordinator("VR11")).get(monthly).then().statusCode(200)
                .body("cells.findAll { it.organisation == 'CVSN' }.sum { it.count }", equalTo(1));
        as(Tokens.coordinator()).get(monthly).then().statusCode(200)
                .body("cells.findAll { it.organisation == 'CVSN' }.sum { it.count }", equalTo(3));
    }

    @Test
    void aRegionalCoordinatorReplaysOnlyTheCasesOfTheirOwnRegion() {
        Api.createCase(sport("2017-05-12", "VR10"));
        Api.createCase(sport("2017-05-12", "VR11"));
        Api.createCase(sport("2017-05-13", "VR11"));

        String replay = "/api/rule-sets/1/replay?from=2017-05-01&to=2017-05-31";
        as(Tokens.coordinator("VR11")).post(replay).then().statusCode(200).body("evaluated", equalTo(2));
    }

    @Test
    void aRegionalCoordinatorSeesOnlyTheClosedCasesOfTheirOwnRegion() {
        String here = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR10"));
        String elsewhere = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR11"));
        for (String id : new String[] {here, elsewhere}) {
            Api.accept(id, "CSG").statusCode(200);
            Api.close(id, Tokens.casemanager("CSG"), "Referred on").statusCode(200);
        }
        String today = LocalDate.now(DutchTime.ZONE).toString();
        String closed = "/api/cases/closed?from=" + today + "&to=" + today;

        as(Tokens.coordinator("VR10")).get(closed).then().statusCode(200)
                .body("caseId", hasItem(here))
                .body("caseId", not(hasItem(elsewhere)));
        as(Tokens.service()).get(closed).then().statusCode(200)
                .body("caseId", hasItem(here))
                .body("caseId", hasItem(elsewhere));
    }
}
