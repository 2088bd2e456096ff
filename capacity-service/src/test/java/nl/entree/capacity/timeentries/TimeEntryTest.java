package nl.entree.capacity.timeentries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.TriageStub;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

@QuarkusTest
class TimeEntryTest {

    @AfterEach
    void triageBackUp() {
        TriageStub.up();
    }

    private static Map<String, Object> entry(UUID caseId, String caseType, Object minutes, LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId.toString());
        body.put("caseType", caseType);
        body.put("minutes", minutes);
        body.put("date", date.toString());
        body.put("activity", "CASEMANAGEMENT");
        return body;
    }

    @Test
    void aCasemanagerOfTheLeadRegistersHoursWithTheirOwnToken() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        String token = Tokens.casemanager("CSG");

        String location = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 95, LocalDate.now().minusDays(1)))
                .when().post("/api/time-entries")
                .then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .header("Location", containsString("/api/time-entries/"))
                .body("caseId", equalTo(caseId.toString()))
                .body("organisation", equalTo("CSG"))
                .body("minutes", equalTo(95))
                .body("activity", equalTo("CASEMANAGEMENT"))
                .extract().header("Location");
        assertEquals("Bearer " + token, TriageStub.lastAuthorization("cases"),
                "triage must be asked with the caller's own token");

        given().auth().oauth2(token)
                .when().get(location)
                .then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("caseId", equalTo(caseId.toString()))
                .body("minutes", equalTo(95));
        given().auth().oauth2(Tokens.casemanager("SHN"))
                .when().get(location)
                .then().statusCode(404);
    }

    @Test
    void aRegionalCoordinatorReadsTheEntriesOfCasesInTheirRegionOnly() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        String location = given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 40, LocalDate.now().minusDays(1)))
                .when().post("/api/time-entries")
                .then().statusCode(201).extract().header("Location");

        // The stub's cases lie in VR13.
        given().auth().oauth2(Tokens.coordinator("VR05")).when().get(location).then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator("VR13")).when().get(location).then().statusCode(200)
                .body("minutes", equalTo(40));
        given().auth().oauth2(Tokens.coordinator()).when().get(location).then().statusCode(200);
        given().auth().oauth2(Tokens.as("coordinator").region("vr13").sign()).when().get(location)
                .then().statusCode(403);
    }

    @Test
    void aCaseTriageDoesNotShowTheCallerIsNotFound() {
        UUID caseId = TriageStub.newCase(Organisation.VT, CaseType.VT_SAFETY_ASSESSMENT);
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(entry(caseId, "VT_SAFETY_ASSESSMENT", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(entry(UUID.randomUUID(), "CSG_ACUTE", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(404);
    }

    @Test
    void aSupportingOrganisationBooksItsOwnHoursOnTheCase() {
        UUID caseId = UUID.randomUUID();
        TriageStub.putCase(new TriageStub.StubCase(caseId, Organisation.CSG, List.of(Organisation.SHN),
                CaseType.CSG_ACUTE, CaseStatus.ACCEPTED));
        given().auth().oauth2(Tokens.casemanager("SHN")).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(201).body("organisation", equalTo("SHN"));
        given().auth().oauth2(Tokens.casemanager("FIER")).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void hoursMayBeBookedAfterTheCaseClosed() {
        UUID caseId = UUID.randomUUID();
        TriageStub.putCase(new TriageStub.StubCase(caseId, Organisation.CVSN, List.of(), CaseType.CVSN_CASE,
                CaseStatus.CLOSED));
        given().auth().oauth2(Tokens.casemanager("CVSN")).contentType(ContentType.JSON)
                .body(entry(caseId, "CVSN_CASE", 1440, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(201);
    }

    @Test
    void theApiDocumentSaysSupportingOrganisationsBookToo() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/time-entries'.post.summary", containsString("supports"))
                .body("paths.'/api/time-entries'.post.summary", not(containsString("as its lead")));
    }

    @Test
    void refusesInvalidEntriesNamingTheField() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_NON_ACUTE);
        String token = Tokens.casemanager("CSG");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("caseType"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_NON_ACUTE", 0, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("minutes"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_NON_ACUTE", 1441, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("minutes"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_NON_ACUTE", 30, LocalDate.now().plusDays(2)))
                .when().post("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("date"));
        Map<String, Object> withText = entry(caseId, "CSG_NON_ACUTE", 30, LocalDate.now());
        withText.put("note", "talked with the victim's mother");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(withText)
                .when().post("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("note"));
        Map<String, Object> badActivity = entry(caseId, "CSG_NON_ACUTE", 30, LocalDate.now());
        badActivity.put("activity", "GOSSIP");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(badActivity)
                .when().post("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("activity"));
    }

    @Test
    void hoursBookedOnAnImplausibleDayAreRefusedNamingTheRange() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_NON_ACUTE);
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_NON_ACUTE", 30, LocalDate.of(1900, 1, 1)))
                .when().post("/api/time-entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("date"))
                .body("violations[0].message", equalTo("must not lie before 2000-01-01"));
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_NON_ACUTE", 30, LocalDate.of(2000, 1, 1)))
                .when().post("/api/time-entries")
                .then().statusCode(201);
    }

    @Test
    void onlyCasemanagersBookHours() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(403);
    }

    @Test
    void aTokenTriageKnowsWasSignedOutIs401NotATryAgain() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        String signedOut = Tokens.casemanager("CSG");
        TriageStub.refuse(signedOut, 401);
        given().auth().oauth2(signedOut).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("Retry-After", nullValue());
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(201);
    }

    @Test
    void aTokenTriageForbidsIs403NotATryAgain() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        String forbidden = Tokens.coordinator("VR13");
        TriageStub.refuse(forbidden, 403);
        given().auth().oauth2(forbidden).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("triage-service"))
                .header("Retry-After", nullValue());
        // The refused read is kept in the case's trail, beside the allowed one.
        given().auth().oauth2(Tokens.coordinator("VR13")).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", caseId.toString()).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'TIME_ENTRY_READ' }.result", containsInAnyOrder("FORBIDDEN", "OK"));
    }

    @Test
    void triageDownIs503UntilItComesBack() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        TriageStub.down();
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 30, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("triage-service"));
        TriageStub.up();
        String location = given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(entry(caseId, "CSG_ACUTE", 45, LocalDate.now()))
                .when().post("/api/time-entries")
                .then().statusCode(201).extract().header("Location");
        assertTrue(location.matches(".*/api/time-entries/[0-9a-f-]{36}"));
        given().auth().oauth2(Tokens.admin())
                .when().get(location)
                .then().statusCode(200).body("minutes", equalTo(45));
    }
}
