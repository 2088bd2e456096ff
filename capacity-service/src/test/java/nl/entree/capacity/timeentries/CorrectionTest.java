package nl.entree.capacity.timeentries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.TriageStub;
import nl.entree.common.contract.Activity;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/** Hours on a case are listed with their total, and corrected by a new entry that keeps the original. */
@QuarkusTest
class CorrectionTest {

    @Inject
    ObjectMapper json;

    private static final String TODAY = LocalDate.now(DutchTime.ZONE).toString();

    @AfterEach
    void triageBackUp() {
        TriageStub.up();
    }

    static String register(String token, UUID caseId, String caseType, int minutes) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "caseType", caseType, "minutes", minutes, "date", TODAY,
                        "activity", "CASEMANAGEMENT"))
                .when().post("/api/time-entries")
                .then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse correct(String token, String entryId, Object minutes) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("minutes", minutes, "date", TODAY, "activity", "TRAVEL"))
                .when().post("/api/time-entries/" + entryId + "/corrections")
                .then();
    }

    @Test
    void aCorrectionTakesThePlaceOfTheEntryAndTheOriginalStaysInTheHistory() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        String token = Tokens.casemanager("CSG");
        String first = register(token, caseId, "CSG_ACUTE", 90);
        register(token, caseId, "CSG_ACUTE", 30);

        String correction = correct(token, first, 60).statusCode(201)
                .header("Location", containsString("/api/time-entries/"))
                .header("Cache-Control", containsString("no-store"))
                .body("corrects", equalTo(first))
                .body("minutes", equalTo(60))
                .body("activity", equalTo("TRAVEL"))
                .body("caseType", equalTo("CSG_ACUTE"))
                .extract().path("id");

        given().auth().oauth2(token).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries")
                .then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("caseId", equalTo(caseId.toString()))
                .body("totalMinutes", equalTo(90))
                .body("entries", hasSize(3))
                .body("entries[0].minutes", equalTo(90))
                .body("entries[0].correctedBy", equalTo(correction))
                .body("entries[1].correctedBy", nullValue())
                .body("entries[2].corrects", equalTo(first));
        given().auth().oauth2(token).when().get("/api/time-entries/" + first)
                .then().statusCode(200).body("minutes", equalTo(90)).body("correctedBy", equalTo(correction));

        // One line of corrections: the original is corrected once; a second thought corrects the correction.
        correct(token, first, 45).statusCode(409).contentType("application/problem+json");
        correct(token, correction, 0).statusCode(201);
        given().auth().oauth2(token).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries")
                .then().statusCode(200).body("totalMinutes", equalTo(30)).body("entries", hasSize(4));

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", caseId.toString()).when().get("/api/audit")
                .then().statusCode(200)
                .body("action", hasItem("TIME_ENTRY_CORRECT"));
    }

    @Test
    void onlyTheOrganisationThatBookedTheHoursCorrectsThem() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        String entry = register(Tokens.casemanager("CSG"), caseId, "CSG_ACUTE", 90);
        correct(Tokens.casemanager("SHN"), entry, 60).statusCode(404).contentType("application/problem+json");
        correct(Tokens.casemanager("CSG"), UUID.randomUUID().toString(), 60).statusCode(404);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("minutes", 60, "date", TODAY, "activity", "TRAVEL"))
                .when().post("/api/time-entries/" + entry + "/corrections")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.casemanager("CSG")).when().get("/api/time-entries/" + entry)
                .then().statusCode(200).body("correctedBy", nullValue());
    }

    @Test
    void aBadCorrectionIsRefusedNamingTheField() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        String token = Tokens.casemanager("CSG");
        String entry = register(token, caseId, "CSG_ACUTE", 90);
        correct(token, entry, -1).statusCode(400).body("violations[0].field", equalTo("minutes"));
        correct(token, entry, 1441).statusCode(400).body("violations[0].field", equalTo("minutes"));
        correct(token, entry, "anderhalf").statusCode(400).body("violations[0].field", equalTo("minutes"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("minutes", 60, "date", LocalDate.now().plusDays(3).toString(), "activity", "TRAVEL"))
                .when().post("/api/time-entries/" + entry + "/corrections")
                .then().statusCode(400).body("violations[0].field", equalTo("date"));
        // A first registration of 0 minutes stays refused: only a correction withdraws hours.
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "caseType", "CSG_ACUTE", "minutes", 0, "date", TODAY,
                        "activity", "CASEMANAGEMENT"))
                .when().post("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("minutes"));
    }

    /** A double click, or a retry after web gave up waiting: the hours form's key books them once. */
    @Test
    void theSameHoursSentTwiceWithTheirFormsKeyAreBookedOnce() throws Exception {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        String token = Tokens.casemanager("CSG");
        String key = UUID.randomUUID().toString();
        String hours = json.writeValueAsString(new TimeEntryRequest(caseId, CaseType.CSG_ACUTE, 45,
                LocalDate.parse(TODAY), Activity.CASEMANAGEMENT));
        ExecutorService browser = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(browser.submit(() -> given().auth().oauth2(token).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(hours).when().post("/api/time-entries")
                        .then().statusCode(201).extract().<String>path("id")));
            }
            assertEquals(sent.get(0).get(30, TimeUnit.SECONDS), sent.get(1).get(30, TimeUnit.SECONDS),
                    "both answers name the one entry");
        } finally {
            browser.shutdownNow();
        }
        given().auth().oauth2(token).queryParam("caseId", caseId.toString()).when().get("/api/time-entries")
                .then().statusCode(200).body("totalMinutes", equalTo(45)).body("entries", hasSize(1));

        String other = json.writeValueAsString(new TimeEntryRequest(caseId, CaseType.CSG_ACUTE, 60,
                LocalDate.parse(TODAY), Activity.CASEMANAGEMENT));
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(other)
                .when().post("/api/time-entries").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(token).header("Idempotency-Key", "met spatie").contentType(ContentType.JSON)
                .body(hours).when().post("/api/time-entries").then().statusCode(400)
                .body("violations.field", hasItem("Idempotency-Key"));
    }

    @Test
    void theHoursOnACaseAreEachOrganisationsOwnAndARegionalCoordinatorsWithinTheirRegion() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        register(Tokens.casemanager("CSG"), caseId, "CSG_ACUTE", 50);
        given().auth().oauth2(Tokens.casemanager("SHN")).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries")
                .then().statusCode(200).body("entries", hasSize(0)).body("totalMinutes", equalTo(0));
        // The stub's cases lie in VR13.
        given().auth().oauth2(Tokens.coordinator("VR05")).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries").then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator("VR13")).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries").then().statusCode(200).body("totalMinutes", equalTo(50));
        given().auth().oauth2(Tokens.admin()).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries").then().statusCode(200).body("entries.minutes", contains(50));
        given().auth().oauth2(Tokens.casemanager("CSG")).when().get("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("caseId"));
        given().auth().oauth2(Tokens.casemanager("CSG")).queryParam("caseId", "E-2026-1")
                .when().get("/api/time-entries")
                .then().statusCode(400).body("violations[0].field", equalTo("caseId"));
        given().auth().oauth2(Tokens.ministry()).queryParam("caseId", caseId.toString())
                .when().get("/api/time-entries").then().statusCode(403);
    }
}
