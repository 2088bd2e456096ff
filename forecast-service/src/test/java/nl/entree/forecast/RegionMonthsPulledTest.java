package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.token.Tokens;

/**
 * The monitoring screen's region counts read a month without a count as 0 only when triage answered for that month,
 * as the hierarchy does. 1990 and VR09 belong to this test, before any other test's months so that no other
 * series' window reaches them: January to June, pulled in two parts with April missed between them (triage down at
 * the month's turn) and June not yet pulled (the pull is behind). VR09 has 12 cases in January, March and May.
 */
@QuarkusTest
class RegionMonthsPulledTest {

    private static final String URL = "/api/regions/monthly?from=1990-01&to=1990-06";
    private static final String VR09 = "regions.find { it.region == 'VR09' }.months";
    private static boolean seeded;

    @Inject
    TriageCounts triageCounts;

    @BeforeEach
    void seed() {
        synchronized (RegionMonthsPulledTest.class) {
            if (seeded) {
                return;
            }
            pull(YearMonth.of(1990, 1), YearMonth.of(1990, 3));
            pull(YearMonth.of(1990, 5), YearMonth.of(1990, 5));
            seeded = true;
        }
    }

    /**
     * No national cells: they would start organisation series in 1990 and so lengthen the windows other tests
     * forecast. The national answer still records the months pulled, as every pull's does.
     */
    private void pull(YearMonth from, YearMonth to) {
        List<RegionalCaseCounts.Cell> regional = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (m.getMonthValue() % 2 == 1) {
                regional.add(new RegionalCaseCounts.Cell(m, Region.VR09, null, null, null, 12L, false));
            }
        }
        triageCounts.store(new MonthlyCaseCounts(from, to, List.of()));
        triageCounts.storeRegions(new RegionalCaseCounts(from, to, regional));
    }

    @Test
    void aMonthTriageWasNotAskedForIsUnknownNotZero() {
        given().auth().oauth2(Tokens.coordinator()).get(URL).then().statusCode(200)
                .body(VR09 + ".month", contains("1990-01", "1990-02", "1990-03", "1990-04", "1990-05", "1990-06"))
                .body(VR09 + ".count", contains(12, 0, 12, null, 12, null))
                .body(VR09 + ".suppressed", contains(false, false, false, false, false, false));
    }

    /** A region triage never listed had no cases in the months pulled, and is unknown in the others. */
    @Test
    void aRegionWithoutCasesIsZeroOnlyInTheMonthsPulled() {
        given().auth().oauth2(Tokens.coordinator()).get(URL).then().statusCode(200)
                .body("regions.find { it.region == 'VR17' }.months.count", contains(0, 0, 0, null, 0, null));
    }

    /** A ministry's unknown month is not a hidden one: nothing is suppressed where nothing is known. */
    @Test
    void aMinistryIsToldTheSame() {
        given().auth().oauth2(Tokens.ministry()).get(URL).then().statusCode(200)
                .body(VR09 + "[3].count", equalTo(null))
                .body(VR09 + "[3].suppressed", equalTo(false))
                .body(VR09 + "[5].suppressed", equalTo(false));
    }

    /**
     * A pull reaches 24 months back, before Entree was in use: those months are unknown, not zeros, or a region's
     * growth in Entree's second year is hundreds of percent. 1970-1971 and VR16 belong to this test, before any other
     * test's months: Entree's first count is VR16's of March 1971.
     */
    @Test
    void monthsBeforeEntreesFirstCountAreUnknownNotZeros() {
        List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
        for (YearMonth m = YearMonth.of(1971, 3); !m.isAfter(YearMonth.of(1971, 12)); m = m.plusMonths(1)) {
            cells.add(new RegionalCaseCounts.Cell(m, Region.VR16, null, null, null, 30L, false));
        }
        triageCounts.store(new MonthlyCaseCounts(YearMonth.of(1970, 1), YearMonth.of(1971, 12), List.of()));
        triageCounts.storeRegions(new RegionalCaseCounts(YearMonth.of(1970, 1), YearMonth.of(1971, 12), cells));
        given().auth().oauth2(Tokens.coordinator()).get("/api/regions/monthly?from=1970-01&to=1971-02")
                .then().statusCode(200)
                .body("regions.find { it.region == 'VR16' }.months.count", everyItem(nullValue()))
                .body("regions.find { it.region == 'VR17' }.months.count", everyItem(nullValue()));
        given().auth().oauth2(Tokens.coordinator()).get("/api/regions/monthly?from=1971-02&to=1971-04")
                .then().statusCode(200)
                .body("regions.find { it.region == 'VR16' }.months.count", contains(null, 30, 30))
                .body("regions.find { it.region == 'VR17' }.months.count", contains(null, 0, 0));
    }
}
