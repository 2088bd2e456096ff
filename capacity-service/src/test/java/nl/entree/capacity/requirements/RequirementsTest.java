package nl.entree.capacity.requirements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.Doubles;
import nl.entree.capacity.support.FutureDates;
import nl.entree.support.token.Tokens;

/**
 * One FTE gives 36 h × 0.7 = 25.2 productive hours a week: 25.2 × 52/12 = 109.2 h a month, 25.2 × 52 = 1310.4 h
 * a year. CVSN and HELPWANTED staffing are written by this class only, so their FTE available is known; FIER
 * staffing is written by no test.
 */
@QuarkusTest
class RequirementsTest {

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    private static final double MONTH = 36 * 0.7 * 52 / 12.0;

    private static Map<String, Object> line(String org, String caseType, String month, double cases) {
        return Map.of("organisation", org, "caseType", caseType, "month", month, "cases", cases);
    }

    /** CVSN's staff, as every test here that reads it registers it: 3 FTE assigned to no region, 1.5 in VR05. */
    private static void cvsnStaff() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("fte", 3)).when().put("/api/staffing/CVSN").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).queryParam("region", "VR05")
                .body(Map.of("fte", 1.5)).when().put("/api/staffing/CVSN").then().statusCode(200);
    }

    @Test
    void hoursAreCasesTimesNormAndFteComesFromStaffing() {
        cvsnStaff();

        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(
                        line("CSG", "CSG_ACUTE", "2027-01", 10),
                        line("CSG", "CSG_NON_ACUTE", "2027-01", 100),
                        line("CSG", "CSG_ACUTE", "2027-02", 20),
                        line("CVSN", "CVSN_CASE", "2027-01", 12.5),
                        line("VT", "VT_SAFETY_ASSESSMENT", "2027-01", 50),
                        line("VT", "VT_SAFETY_ASSESSMENT", "2027-03", 60.5))))
                .when().post("/api/requirements")
                .then().statusCode(200)
                .body("months", hasSize(3))
                // CSG 2027-01: 10 × 11/12/13 + 100 × 3.5 = 460 / 470 / 480 h
                .body("months.find { it.period == '2027-01' && it.organisation == 'CSG' }.cases", closeTo(110.0, 1e-9))
                .body("months.find { it.period == '2027-01' && it.organisation == 'CSG' }.hoursLow", closeTo(460.0, 1e-9))
                .body("months.find { it.period == '2027-01' && it.organisation == 'CSG' }.hoursExpected",
                        closeTo(470.0, 1e-9))
                .body("months.find { it.period == '2027-01' && it.organisation == 'CSG' }.hoursHigh", closeTo(480.0, 1e-9))
                .body("months.find { it.period == '2027-01' && it.organisation == 'CSG' }.fteNeeded",
                        closeTo(470.0 / MONTH, 1e-9))
                .body("months.find { it.period == '2027-02' && it.organisation == 'CSG' }.hoursExpected",
                        closeTo(240.0, 1e-9))
                // CVSN 2027-01: 12.5 × 11 = 137.5 h; available 3 + 1.5 = 4.5 FTE
                .body("months.find { it.organisation == 'CVSN' }.hoursExpected", closeTo(137.5, 1e-9))
                .body("months.find { it.organisation == 'CVSN' }.fteNeeded", closeTo(137.5 / MONTH, 1e-9))
                .body("months.find { it.organisation == 'CVSN' }.fteAvailable", closeTo(4.5, 1e-9))
                .body("months.find { it.organisation == 'CVSN' }.gap", closeTo(137.5 / MONTH - 4.5, 1e-9))
                // the year: 470 + 240 = 710 h for CSG, its FTE averaged over the two months asked for
                .body("years.find { it.period == '2027' && it.organisation == 'CSG' }.hoursExpected", closeTo(710.0, 1e-9))
                .body("years.find { it.period == '2027' && it.organisation == 'CSG' }.fteNeeded",
                        closeTo(710.0 / 2 / MONTH, 1e-9))
                .body("years.find { it.organisation == 'CVSN' }.gap", closeTo(137.5 / MONTH - 4.5, 1e-9))
                // VT has no norm: listed apart, not guessed, and no VT row
                .body("months.organisation", contains("CSG", "CSG", "CVSN"))
                .body("withoutNorm", hasSize(1))
                .body("withoutNorm[0].organisation", equalTo("VT"))
                .body("withoutNorm[0].caseType", equalTo("VT_SAFETY_ASSESSMENT"))
                .body("withoutNorm[0].firstMonth", equalTo("2027-01"))
                .body("withoutNorm[0].lastMonth", equalTo("2027-03"))
                .body("withoutNorm[0].cases", closeTo(110.5, 1e-9));
    }

    @Test
    void aRegionsCasesAreSetAgainstThatRegionsStaffOnly() {
        cvsnStaff();
        String lines = "\"lines\": [{\"organisation\": \"CVSN\", \"caseType\": \"CVSN_CASE\", \"month\": \"2027-01\", "
                + "\"cases\": 12.5}]";
        String national = "{" + lines + "}";
        String vr05 = "{" + lines + ", \"region\": \"VR05\"}";
        String vr06 = "{" + lines + ", \"region\": \"VR06\"}";

        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(national)
                .when().post("/api/requirements").then().statusCode(200)
                .body("months[0].fteAvailable", closeTo(4.5, 1e-9))
                .body("years[0].fteAvailable", closeTo(4.5, 1e-9));
        // 12.5 × 11 = 137.5 h
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(vr05)
                .when().post("/api/requirements").then().statusCode(200)
                .body("months[0].hoursExpected", closeTo(137.5, 1e-9))
                .body("months[0].fteNeeded", closeTo(137.5 / MONTH, 1e-9))
                .body("months[0].fteAvailable", closeTo(1.5, 1e-9))
                .body("months[0].gap", closeTo(137.5 / MONTH - 1.5, 1e-9))
                .body("years[0].fteAvailable", closeTo(1.5, 1e-9))
                .body("years[0].gap", closeTo(137.5 / MONTH - 1.5, 1e-9));
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON).body(vr06)
                .when().post("/api/requirements").then().statusCode(200)
                .body("months[0].fteNeeded", closeTo(137.5 / MONTH, 1e-9))
                .body("months[0].fteAvailable", nullValue())
                .body("months[0].gap", nullValue());
    }

    /**
     * Review capacity §2: six months of a year, each short by about 1 FTE, showed a year with a surplus of 4.5 FTE,
     * its need spread over 12 months and its staff over 6. CSG's staffing in VR18 is written by this test only.
     */
    @Test
    void aPartYearSetsItsNeedAgainstTheStaffOfTheSameMonths() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).queryParam("region", "VR18")
                .body(Map.of("fte", 10)).when().put("/api/staffing/CSG").then().statusCode(200);

        // 100 × 12 h = 1,200 h a month: 1200 / 109.2 = 10.99 FTE needed against 10 available, 0.99 short.
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", Stream.of("07", "08", "09", "10", "11", "12")
                        .map(m -> line("CSG", "CSG_ACUTE", "2027-" + m, 100)).toList(), "region", "VR18"))
                .when().post("/api/requirements").then().statusCode(200)
                .body("months", hasSize(6))
                .body("months.gap", everyItem(closeTo(1200 / MONTH - 10, 1e-9)))
                .body("years", hasSize(1))
                .body("years[0].fteNeeded", closeTo(1200 / MONTH, 1e-9))
                .body("years[0].fteAvailable", closeTo(10.0, 1e-9))
                .body("years[0].gap", closeTo(0.99, 0.005));
    }

    @Test
    void aRegionThatIsNotASafetyRegionCodeIsNamed() {
        for (String region : List.of("VR26", "vr05", "Utrecht", "")) {
            given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                    .body(Map.of("lines", List.of(line("CSG", "CSG_ACUTE", "2027-01", 1)), "region", region))
                    .when().post("/api/requirements")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", contains("region"))
                    .body("violations[0].message", containsString("VR25"));
        }
    }

    @Test
    void withoutStaffingFteAvailableAndGapAreNull() {
        LocalDate from = FutureDates.next();
        String month = from.plusMonths(1).withDayOfMonth(1).toString().substring(0, 7);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("lowHours", 2, "expectedHours", 3, "highHours", 5, "source", "test", "validFrom",
                        from.toString()))
                .when().put("/api/norms/FIER/FIER_CASE").then().statusCode(200);

        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(line("FIER", "FIER_CASE", month, 40))))
                .when().post("/api/requirements")
                .then().statusCode(200)
                .body("months[0].hoursExpected", closeTo(120.0, 1e-9))
                .body("months[0].fteAvailable", nullValue())
                .body("months[0].gap", nullValue())
                .body("withoutNorm", hasSize(0));
    }

    @Test
    void fteNeededIsInTheOrganisationsOwnFteWhenItsStaffingSaysHowMuchAnFteGives() {
        LocalDate from = FutureDates.next();
        String month = from.plusMonths(1).withDayOfMonth(1).toString().substring(0, 7);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("lowHours", 2, "expectedHours", 3, "highHours", 4, "source", "test", "validFrom",
                        from.toString()))
                .when().put("/api/norms/HELPWANTED/HELPWANTED_ADVICE").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).queryParam("region", "VR20")
                .body(Map.of("fte", 2, "contractHoursPerFtePerWeek", 32, "productiveShare", 0.6))
                .when().put("/api/staffing/HELPWANTED").then().statusCode(200);

        // One Helpwanted FTE gives 32 h × 0.6 = 19.2 h a week, 83.2 h a month: 100 × 3 h needs 300 / 83.2 FTE.
        double helpwantedMonth = 32 * 0.6 * 52 / 12.0;
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(line("HELPWANTED", "HELPWANTED_ADVICE", month, 100))))
                .when().post("/api/requirements")
                .then().statusCode(200)
                .body("months[0].hoursExpected", closeTo(300.0, 1e-9))
                .body("months[0].fteNeeded", closeTo(300.0 / helpwantedMonth, 1e-9))
                .body("months[0].fteAvailable", closeTo(2.0, 1e-9))
                .body("months[0].gap", closeTo(300.0 / helpwantedMonth - 2.0, 1e-9));
    }

    @Test
    void eachMonthUsesTheNormInForceThen() {
        LocalDate from = FutureDates.next().withDayOfMonth(1).plusMonths(1);
        String before = from.minusMonths(1).toString().substring(0, 7);
        String after = from.toString().substring(0, 7);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("lowHours", 20, "expectedHours", 22, "highHours", 25, "source", "test", "validFrom",
                        from.toString()))
                .when().put("/api/norms/CVSN/CVSN_CASE").then().statusCode(200);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(line("CVSN", "CVSN_CASE", before, 1), line("CVSN", "CVSN_CASE", after, 1),
                        line("CVSN", "CVSN_CASE", "2020-01", 1))))
                .when().post("/api/requirements")
                .then().statusCode(200)
                .body("months.find { it.period == '" + before + "' }.hoursExpected", closeTo(11.0, 1e-9))
                .body("months.find { it.period == '" + after + "' }.hoursExpected", closeTo(22.0, 1e-9))
                .body("months.find { it.period == '2020-01' }.hoursExpected", closeTo(11.0, 1e-9));
    }

    @Test
    void refusesLinesThatCannotBeRightNamingThem() {
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(line("CSG", "CSG_ACUTE", "2027-01", 1), line("VT", "CSG_ACUTE", "2027-01", 1))))
                .when().post("/api/requirements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("lines[1].caseType"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(line("CSG", "CSG_ACUTE", "2027-01", -3))))
                .when().post("/api/requirements")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("lines[0].cases"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of()))
                .when().post("/api/requirements")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("lines"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("organisation", "CSG", "caseType", "CSG_ACUTE", "month", "2027-13",
                        "cases", 1))))
                .when().post("/api/requirements")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("lines[0].month"));
    }

    @Test
    void coordinatorsAndCasemanagersDoNotAsk() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(line("CSG", "CSG_ACUTE", "2027-01", 1))))
                .when().post("/api/requirements")
                .then().statusCode(403);
    }
}
