package nl.entree.capacity.costs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import nl.entree.capacity.support.Doubles;
import nl.entree.capacity.support.FutureDates;
import nl.entree.support.token.Tokens;

/**
 * Issue 18: what an FTE costs, versioned like the norms, turns the expected hours into euros and a cost per case. FIER
 * costs are registered by this class only; CSG's here and by VersionCorrectionTest, which withdraws the ones that have
 * not started; SHN's by StaffingOfThenTest, starting far ahead, so none is in force today; CVSN's by none. CSG's
 * staffing is registered by other tests with the default hours only, so one CSG FTE gives 36 h × 0.7 × 52 = 1310.4
 * productive hours a year.
 */
@QuarkusTest
class CostTest {

    private static final double PRODUCTIVE_HOURS_A_YEAR = 36 * 0.7 * 52;

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    @Test
    void anOrganisationWithoutARegisteredCostIsUnknownAndItsEurosAreNotGuessed() {
        given().auth().oauth2(Tokens.ministry()).when().get("/api/costs").then().statusCode(200)
                .body("find { it.organisation == 'SHN' }.registered", is(false))
                .body("find { it.organisation == 'SHN' }.eurosPerFtePerYear", nullValue());
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("organisation", "CVSN", "caseType", "CVSN_CASE", "month",
                        "2027-05", "cases", 10))))
                .when().post("/api/requirements").then().statusCode(200)
                .body("months[0].hoursExpected", closeTo(110.0, 1e-9))
                .body("months[0].euros", nullValue())
                .body("months[0].eurosPerCase", nullValue())
                .body("years[0].euros", nullValue());
    }

    @Test
    void theExpectedHoursAreCostedAtTheCostOfAProductiveHourAndAnEstimateSaysSo() {
        LocalDate from = FutureDates.next();
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 75_000, "source", "Test: an estimate, not a sourced figure",
                        "assumption", true, "validFrom", from.toString()))
                .when().put("/api/costs/CSG").then().statusCode(200)
                .body("registered", is(true))
                .body("eurosPerFtePerYear", closeTo(75_000.0, 1e-9))
                .body("assumption", is(true));

        // Two months of one year that start after this version, whatever CSG's versions before it say: 10 acute
        // and 20 non-acute cases in the first, 10 acute in the second, priced at the hours each month takes.
        LocalDate first = LocalDate.of(from.getYear() + 1, 1, 1);
        String january = first.toString().substring(0, 7);
        String february = first.plusMonths(1).toString().substring(0, 7);
        double perHour = 75_000 / PRODUCTIVE_HOURS_A_YEAR;
        JsonPath answer = given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(
                        Map.of("organisation", "CSG", "caseType", "CSG_ACUTE", "month", january, "cases", 10),
                        Map.of("organisation", "CSG", "caseType", "CSG_NON_ACUTE", "month", january, "cases", 20),
                        Map.of("organisation", "CSG", "caseType", "CSG_ACUTE", "month", february, "cases", 10))))
                .when().post("/api/requirements").then().statusCode(200).extract().jsonPath();
        double januaryHours = answer.getDouble("months.find { it.period == '" + january + "' }.hoursExpected");
        double yearHours = answer.getDouble("years[0].hoursExpected");
        assertEquals(januaryHours * perHour, answer.getDouble("months.find { it.period == '" + january
                + "' }.euros"), 1e-6);
        assertEquals(januaryHours * perHour / 30, answer.getDouble("months.find { it.period == '" + january
                + "' }.eurosPerCase"), 1e-6);
        assertTrue(answer.getBoolean("months.find { it.period == '" + january + "' }.costAssumption"));
        assertEquals(yearHours * perHour, answer.getDouble("years[0].euros"), 1e-6);
        assertEquals(yearHours * perHour / 40, answer.getDouble("years[0].eurosPerCase"), 1e-6);
        assertTrue(answer.getBoolean("years[0].costAssumption"));
    }

    @Test
    void versionsAreKeptAndANewOneMustStartAfterTheOneInForce() {
        LocalDate first = FutureDates.next();
        LocalDate second = FutureDates.next();
        register("FIER", 61_000, false, first).statusCode(200).body("assumption", is(false));
        register("FIER", 64_000, false, second).statusCode(200);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/costs/FIER/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].eurosPerFtePerYear", closeTo(61_000.0, 1e-9))
                .body("[0].validTo", equalTo(second.toString()))
                .body("[1].validTo", nullValue());
        given().auth().oauth2(Tokens.ministry()).queryParam("at", second.toString()).when().get("/api/costs")
                .then().statusCode(200)
                .body("find { it.organisation == 'FIER' }.eurosPerFtePerYear", closeTo(64_000.0, 1e-9));
        register("FIER", 65_000, false, first).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputIsNamedAndOnlyCoordinatorsRegister() {
        register("FIER", 60_000, false, LocalDate.now().minusDays(1)).statusCode(400)
                .body("violations.field", hasItem("validFrom"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", -5, "assumption", true))
                .when().put("/api/costs/FIER").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("eurosPerFtePerYear"))
                .body("violations.field", hasItem("source"));
        // Stored to the cent, it would be 0.00: refused here rather than by the table (a 500).
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 0.004, "source", "x", "assumption", true))
                .when().put("/api/costs/FIER").then().statusCode(400)
                .body("violations.field", equalTo(List.of("eurosPerFtePerYear")));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/costs?at=2026-13-01").then().statusCode(400)
                .body("violations.field", equalTo(List.of("at")));
        given().auth().oauth2(Tokens.casemanager("FIER")).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 60_000, "source", "x", "assumption", true))
                .when().put("/api/costs/FIER").then().statusCode(403);
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 60_000, "source", "x", "assumption", true))
                .when().put("/api/costs/FIER").then().statusCode(403);
    }

    @Test
    void aCoordinatorBoundToARegionDoesNotChangeAnOrganisationsCost() {
        given().auth().oauth2(Tokens.coordinator("VR09")).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 1_000, "source", "One region's figure", "assumption", true,
                        "validFrom", FutureDates.next().toString()))
                .when().put("/api/costs/SHN").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("VR09"))
                .body("detail", containsString("region"));
        given().auth().oauth2(Tokens.coordinator("VR09")).when().get("/api/costs/SHN/history").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void aCostRefusedForItsRegionOrItsDateIsAuditedAndChangesNothing() {
        String regional = Tokens.as("coordinator").subject("coordinator-cost-refused").region("VR09").sign();
        String national = Tokens.as("coordinator").subject("coordinator-cost-refused").sign();
        given().auth().oauth2(regional).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 1_000, "source", "One region's figure", "assumption", true,
                        "validFrom", FutureDates.next().toString()))
                .when().put("/api/costs/SHN").then().statusCode(403);
        given().auth().oauth2(national).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 1_000, "source", "Last year's figure", "assumption", false,
                        "validFrom", LocalDate.now().minusDays(1).toString()))
                .when().put("/api/costs/SHN").then().statusCode(400);
        // Refused for its form alone: it touched nothing and leaves no record.
        given().auth().oauth2(national).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", -5, "source", "x", "assumption", true))
                .when().put("/api/costs/SHN").then().statusCode(400);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "SHN").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'coordinator-cost-refused' }.action",
                        contains("COST_REGISTER", "COST_REGISTER"))
                .body("findAll { it.actor == 'coordinator-cost-refused' }.objectType", contains("fte-cost", "fte-cost"))
                .body("findAll { it.actor == 'coordinator-cost-refused' }.result", contains("FORBIDDEN", "INVALID"));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/costs/SHN/history").then().statusCode(200)
                .body("", hasSize(0));
    }

    private static io.restassured.response.ValidatableResponse register(String org, double euros, boolean assumption,
            LocalDate from) {
        return given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", euros, "source", "Test figure", "assumption", assumption,
                        "validFrom", from.toString()))
                .when().put("/api/costs/" + org).then();
    }
}
