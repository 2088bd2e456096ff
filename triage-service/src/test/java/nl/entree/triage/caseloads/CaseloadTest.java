package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.common.time.DutchTime;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Regions VR23–VR25 and the month March 2020 belong to this test alone. */
@QuarkusTest
class CaseloadTest {

    @Inject
    MutableClock clock;

    private static AssessmentBuilder vr25(long hoursAgo) {
        return AssessmentBuilder.assessment().region("VR25")
                .receivedAt(Instant.now().minus(hoursAgo, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void caseloadsPerOrganisationOnAKnownSetOfCases() {
        // CSG: two acute cases waiting 3 h and 5 h (both past their 1 h deadline), one non-acute waiting 2 h.
        String acute3h = Api.createCase(vr25(3).types("RAPE").timing("WITHIN_7_DAYS"));
        String acute5h = Api.createCase(vr25(5).types("RAPE").timing("WITHIN_7_DAYS"));
        Api.createCase(vr25(2).types("SEXUAL_ASSAULT").timing("MORE_THAN_7_DAYS"));
        // Two CSG cases accepted now, received 4 h and 6 h ago, one of them closed since.
        String accepted4h = Api.createCase(vr25(4).types("SEXUAL_ABUSE").timing("MORE_THAN_7_DAYS"));
        String accepted6h = Api.createCase(vr25(6).types("SEXUAL_ABUSE").timing("MORE_THAN_7_DAYS"));
        accept(accepted4h, "CSG").statusCode(200);
        accept(accepted6h, "CSG").statusCode(200);
        Api.close(accepted6h, Tokens.casemanager("CSG"), "done").statusCode(200);
        // VT: one case, not overdue.
        Api.createCase(vr25(1).types("CHILD_ABUSE"));
        // Review: no lead, counted nowhere.
        Api.createCase(vr25(1).types("OTHER"));

        JsonPath body = as(Tokens.coordinator()).get("/api/caseloads?region=VR25").then()
                .statusCode(200).body("region", equalTo("VR25")).extract().jsonPath();
        Map<String, Object> csg = body.getMap("organisations.find { it.organisation == 'CSG' }");
        assertEquals(4, ((Number) csg.get("open")).intValue());
        assertEquals(Map.of("CSG_ACUTE", 2, "CSG_NON_ACUTE", 2), csg.get("openByCaseType"));
        assertEquals(Map.of("ACUTE", 2, "NORMAL", 2), csg.get("openByPriority"));
        assertEquals(3, ((Number) csg.get("awaitingAcceptance")).intValue());
        assertEquals(2, ((Number) csg.get("overdue")).intValue());
        assertEquals(2, ((Number) csg.get("acceptedLast7Days")).intValue());
        long longest = ((Number) csg.get("longestWaitMinutes")).longValue();
        assertTrue(longest >= 300 && longest <= 302, "longest wait " + longest);
        long median = ((Number) csg.get("medianMinutesToAcceptance")).longValue();
        assertTrue(median >= 300 && median <= 302, "median " + median);

        Map<String, Object> vt = body.getMap("organisations.find { it.organisation == 'VT' }");
        assertEquals(1, ((Number) vt.get("open")).intValue());
        assertEquals(0, ((Number) vt.get("overdue")).intValue());
        assertNull(vt.get("medianMinutesToAcceptance"));

        Map<String, Object> cvsn = body.getMap("organisations.find { it.organisation == 'CVSN' }");
        assertEquals(0, ((Number) cvsn.get("open")).intValue());
        assertNull(cvsn.get("longestWaitMinutes"));
        for (String id : List.of(acute3h, acute5h)) {
            as(Tokens.coordinator()).get("/api/cases/" + id).then().body("overdue", equalTo(true));
        }
    }

    @Test
    void caseloadsAreForCoordinatorsAndServicesOnly() {
        as(Tokens.service()).get("/api/caseloads").then().statusCode(200).body("region", nullValue());
        as(Tokens.casemanager("CSG")).get("/api/caseloads").then().statusCode(403);
        as(Tokens.ministry()).get("/api/caseloads").then().statusCode(403);
        as(Tokens.coordinator("VR25")).get("/api/caseloads?region=VR01").then().statusCode(403);
        as(Tokens.coordinator("VR25")).get("/api/caseloads").then().statusCode(200).body("region", equalTo("VR25"));
        as(Tokens.coordinator()).get("/api/caseloads?region=VR99").then()
                .statusCode(400).body("violations.field", hasItem("region"));
    }

    @Test
    void monthlyCountsAreSuppressedBelowTenForMinistries() {
        Api.createCasesOf(LocalDate.parse("2020-03-10"), 12,
                AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS").region("VR24"), clock);
        Api.createCasesOf(LocalDate.parse("2020-03-10"), 3, AssessmentBuilder.assessment().types("SEXTORTION")
                .region("VR24"), clock);
        try {
            // 31 March 23:30 in Amsterdam is still March, though it is 21:30 UTC; taken in at once.
            clock.set(Instant.parse("2020-03-31T21:30:05Z"));
            Api.createCase(AssessmentBuilder.assessment().types("SEXTORTION").region("VR24")
                    .receivedAt(Instant.parse("2020-03-31T21:30:00Z")));
        } finally {
            clock.reset();
        }

        String url = "/api/cases/stats/monthly?from=2020-03&to=2020-03";
        as(Tokens.service()).get(url).then().statusCode(200)
                .body("from", equalTo("2020-03"))
                .body("cells.size()", equalTo(2))
                .body("cells.find { it.caseType == 'CSG_NON_ACUTE' }.count", equalTo(12))
                .body("cells.find { it.caseType == 'CSG_NON_ACUTE' }.month", equalTo("2020-03"))
                .body("cells.find { it.caseType == 'HELPWANTED_ADVICE' }.count", equalTo(4))
                .body("cells.find { it.caseType == 'HELPWANTED_ADVICE' }.suppressed", equalTo(false));
        // With the month's total known from intake, 12 would give the 4 away: it is hidden with it.
        as(Tokens.ministry()).get(url).then().statusCode(200)
                .body("cells.find { it.caseType == 'CSG_NON_ACUTE' }.count", nullValue())
                .body("cells.find { it.caseType == 'HELPWANTED_ADVICE' }.count", nullValue())
                .body("cells.find { it.caseType == 'HELPWANTED_ADVICE' }.suppressed", equalTo(true));
        as(Tokens.casemanager("CSG")).get(url).then().statusCode(403);
        as(Tokens.service()).get("/api/cases/stats/monthly?from=2020-13").then()
                .statusCode(400).body("violations.field", hasItem("from"));
        as(Tokens.service()).get("/api/cases/stats/monthly?from=2020-04&to=2020-03").then()
                .statusCode(400).body("violations.field", hasItem("to"));
    }

    @Test
    void closedCasesAreListedForCapacity() {
        AssessmentBuilder sport = AssessmentBuilder.assessment().region("VR23").types("SEXUAL_HARASSMENT")
                .setting("SPORT");
        String closed = Api.createCase(sport);
        String open = Api.createCase(sport.asNewCase());
        accept(closed, "CVSN").statusCode(200);
        Api.close(closed, Tokens.casemanager("CVSN"), "Handed over to the sports tribunal").statusCode(200);
        String today = LocalDate.now(DutchTime.ZONE).toString();
        as(Tokens.service()).get("/api/cases/closed?from=" + today + "&to=" + today + "&org=CVSN&caseType=CVSN_CASE")
                .then().statusCode(200)
                .body("caseId", hasItem(closed))
                .body("caseId", not(hasItem(open)))
                .body("find { it.caseId == '" + closed + "' }.leadOrganisation", equalTo("CVSN"))
                .body("find { it.caseId == '" + closed + "' }.caseType", equalTo("CVSN_CASE"));
        as(Tokens.service()).get("/api/cases/closed?from=" + today + "&to=" + today + "&org=SHN").then()
                .statusCode(200).body("caseId", not(hasItem(closed)));
        as(Tokens.service()).get("/api/cases/closed?from=" + today + "&to=" + today + "&caseType=CVSN_CASE").then()
                .statusCode(200).body("caseId", hasItem(closed));
        as(Tokens.service()).get("/api/cases/closed?to=" + today).then()
                .statusCode(400).body("violations.field", hasItem("from"));
        as(Tokens.casemanager("CVSN")).get("/api/cases/closed?from=" + today + "&to=" + today).then().statusCode(403);
    }

    @Test
    void readingClosedCasesIsInTheTrailOfEachCaseNamed() {
        String closed = Api.createCase(AssessmentBuilder.assessment().region("VR23").types("SEXUAL_HARASSMENT")
                .setting("SPORT"));
        accept(closed, "CVSN").statusCode(200);
        Api.close(closed, Tokens.casemanager("CVSN"), "Afgerond").statusCode(200);
        String today = LocalDate.now(DutchTime.ZONE).toString();
        String capacity = Tokens.asService().subject("capacity-reads-closed").sign();
        as(capacity).get("/api/cases/closed?from=" + today + "&to=" + today + "&org=CVSN").then().statusCode(200)
                .body("caseId", hasItem(closed));

        as(Tokens.admin()).get("/api/audit?objectId=" + closed).then().statusCode(200)
                .body("findAll { it.actor == 'capacity-reads-closed' }.action", hasItem("CASES_CLOSED_READ"))
                .body("find { it.action == 'CASES_CLOSED_READ' }.objectType", equalTo("case"));
    }

    private static AssessmentBuilder vr23() {
        return AssessmentBuilder.assessment().region("VR23");
    }

    @Test
    void openCasesAreListedForCapacityWithoutAnythingAboutThePerson() {
        String offered = Api.createCase(vr23().types("RAPE").timing("WITHIN_7_DAYS"));
        String accepted = Api.createCase(vr23().types("SEXUAL_HARASSMENT").setting("SPORT"));
        String closed = Api.createCase(vr23().types("SEXUAL_HARASSMENT").setting("SPORT"));
        String review = Api.createCase(vr23().types("OTHER"));
        accept(accepted, "CVSN").statusCode(200);
        accept(closed, "CVSN").statusCode(200);
        Api.close(closed, Tokens.casemanager("CVSN"), "done").statusCode(200);

        as(Tokens.service()).get("/api/cases/open?region=VR23").then().statusCode(200)
                .body("caseId", hasItem(offered))
                .body("caseId", hasItem(accepted))
                .body("caseId", not(hasItem(closed)))
                .body("caseId", not(hasItem(review)))
                .body("find { it.caseId == '" + offered + "' }.leadOrganisation", equalTo("CSG"))
                .body("find { it.caseId == '" + offered + "' }.caseType", equalTo("CSG_ACUTE"))
                .body("find { it.caseId == '" + accepted + "' }.caseType", equalTo("CVSN_CASE"))
                .body("find { it.caseId == '" + offered + "' }.keySet()",
                        equalTo(Set.of("caseId", "leadOrganisation", "caseType")));
        as(Tokens.service()).get("/api/cases/open?region=VR23&org=CSG").then().statusCode(200)
                .body("caseId", hasItem(offered))
                .body("caseId", not(hasItem(accepted)));
        as(Tokens.service()).get("/api/cases/open?region=VR22").then().statusCode(200)
                .body("caseId", not(hasItem(offered)));

        as(Tokens.as("coordinator").subject("open-cases-reader").region("VR23").sign()).get("/api/cases/open")
                .then().statusCode(200).body("caseId", hasItem(offered));
        // Who was given a case in this list is in the case's own trail.
        as(Tokens.admin()).get("/api/audit?objectId=" + offered).then().statusCode(200)
                .body("findAll { it.actor == 'open-cases-reader' }.action", hasItem("CASES_OPEN_READ"));
        as(Tokens.coordinator("VR01")).get("/api/cases/open?region=VR23").then().statusCode(403);
        as(Tokens.casemanager("CSG")).get("/api/cases/open").then().statusCode(403);
        as(Tokens.service()).get("/api/cases/open?org=NOPE").then().statusCode(400)
                .body("violations.field", hasItem("org"));
    }
}
