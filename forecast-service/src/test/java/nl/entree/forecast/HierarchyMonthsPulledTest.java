package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.hierarchy.HierarchyApi.HierarchyView;
import nl.entree.forecast.hierarchy.HierarchyApi.Node;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * The hierarchy counts a month without a cell as 0 only when triage answered for that month. 2240–2242 belong to
 * this test and are the last months any test pulls: HELPWANTED and FIER each month, split over VR23 and VR24, pulled
 * in two parts with July 2242 missed between them, as when triage is down at a month's turn.
 */
@QuarkusTest
class HierarchyMonthsPulledTest {

    private static final YearMonth FIRST = YearMonth.of(2240, 1);
    private static final YearMonth MISSED = YearMonth.of(2242, 7);
    private static final YearMonth LAST = YearMonth.of(2242, 12);
    private static final String FIER = TriageCounts.seriesId(CaseType.FIER_CASE.organisation(), CaseType.FIER_CASE);
    private static boolean seeded;

    @Inject
    TriageCounts triageCounts;

    @Inject
    MutableClock clock;

    @BeforeEach
    void seed() {
        synchronized (HierarchyMonthsPulledTest.class) {
            if (seeded) {
                return;
            }
            pull(FIRST, MISSED.minusMonths(1));
            pull(MISSED.plusMonths(1), LAST);
            seeded = true;
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void pull(YearMonth from, YearMonth to) {
        List<MonthlyCaseCounts.Cell> national = new ArrayList<>();
        List<RegionalCaseCounts.Cell> regional = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            int i = (int) ChronoUnit.MONTHS.between(FIRST, m);
            long helpwanted = 80 + i + (i * 7L) % 9;
            long fier = 40 + (i * 5L) % 11;
            national.add(new MonthlyCaseCounts.Cell(m, CaseType.HELPWANTED_ADVICE.organisation(),
                    CaseType.HELPWANTED_ADVICE, helpwanted, false));
            national.add(new MonthlyCaseCounts.Cell(m, CaseType.FIER_CASE.organisation(), CaseType.FIER_CASE, fier,
                    false));
            regional.add(new RegionalCaseCounts.Cell(m, Region.VR23, null, null, null, helpwanted, false));
            regional.add(new RegionalCaseCounts.Cell(m, Region.VR24, null, null, null, fier, false));
        }
        triageCounts.store(new MonthlyCaseCounts(from, to, national));
        triageCounts.storeRegions(new RegionalCaseCounts(from, to, regional));
    }

    /** The month missed is a gap, as in the series' own forecast, not a month in which nobody sought help. */
    @Test
    void aMonthTriageWasNotAskedForIsAGapNotAZero() {
        HierarchyView h = given().auth().oauth2(Tokens.coordinator()).get("/api/hierarchy?last=" + LAST
                + "&horizon=6").then().statusCode(200).extract().as(HierarchyView.class);
        Node fier = h.nodes().stream().filter(n -> n.id().equals(FIER)).findFirst().orElseThrow();
        JsonPath own = given().auth().oauth2(Tokens.coordinator()).get("/api/forecasts/" + FIER
                + "?horizon=6&model=auto&levels=80").then().statusCode(200).extract().jsonPath();
        for (int m = 0; m < 6; m++) {
            assertEquals(own.getDouble("points[" + m + "].mean"), fier.base().get(m), 0.051,
                    "month " + m + ": the hierarchy's base forecast of FIER is its own forecast");
        }
    }

    @Test
    void aLastMonthAfterTheLastPulledIsNamed() {
        given().auth().oauth2(Tokens.coordinator()).get("/api/hierarchy?last=" + LAST.plusMonths(3)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("last"))
                .body("violations[0].message", containsString(LAST.toString()));
    }

    /** Before the 2262 the audit chain can reckon with: it counts the microseconds since 1970 through nanoseconds. */
    @Test
    void byDefaultItStartsFromTheLastPulledMonthAndSaysSo() {
        clock.set(Instant.parse("2243-02-15T12:00:00Z"));
        JsonPath p = given().auth().oauth2(Tokens.coordinator()).get("/api/hierarchy?horizon=6").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(LAST.toString(), p.getString("last"), "January 2243 is not pulled yet");
        assertEquals(LAST.plusMonths(1).toString(), p.getString("months[0]"));
        assertTrue(p.getList("notes", String.class).stream().anyMatch(n -> n.contains("2243-01")), p.prettify());
    }
}
