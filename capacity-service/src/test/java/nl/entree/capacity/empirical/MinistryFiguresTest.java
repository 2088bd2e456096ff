package nl.entree.capacity.empirical;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.entree.capacity.support.Doubles;
import nl.entree.capacity.support.TriageStub;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.openapi.OpenApiDocument;
import nl.entree.support.token.Tokens;

/**
 * Every figure capacity gives a ministry. Only the empirical norms are counted from cases; norms, staffing, Erlang C
 * and requirements are figures about staff or about what the caller itself sends.
 */
@QuarkusTest
class MinistryFiguresTest {

    @Inject
    DataSource db;

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    @AfterEach
    void emptyTriage() {
        TriageStub.closed(List.of());
    }

    /**
     * A ministry sees each year as it was first shown, so every test that shows a ministry hours has a year of its
     * own; the last two years are read with no cases below.
     */
    private static final int YEARS_AGO_SMALL_SAMPLE = 3;
    private static final int YEARS_AGO_LARGE_SAMPLE = 4;
    private static final int YEARS_AGO_LATE_HOURS = 5;
    private static final int YEARS_AGO_ELEVEN = 6;
    private static final int YEARS_AGO_FROZEN_UNDER_THE_OLD_RULE = 7;

    private static int year(int yearsAgo) {
        return Year.now().getValue() - yearsAgo;
    }

    /** A ministry's request for CVSN's empirical norms of that year. */
    private static RequestSpecification ministry(int yearsAgo) {
        return given().auth().oauth2(Tokens.ministry()).queryParam("org", "CVSN")
                .queryParam("from", year(yearsAgo) + "-01-01").queryParam("to", year(yearsAgo) + "-12-31");
    }

    /** {@code withHours} closed CVSN cases with one hour registered each, and {@code without} with none. */
    private static List<UUID> closedCases(int withHours, int without) {
        List<ClosedCase> closed = new ArrayList<>();
        for (int i = 0; i < withHours + without; i++) {
            UUID id = TriageStub.newCase(Organisation.CVSN, CaseType.CVSN_CASE);
            if (i < withHours) {
                given().auth().oauth2(Tokens.casemanager(Organisation.CVSN)).contentType(ContentType.JSON)
                        .body(Map.of("caseId", id.toString(), "caseType", "CVSN_CASE", "minutes", 60 + i,
                                "date", LocalDate.now().minusDays(3).toString(), "activity", "CASEMANAGEMENT"))
                        .when().post("/api/time-entries").then().statusCode(201);
            }
            closed.add(new ClosedCase(id, Organisation.CVSN, CaseType.CVSN_CASE, Instant.now().minusSeconds(60)));
        }
        TriageStub.closed(closed);
        return closed.stream().map(ClosedCase::caseId).toList();
    }

    @Test
    void everyEndpointAMinistryCanCallIsCheckedHere() {
        // Staffing and its versions are FTE of staff, and costs are euros per FTE: not counts of people helped.
        assertEquals(Set.of("GET /api/norms", "GET /api/norms/{org}/{caseType}/history", "GET /api/norms/empirical",
                "GET /api/staffing/{org}", "GET /api/staffing/{org}/in-force", "GET /api/staffing/{org}/history",
                "POST /api/requirements", "POST /api/lines/staffing", "GET /api/costs", "GET /api/costs/{org}/history"),
                Set.copyOf(OpenApiDocument.fetch().reachableWith(Tokens.ministry())));
    }

    @Test
    void fewerThanTenCasesWithHoursHideTheSampleAndItsComplementButNotTheTotal() {
        closedCases(5, 7);
        ministry(YEARS_AGO_SMALL_SAMPLE).when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows[0].closedCases", equalTo(12))
                .body("rows[0].n", nullValue())
                .body("rows[0].casesWithoutHours", nullValue())
                .body("rows[0].meanHours", nullValue())
                .body("rows[0].medianHours", nullValue())
                .body("rows[0].p80Hours", nullValue())
                .body("rows[0].meanMinusExpected", nullValue())
                .body("rows[0].suppressed", equalTo(true));
        given().auth().oauth2(Tokens.coordinator()).queryParam("org", "CVSN")
                .queryParam("from", year(YEARS_AGO_SMALL_SAMPLE) + "-01-01")
                .queryParam("to", year(YEARS_AGO_SMALL_SAMPLE) + "-12-31")
                .when().get("/api/norms/empirical")
                .then().statusCode(200).body("rows[0].n", equalTo(5)).body("rows[0].casesWithoutHours", equalTo(7));
    }

    @Test
    void aYearAMinistryHasSeenStaysAsItWasSoHoursBookedLaterAreNotTheDifferenceOfTwoReads() {
        List<UUID> cases = closedCases(14, 10);
        EmpiricalNorms first = ministry(YEARS_AGO_LATE_HOURS).when().get("/api/norms/empirical")
                .then().statusCode(200).extract().as(EmpiricalNorms.class);
        assertEquals(14L, first.rows().get(0).n());
        assertEquals(10L, first.rows().get(0).casesWithoutHours());

        // Hours booked afterwards on a case closed without them: n 15 and 9 would show one case and its hours.
        given().auth().oauth2(Tokens.casemanager(Organisation.CVSN)).contentType(ContentType.JSON)
                .body(Map.of("caseId", cases.get(cases.size() - 1).toString(), "caseType", "CVSN_CASE",
                        "minutes", 600, "date", LocalDate.now().minusDays(1).toString(),
                        "activity", "CASEMANAGEMENT"))
                .when().post("/api/time-entries").then().statusCode(201);

        assertEquals(first, ministry(YEARS_AGO_LATE_HOURS).when().get("/api/norms/empirical")
                .then().statusCode(200).extract().as(EmpiricalNorms.class));
        given().auth().oauth2(Tokens.coordinator()).queryParam("org", "CVSN")
                .queryParam("from", year(YEARS_AGO_LATE_HOURS) + "-01-01")
                .queryParam("to", year(YEARS_AGO_LATE_HOURS) + "-12-31")
                .when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows[0].n", equalTo(15)).body("rows[0].casesWithoutHours", equalTo(9));
    }

