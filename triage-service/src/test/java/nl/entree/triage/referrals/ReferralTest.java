package nl.entree.triage.referrals;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.time.DutchTime;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Issue 17: referrals onward and their waiting times. Region VR17, and the year 2015, belong to this test alone. */
@QuarkusTest
class ReferralTest {

    private static final LocalDate TODAY = LocalDate.now(DutchTime.ZONE);

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Rape long ago with a legal need, reported 200 days ago: CSG leads, SHN supports; accepted by CSG. */
    private static String acceptedCase() {
        String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR17")
                .receivedAt(TODAY.minusDays(200).atStartOfDay(DutchTime.ZONE).toInstant()));
        accept(id, "CSG").statusCode(200);
        return id;
    }

    private static ValidatableResponse refer(String caseId, String org, String kind, Object askedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("askedOn", askedOn == null ? null : askedOn.toString());
        return as(Tokens.casemanager(org)).body(body).post("/api/cases/" + caseId + "/referrals").then();
    }

    private static ValidatableResponse step(String caseId, String referral, String org, String step, LocalDate on,
            String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        body.put("on", on.toString());
        body.put("reason", reason);
        return as(Tokens.casemanager(org)).body(body)
                .post("/api/cases/" + caseId + "/referrals/" + referral + "/progress").then();
    }

    @Test
    void aReferralIsAskedAcceptedAndStartedEachOnItsDayAndItsWaitIsCounted() {
        String id = acceptedCase();
        String referral = refer(id, "CSG", "GGZ", TODAY.minusDays(30)).statusCode(201)
                .body("state", equalTo("ASKED")).body("waitingDays", equalTo(30)).body("referredBy", equalTo("CSG"))
                .extract().path("id");
        step(id, referral, "CSG", "ACCEPTED", TODAY.minusDays(20), null).statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("acceptedOn", equalTo(TODAY.minusDays(20).toString()));
        step(id, referral, "CSG", "STARTED", TODAY.minusDays(2), null).statusCode(200)
                .body("state", equalTo("STARTED")).body("waitingDays", equalTo(28));
        step(id, referral, "CSG", "FAILED", TODAY, "OTHER").statusCode(409).contentType("application/problem+json");

        as(Tokens.casemanager("CSG")).get("/api/cases/" + id + "/referrals").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("kind", contains("GGZ")).body("[0].startedOn", equalTo(TODAY.minusDays(2).toString()));
    }

    @Test
    void aReferralThatFailedSaysWhyAndOnlyItsOwnOrganisationRecordsIt() {
        String id = acceptedCase();
        String bySupporter = refer(id, "SHN", "PERSPECTIEF_HERSTELBEMIDDELING", TODAY.minusDays(5)).statusCode(201)
                .body("referredBy", equalTo("SHN")).extract().path("id");
        step(id, bySupporter, "CSG", "STARTED", TODAY, null).statusCode(403);
        step(id, bySupporter, "SHN", "FAILED", TODAY, null).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("reason"));
        step(id, bySupporter, "SHN", "FAILED", TODAY.minusDays(1), "PERSON_DECLINED").statusCode(200)
                .body("state", equalTo("FAILED")).body("failureReason", equalTo("PERSON_DECLINED"))
                .body("waitingDays", nullValue());
        step(id, bySupporter, "SHN", "STARTED", TODAY, null).statusCode(409);
    }

    @Test
    void aReferralOfALeadThatHandedTheCaseOnIsTakenOverByTheNewLead() {
        String id = acceptedCase();
        String ref = refer(id, "CSG", "GGZ", TODAY.minusDays(30)).statusCode(201).extract().path("id");
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "FIER", "reason", "Past beter"))
                .post("/api/cases/" + id + "/reassign").then().statusCode(200);
        accept(id, "FIER").statusCode(200);
        as(Tokens.casemanager("FIER")).get("/api/cases/" + id + "/referrals").then().statusCode(200)
                .body("[0].referredBy", equalTo("CSG")).body("[0].progressBy", equalTo("FIER"));

        // A supporter that did not make it does not take it over; the lead does, and says so once in the history.
        step(id, ref, "SHN", "ACCEPTED", TODAY.minusDays(20), null).statusCode(403);
        step(id, ref, "FIER", "ACCEPTED", TODAY.minusDays(20), null).statusCode(200);
        step(id, ref, "FIER", "STARTED", TODAY.minusDays(1), null).statusCode(200)
                .body("state", equalTo("STARTED")).body("waitingDays", equalTo(29))
                .body("referredBy", equalTo("CSG")).body("progressBy", nullValue());
        as(Tokens.casemanager("FIER")).get("/api/cases/" + id).then().statusCode(200)
                .body("history.findAll { it.event == 'REFERRAL_TAKEN_OVER' }.size()", equalTo(1))
                .body("history.find { it.event == 'REFERRAL_TAKEN_OVER' }.supporter", equalTo("CSG"))
                .body("history.find { it.event == 'REFERRAL_TAKEN_OVER' }.actorOrganisation", equalTo("FIER"))
                .body("history.find { it.event == 'REFERRAL_TAKEN_OVER' }.reason", containsString("GGZ"));
    }

    @Test
    void aReferralOfARemovedSupporterIsRecordedByTheLead() {
        String id = acceptedCase();
        String ref = refer(id, "SHN", "PERSPECTIEF_HERSTELBEMIDDELING", TODAY.minusDays(10)).statusCode(201)
                .extract().path("id");
        step(id, ref, "CSG", "STARTED", TODAY, null).statusCode(403);
        as(Tokens.coordinator()).body(Map.of("reason", "Juridische steun afgerond"))
                .post("/api/cases/" + id + "/supporters/SHN/remove").then().statusCode(200);
        step(id, ref, "SHN", "STARTED", TODAY, null).statusCode(404);
        step(id, ref, "CSG", "FAILED", TODAY, "PERSON_DECLINED").statusCode(200)
                .body("state", equalTo("FAILED")).body("referredBy", equalTo("SHN"));
    }

    @Test
    void badReferralsAreRefusedNamingTheField() {
        String id = acceptedCase();
        refer(id, "CSG", "GGZ", TODAY.plusDays(1)).statusCode(400).body("violations.field", hasItem("askedOn"));
        refer(id, "CSG", "GGZ", TODAY.minusDays(400)).statusCode(400).body("violations.field", hasItem("askedOn"));
        refer(id, "CSG", null, TODAY).statusCode(400).body("violations.field", hasItem("kind"));
        refer(id, "CSG", "HOMEOPATH", TODAY).statusCode(400).contentType("application/problem+json");
        refer(id, "FIER", "GGZ", TODAY).statusCode(404);
        as(Tokens.coordinator()).body(Map.of("kind", "GGZ", "askedOn", TODAY.toString()))
                .post("/api/cases/" + id + "/referrals").then().statusCode(403);
        String offered = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR17"));
        refer(offered, "CSG", "GP", TODAY).statusCode(409);
        refer(id, "CSG", "WMO", TODAY.minusDays(2)).statusCode(201);
        refer(id, "CSG", "WMO", TODAY.minusDays(2)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("open on this case already"));
        String referral = refer(id, "CSG", "GP", TODAY.minusDays(3)).statusCode(201).extract().path("id");
        step(id, referral, "CSG", "STARTED", TODAY.minusDays(4), null).statusCode(400)
                .body("violations.field", hasItem("on"));
        step(id, "00000000-0000-0000-0000-000000000000", "CSG", "STARTED", TODAY, null).statusCode(404);
    }

    @Test
    void waitingTimesPerKindAndRegionAreMedianAndP80ForCoordinatorsAndSuppressedBelowTenForMinistries() {
        String from = TODAY.minusDays(10).toString();
        String to = TODAY.toString();
        Map<String, Object> before = police(as(Tokens.coordinator()).get("/api/referrals/waiting-times?from=" + from
                + "&to=" + to + "&region=VR17").then().statusCode(200).extract().jsonPath());
        assertEquals(null, before, "no police reports in VR17 before this test");

        String id = acceptedCase();
        // Waits of 10, 20, 30, 40 and 80 days; the last is more than ten weeks. One more still waits.
        for (int wait : List.of(10, 20, 30, 40, 80)) {
            String r = refer(id, "CSG", "POLICE_REPORT", TODAY.minusDays(wait + 1)).statusCode(201).extract().path("id");
            step(id, r, "CSG", "STARTED", TODAY.minusDays(1), null).statusCode(200);
        }
        refer(id, "CSG", "POLICE_REPORT", TODAY.minusDays(3)).statusCode(201);

        JsonPath coordinator = as(Tokens.coordinator()).get("/api/referrals/waiting-times?from=" + from + "&to=" + to
                + "&region=VR17").then().statusCode(200).body("region", equalTo("VR17")).extract().jsonPath();
        Map<String, Object> police = police(coordinator);
        assertEquals(5, ((Number) police.get("started")).intValue());
        assertEquals(30.0, ((Number) police.get("medianDays")).doubleValue());
        assertEquals(40.0, ((Number) police.get("p80Days")).doubleValue(), "nearest rank: the 4th of 5");
        assertEquals(1, ((Number) police.get("overTenWeeks")).intValue());
        assertEquals(1, ((Number) police.get("stillWaiting")).intValue());

        // A ministry gets completed calendar years only (MinistryFiguresTest checks what it sees there).
        as(Tokens.ministry()).get("/api/referrals/waiting-times?from=" + from + "&to=" + to + "&region=VR17").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("from"));

        as(Tokens.coordinator()).get("/api/referrals/waiting-times?from=" + to + "&to=" + from).then().statusCode(400)
                .body("violations.field", hasItem("to"));
        as(Tokens.coordinator()).get("/api/referrals/waiting-times?from=gisteren&to=" + to).then().statusCode(400)
                .body("violations.field", hasItem("from"));
        as(Tokens.coordinator("VR01")).get("/api/referrals/waiting-times?from=" + from + "&to=" + to
                + "&region=VR17").then().statusCode(403);
        as(Tokens.casemanager("CSG")).get("/api/referrals/waiting-times?from=" + from + "&to=" + to).then()
                .statusCode(403);
    }

    @Test
    void aMinistryGetsAYearOfWaitingTimesFromTheSecondOfJanuaryDutchTimeAsFromEveryOtherService() {
        String year = "/api/referrals/waiting-times?from=2015-01-01&to=2015-12-31";
        // 23:59 on 1 January in Amsterdam: starts recorded on the first still belong in 2015, which is not frozen yet.
        clock.set(Instant.parse("2016-01-01T22:59:00Z"));
        as(Tokens.ministry()).get(year).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("from"));
        // Midnight, 2 January in Amsterdam.
        clock.set(Instant.parse("2016-01-01T23:00:00Z"));
        as(Tokens.ministry()).get(year).then().statusCode(200).body("from", equalTo("2015-01-01"));
    }

    private static Map<String, Object> police(JsonPath body) {
        return body.getMap("rows.find { it.kind == 'POLICE_REPORT' && it.region == 'VR17' }");
    }
}
