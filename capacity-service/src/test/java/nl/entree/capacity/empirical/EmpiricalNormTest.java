package nl.entree.capacity.empirical;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.Doubles;
import nl.entree.capacity.support.TriageStub;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

@QuarkusTest
class EmpiricalNormTest {

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    @AfterEach
    void triageBackUp() {
        TriageStub.up();
    }

    /** A closed case in the stub with the given entries (minutes each) registered through the API. */
    private static ClosedCase closedCaseWith(Organisation org, CaseType type, int... minutes) {
        UUID id = TriageStub.newCase(org, type);
        String token = Tokens.casemanager(org);
        for (int m : minutes) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("caseId", id.toString(), "caseType", type.name(), "minutes", m,
                            "date", LocalDate.now().minusDays(3).toString(), "activity", "CASEMANAGEMENT"))
                    .when().post("/api/time-entries")
                    .then().statusCode(201);
        }
        return new ClosedCase(id, org, type, Instant.now().minusSeconds(3600));
    }

    @Test
    void measuresHoursPerClosedCaseAgainstTheNorm() {
        List<ClosedCase> closed = new ArrayList<>();
        closed.add(closedCaseWith(Organisation.CSG, CaseType.CSG_ACUTE, 480));        // 8 h
        closed.add(closedCaseWith(Organisation.CSG, CaseType.CSG_ACUTE, 600));        // 10 h
        closed.add(closedCaseWith(Organisation.CSG, CaseType.CSG_ACUTE, 400, 320));   // 12 h
        closed.add(closedCaseWith(Organisation.CSG, CaseType.CSG_ACUTE, 780, 60));    // 14 h
        closed.add(closedCaseWith(Organisation.CSG, CaseType.CSG_ACUTE, 900));        // 15 h
        closed.add(closedCaseWith(Organisation.CSG, CaseType.CSG_ACUTE));             // none registered
        closed.add(closedCaseWith(Organisation.CSG, CaseType.CSG_NON_ACUTE, 150, 60)); // 3.5 h
        TriageStub.closed(closed);

        // hours 8, 10, 12, 14, 15: mean 59/5 = 11.8; median 12; p80 at (5−1)·0.8 = 3.2 → 14 + 0.2·(15 − 14) = 14.2
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("from", "2026-01-01").queryParam("to", "2026-06-30")
                .when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("organisation", equalTo("CSG"))
                .body("rows.caseType", contains("CSG_ACUTE", "CSG_NON_ACUTE"))
                .body("rows[0].closedCases", equalTo(6))
                .body("rows[0].n", equalTo(5))
                .body("rows[0].casesWithoutHours", equalTo(1))
                .body("rows[0].meanHours", closeTo(11.8, 1e-9))
                .body("rows[0].medianHours", closeTo(12.0, 1e-9))
                .body("rows[0].p80Hours", closeTo(14.2, 1e-9))
                .body("rows[0].norm.expectedHours", closeTo(12.0, 1e-9))
                .body("rows[0].meanMinusExpected", closeTo(-0.2, 1e-9))
                .body("rows[0].medianMinusExpected", closeTo(0.0, 1e-9))
                .body("rows[0].p80MinusHigh", closeTo(1.2, 1e-9))
                .body("rows[1].n", equalTo(1))
                .body("rows[1].meanHours", closeTo(3.5, 1e-9))
                .body("rows[1].meanMinusExpected", closeTo(0.0, 1e-9));

        String query = TriageStub.lastClosedQuery();
        assertTrue(query.contains("from=2026-01-01") && query.contains("to=2026-06-30") && query.contains("org=CSG"),
                query);
        assertTrue(TriageStub.payload(TriageStub.lastAuthorization("closed")).contains("\"service\""),
                "closed cases are read with the service token");
    }

    private static void correctFirstEntry(ClosedCase c, Organisation org, int minutes) {
        String token = Tokens.casemanager(org);
        String first = given().auth().oauth2(token).queryParam("caseId", c.caseId().toString())
                .when().get("/api/time-entries").then().statusCode(200).extract().path("entries[0].id");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("minutes", minutes, "date", LocalDate.now().minusDays(1).toString(),
                        "activity", "CASEMANAGEMENT"))
                .when().post("/api/time-entries/" + first + "/corrections")
                .then().statusCode(201);
    }

    @Test
    void correctedHoursAreMeasuredAsCorrectedAndWithdrawnHoursAsNone() {
        ClosedCase typo = closedCaseWith(Organisation.CVSN, CaseType.CVSN_CASE, 60, 120);
        ClosedCase wrongCase = closedCaseWith(Organisation.CVSN, CaseType.CVSN_CASE, 300);
        ClosedCase untouched = closedCaseWith(Organisation.CVSN, CaseType.CVSN_CASE, 600);
        correctFirstEntry(typo, Organisation.CVSN, 480);    // 60 → 480: 8 + 2 = 10 h
        correctFirstEntry(wrongCase, Organisation.CVSN, 0); // withdrawn: a case without hours
        TriageStub.closed(List.of(typo, wrongCase, untouched));

        // hours 10 and 10: mean 10, against the 11 h norm −1; the withdrawn case is not a case of 0 hours.
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CVSN")
                .when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows[0].closedCases", equalTo(3))
                .body("rows[0].n", equalTo(2))
                .body("rows[0].casesWithoutHours", equalTo(1))
                .body("rows[0].meanHours", closeTo(10.0, 1e-9))
                .body("rows[0].meanMinusExpected", closeTo(-1.0, 1e-9));
    }

    @Test
    void withoutANormTheHoursAreShownAndTheDifferenceIsNot() {
        TriageStub.closed(List.of(closedCaseWith(Organisation.HELPWANTED, CaseType.HELPWANTED_ADVICE, 90)));
        given().auth().oauth2(Tokens.admin())
                .queryParam("org", "HELPWANTED").queryParam("caseType", "HELPWANTED_ADVICE")
                .when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows[0].n", equalTo(1))
                .body("rows[0].meanHours", closeTo(1.5, 1e-9))
                .body("rows[0].norm.status", equalTo("NO_NORM"))
                .body("rows[0].norm.note", containsString("No norm registered"))
                .body("rows[0].meanMinusExpected", nullValue());
    }

    @Test
    void casesOfOtherTypesOrOrganisationsAreNotCounted() {
        TriageStub.closed(List.of(
                closedCaseWith(Organisation.CVSN, CaseType.CVSN_CASE, 660),
                closedCaseWith(Organisation.CSG, CaseType.CSG_ACUTE, 60)));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CVSN")
                .when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows.caseType", contains("CVSN_CASE"))
                .body("rows[0].closedCases", equalTo(1))
                .body("rows[0].meanHours", closeTo(11.0, 1e-9))
                .body("rows[0].meanMinusExpected", closeTo(0.0, 1e-9));
    }

    @Test
    void aMinistrySeesNoFiguresBelowTenCases() {
        TriageStub.closed(List.of(closedCaseWith(Organisation.CVSN, CaseType.CVSN_CASE, 600)));
        given().auth().oauth2(Tokens.ministry())
                .queryParam("org", "CVSN")
                .when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows[0].suppressed", equalTo(true))
                .body("rows[0].closedCases", nullValue())
                .body("rows[0].meanHours", nullValue())
                .body("rows[0].norm.expectedHours", closeTo(11.0, 1e-9));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "CVSN").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'EMPIRICAL_NORMS_READ' }.actorRole", hasItem("ministry"));
    }

    @Test
    void refusesBadParametersNamingThem() {
        given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/norms/empirical")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("org"));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("caseType", "CVSN_CASE")
                .when().get("/api/norms/empirical")
                .then().statusCode(400).body("violations[0].field", equalTo("caseType"));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("from", "2026-05-01").queryParam("to", "2026-04-01")
                .when().get("/api/norms/empirical")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("to", "yesterday")
                .when().get("/api/norms/empirical")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        // ISO dates reach year ±999,999,999; a year reckoned back from there overflowed into a 500.
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("to", "-999999999-01-01")
                .when().get("/api/norms/empirical")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.casemanager("CSG"))
                .queryParam("org", "CSG")
                .when().get("/api/norms/empirical")
                .then().statusCode(403);
    }

    @Test
    void aCoordinatorBoundToARegionGetsNoNationalFigures() {
        TriageStub.closed(List.of(closedCaseWith(Organisation.CSG, CaseType.CSG_ACUTE, 480)));
        long asked = TriageStub.calls("closed");
        given().auth().oauth2(Tokens.coordinator("VR15"))
                .queryParam("org", "CSG").queryParam("from", "2020-01-01").queryParam("to", "2026-06-30")
                .when().get("/api/norms/empirical")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("region"))
                .body("detail", containsString("VR15"))
                .body("rows", nullValue());
        assertEquals(asked, TriageStub.calls("closed"), "triage is not asked for figures the caller may not see");
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "CSG").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'EMPIRICAL_NORMS_READ' && it.result == 'FORBIDDEN' }.actorRole",
                        hasItem("coordinator"));

        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG")
                .when().get("/api/norms/empirical")
                .then().statusCode(200).body("rows[0].closedCases", equalTo(1));
    }

    @Test
    void triageDownIs503() {
        TriageStub.down();
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG")
                .when().get("/api/norms/empirical")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("triage-service"));
    }
}