    /**
     * Hours are shown only over 10 cases or more. Of 11 closed cases with their parts hidden, hours shown would say n
     * is 10, and so that one case had none; below 19 they would narrow the small part in the same way.
     */
    @Test
    void aTotalBelowNineteenWithHiddenPartsHidesTheHoursTooSinceTheyWouldTellWhichPartIsSmall() {
        closedCases(10, 1);
        ministry(YEARS_AGO_ELEVEN).when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows[0].closedCases", equalTo(11))
                .body("rows[0].n", nullValue())
                .body("rows[0].casesWithoutHours", nullValue())
                .body("rows[0].meanHours", nullValue())
                .body("rows[0].medianHours", nullValue())
                .body("rows[0].p80Hours", nullValue())
                .body("rows[0].suppressed", equalTo(true));
    }

    @Test
    void aRowFrozenBeforeTheHoursWereHiddenBesideHiddenPartsIsShownWithoutThem() throws Exception {
        // As such a row was frozen until db6b658: 11 closed cases, the parts hidden, the hours of the 10 shown.
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into published_empirical_norm (id, organisation, case_type, year, row, published_at)
                values (gen_random_uuid(), 'CVSN', 'CVSN_CASE', ?, '{"caseType": "CVSN_CASE", "closedCases": 11,
                  "n": null, "casesWithoutHours": null, "meanHours": 1.0, "medianHours": 1.0, "p80Hours": 1.5,
                  "norm": null, "meanMinusExpected": -2.0, "medianMinusExpected": -2.0, "p80MinusHigh": -3.5,
                  "suppressed": true}', now())""")) {
            insert.setInt(1, year(YEARS_AGO_FROZEN_UNDER_THE_OLD_RULE));
            insert.executeUpdate();
        }

        ministry(YEARS_AGO_FROZEN_UNDER_THE_OLD_RULE).when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows[0].closedCases", equalTo(11))
                .body("rows[0].meanHours", nullValue())
                .body("rows[0].medianHours", nullValue())
                .body("rows[0].p80Hours", nullValue())
                .body("rows[0].meanMinusExpected", nullValue())
                .body("rows[0].medianMinusExpected", nullValue())
                .body("rows[0].p80MinusHigh", nullValue())
                .body("rows[0].suppressed", equalTo(true));
    }

    @Test
    void aLargeSampleKeepsItsHoursWhileTheSmallComplementHidesBothParts() {
        closedCases(20, 3);
        ministry(YEARS_AGO_LARGE_SAMPLE).when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("rows[0].closedCases", equalTo(23))
                .body("rows[0].n", nullValue())
                .body("rows[0].casesWithoutHours", nullValue())
                .body("rows[0].meanHours", notNullValue())
                .body("rows[0].suppressed", equalTo(true));
        // At full precision mean × 60 × n is a whole number of minutes for the true n only, which would give the
        // hidden parts away; to the half hour it does not.
        EmpiricalNorms.Row row = ministry(YEARS_AGO_LARGE_SAMPLE).when().get("/api/norms/empirical").then()
                .extract().as(EmpiricalNorms.class).rows().get(0);
        for (double value : List.of(row.meanHours(), row.medianHours(), row.p80Hours())) {
            assertEquals(Math.rint(value * 2), value * 2, 1e-9, "to the half hour: " + value);
        }
    }

    @Test
    void aMinistryAsksForOneCompletedCalendarYearSoThatNoTwoPeriodsCanBeSubtracted() {
        int last = Disclosure.lastCompletedYear(Clock.systemUTC());
        given().auth().oauth2(Tokens.ministry()).queryParam("org", "CVSN")
                .when().get("/api/norms/empirical")
                .then().statusCode(200)
                .body("from", equalTo(last + "-01-01")).body("to", equalTo(last + "-12-31"));
        given().auth().oauth2(Tokens.ministry()).queryParam("org", "CVSN")
                .queryParam("from", (last - 1) + "-01-01").queryParam("to", (last - 1) + "-12-31")
                .when().get("/api/norms/empirical").then().statusCode(200);
        given().auth().oauth2(Tokens.ministry()).queryParam("org", "CVSN")
                .queryParam("from", last + "-01-01").queryParam("to", last + "-12-30")
                .when().get("/api/norms/empirical").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.ministry()).queryParam("org", "CVSN")
                .queryParam("from", (last + 1) + "-01-01").queryParam("to", (last + 1) + "-12-31")
                .when().get("/api/norms/empirical").then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.coordinator()).queryParam("org", "CVSN")
                .queryParam("from", last + "-01-01").queryParam("to", last + "-12-30")
                .when().get("/api/norms/empirical").then().statusCode(200);
    }
}
