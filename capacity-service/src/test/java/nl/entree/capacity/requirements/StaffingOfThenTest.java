package nl.entree.capacity.requirements;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import nl.entree.capacity.support.Doubles;
import nl.entree.capacity.support.FutureDates;
import nl.entree.common.time.DutchTime;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * Issue 18: the yearly publication must be reproducible, so a month is priced with the staffing in force when it
 * ended, not with today's. SHN's staffing in VR17, SHN's norm and SHN's cost are written by this class only; the
 * norm and the cost start far ahead, and as first versions they apply to every month before.
 */
@QuarkusTest
class StaffingOfThenTest {

    private static final double WEEKS_PER_MONTH = 52 / 12.0;
    private static final double EUROS_PER_FTE_YEAR = 60_000;

    @Inject
    MutableClock clock;

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPastMonthKeepsTheStaffingOfThenAndTheCurrentMonthFollowsTodays() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"lowHours\":2,\"expectedHours\":4,\"highHours\":6,\"source\":\"test\",\"validFrom\":\""
                        + FutureDates.next() + "\"}")
                .put("/api/norms/SHN/SHN_SUPPORT").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"eurosPerFtePerYear\":60000,\"source\":\"test\",\"assumption\":false,\"validFrom\":\""
                        + FutureDates.next() + "\"}")
                .put("/api/costs/SHN").then().statusCode(200);
        // Registered in 2024 (the test clock): 4 FTE from March, 6 from September, 32 h at 60%: 19.2 h a week.
        registerAt("2024-03-01T09:00:00Z", "{\"fte\":4,\"contractHoursPerFtePerWeek\":32,\"productiveShare\":0.6}");
        registerAt("2024-09-02T09:00:00Z", "{\"fte\":6,\"contractHoursPerFtePerWeek\":32,\"productiveShare\":0.6}");
        clock.reset();
        String now = YearMonth.now(DutchTime.ZONE).toString();
        String lines = "{\"lines\":[" + line("2024-01") + "," + line("2024-06") + "," + line("2024-10") + ","
                + line("2025-03") + "," + line(now) + "]";
        String regional = lines + ",\"region\":\"VR17\"}";
        String national = lines + "}";

        JsonPath before = requirements(regional);
        JsonPath nationalBefore = requirements(national);
        // January 2024 ended before the first registration: the configured 36 h × 0.7, and no FTE available.
        assertEquals(hours(before, "2024-01") / (36 * 0.7 * WEEKS_PER_MONTH), month(before, "2024-01", "fteNeeded"),
                1e-9);
        assertNull(month(before, "2024-01", "fteAvailable"));
        assertNull(month(before, "2024-01", "gap"));
        assertEquals(hours(before, "2024-06") / (19.2 * WEEKS_PER_MONTH), month(before, "2024-06", "fteNeeded"),
                1e-9);
        assertEquals(4.0, month(before, "2024-06", "fteAvailable"), 1e-9);
        assertEquals(hours(before, "2024-06") * EUROS_PER_FTE_YEAR / (19.2 * 52), month(before, "2024-06", "euros"),
                1e-6);
        assertEquals(6.0, month(before, "2024-10", "fteAvailable"), 1e-9);
        // The year: its months' FTE needed averaged over the three months asked for. January had no staff, so the
        // year has no FTE available: the staff of June and October set against the need of all three is no gap.
        double yearNeeded = (month(before, "2024-01", "fteNeeded") + month(before, "2024-06", "fteNeeded")
                + month(before, "2024-10", "fteNeeded")) / 3;
        assertEquals(yearNeeded, year(before, "fteNeeded"), 1e-9);
        assertNull(year(before, "fteAvailable"));
        assertNull(year(before, "gap"));
        // 2025 asked for March only, which had the 6 FTE registered in September 2024: a year with one staffed month.
        assertEquals(month(before, "2025-03", "fteNeeded"), year(before, "2025", "fteNeeded"), 1e-9);
        assertEquals(6.0, year(before, "2025", "fteAvailable"), 1e-9);
        assertEquals(month(before, "2025-03", "fteNeeded") - 6.0, year(before, "2025", "gap"), 1e-9);
        assertEquals(hours(before, now) / (19.2 * WEEKS_PER_MONTH), month(before, now, "fteNeeded"), 1e-9);

        // Today: 9 FTE of 24 h at 50%, 12 h a week.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).queryParam("region", "VR17")
                .body("{\"fte\":9,\"contractHoursPerFtePerWeek\":24,\"productiveShare\":0.5}")
                .put("/api/staffing/SHN").then().statusCode(200);
        JsonPath after = requirements(regional);
        JsonPath nationalAfter = requirements(national);

        for (String field : List.of("fteNeeded", "fteAvailable", "gap", "euros", "eurosPerCase")) {
            for (String month : List.of("2024-01", "2024-06", "2024-10", "2025-03")) {
                assertEquals(month(before, month, field), month(after, month, field), month + " " + field);
                assertEquals(month(nationalBefore, month, field), month(nationalAfter, month, field),
                        "national " + month + " " + field);
            }
            for (String year : List.of("2024", "2025")) {
                assertEquals(year(before, year, field), year(after, year, field), year + " " + field);
                assertEquals(year(nationalBefore, year, field), year(nationalAfter, year, field),
                        "national " + year + " " + field);
            }
        }
        assertEquals(hours(after, now) / (12 * WEEKS_PER_MONTH), month(after, now, "fteNeeded"), 1e-9);
        assertEquals(9.0, month(after, now, "fteAvailable"), 1e-9);
        assertEquals(hours(after, now) * EUROS_PER_FTE_YEAR / (12 * 52), month(after, now, "euros"), 1e-6);
    }

    private void registerAt(String moment, String staffing) {
        clock.set(Instant.parse(moment));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).queryParam("region", "VR17")
                .body(staffing).put("/api/staffing/SHN").then().statusCode(200);
    }

    private static String line(String month) {
        return "{\"organisation\":\"SHN\",\"caseType\":\"SHN_SUPPORT\",\"month\":\"" + month + "\",\"cases\":25}";
    }

    private static JsonPath requirements(String body) {
        return given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/requirements").then().statusCode(200).extract().jsonPath();
    }

    private static double hours(JsonPath answer, String month) {
        return month(answer, month, "hoursExpected");
    }

    private static Double month(JsonPath answer, String month, String field) {
        return answer.get("months.find { it.period == '" + month + "' }." + field);
    }

    private static Double year(JsonPath answer, String field) {
        return year(answer, "2024", field);
    }

    private static Double year(JsonPath answer, String year, String field) {
        return answer.get("years.find { it.period == '" + year + "' }." + field);
    }
}
