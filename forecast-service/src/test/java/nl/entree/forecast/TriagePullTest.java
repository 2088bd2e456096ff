package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.forecast.triage.TriagePull;
import nl.entree.support.token.Tokens;

@QuarkusTest
class TriagePullTest {

    @Inject
    TriagePull pull;

    @Test
    void pullStoresTriagesCountsPerOrganisationAndCaseTypeAndSkipsSuppressedCells() {
        TriagePull.Outcome outcome = pull.pull(YearMonth.of(2023, 1), YearMonth.of(2023, 6));
        assertTrue(outcome.succeeded());
        assertEquals(6 + 6 + 6, outcome.written(), "CVSN_CASE, region VR01 and VR01 x CVSN_CASE, six months each");
        // The months as triage published them to ministries, so that no series differs from them by a case.
        List<String> asked = StubServers.triageStatisticsCalls().stream().filter(u -> u.contains("from=2023-01"))
                .toList();
        assertTrue(asked.size() >= 2, "monthly and regions: " + asked);
        assertTrue(asked.stream().allMatch(u -> u.contains("published=true")), asked.toString());

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/triage-CVSN-CVSN_CASE")
                .then().statusCode(200)
                .body("series.organisation", equalTo("CVSN"))
                .body("series.caseType", equalTo("CVSN_CASE"))
                .body("series.granularity", equalTo("MONTH"))
                .body("series.synthetic", equalTo(false))
                .body("observations.find { it.period == '2023-01' }.count", equalTo(11))
                .body("observations.find { it.period == '2023-06' }.count", equalTo(16));
        // Suppressed cells carry no count: nothing is stored, and certainly no zero. (HierarchyTest gives VT a
        // series of its own in 1982.)
        var vt = given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/triage-VT-VT_SAFETY_ASSESSMENT")
                .then().extract();
        assertTrue(vt.statusCode() == 404 || vt.jsonPath()
                .getList("observations.findAll { it.period.startsWith('2023') }").isEmpty(), vt.asString());
    }

    @Test
    void pullStoresOneSeriesPerRegionOverEveryOrganisation() {
        pull.pull(YearMonth.of(2023, 1), YearMonth.of(2023, 6));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/triage-region-VR01")
                .then().statusCode(200)
                .body("series.region", equalTo("VR01"))
                .body("series.organisation", nullValue())
                .body("series.granularity", equalTo("MONTH"))
                .body("observations.find { it.period == '2023-02' }.count", equalTo(12));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/triage-region-VR02")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/triage-cell-VR01-CVSN_CASE")
                .then().statusCode(200)
                .body("series.region", equalTo("VR01"))
                .body("series.organisation", equalTo("CVSN"))
                .body("series.caseType", equalTo("CVSN_CASE"))
                .body("observations.find { it.period == '2023-02' }.count", equalTo(12));
        // Region x organisation is not for ministries, as triage does not give it to them: not even that it exists.
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/triage-cell-VR01-CVSN_CASE")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/forecasts/triage-cell-VR01-CVSN_CASE")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/triage-cell-VR01-CVSN_CASE/anomalies")
                .then().statusCode(404);
        String projection = "/api/projections?from=2023-03&to=2023-03&series=";
        given().auth().oauth2(Tokens.coordinator()).when().get(projection + "triage-cell-VR01-CVSN_CASE")
                .then().statusCode(200);
        // The answer to a ministry is that of a series that does not exist.
        given().auth().oauth2(Tokens.ministry()).when().get(projection + "triage-cell-VR01-CVSN_CASE")
                .then().statusCode(400)
                .body("violations.message", hasItem("no series 'triage-cell-VR01-CVSN_CASE'"));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series").then().statusCode(200)
                .body("id", not(hasItem("triage-cell-VR01-CVSN_CASE")))
                .body("id", hasItem("triage-region-VR01"));
    }

    /**
     * triage sends no cell for a month without cases. Such a month is 0 in the series, not a gap, or a small region's
     * forecast would see only its busy months; but not before the series' first case.
     */
    @Test
    void aMonthWithoutCasesIsZeroFromTheFirstCaseOnNotAGap() {
        TriagePull.Outcome outcome = pull.pull(YearMonth.of(2018, 1), YearMonth.of(2018, 8));
        assertTrue(outcome.succeeded());
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/triage-CVSN-CVSN_CASE")
                .then().statusCode(200)
                .body("observations.find { it.period == '2018-06' }.count", equalTo(16))
                .body("observations.find { it.period == '2018-07' }.count", equalTo(0))
                .body("observations.find { it.period == '2018-08' }.count", equalTo(18));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/triage-region-VR01")
                .then().statusCode(200)
                .body("observations.find { it.period == '2018-07' }.count", equalTo(0));
        for (String id : List.of("triage-region-VR22", "triage-cell-VR22-CVSN_CASE")) {
            given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id)
                    .then().statusCode(200)
                    .body("observations.findAll { it.period < '2018-04' }.size()", equalTo(0))
                    .body("observations.findAll { it.period >= '2018-04' && it.period <= '2018-08' }.count",
                            equalTo(List.of(12, 0, 12, 0, 12)));
        }
        // A ministry is shown the empty month as 0, as triage shows it no cell: a count of none hides nobody.
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/triage-CVSN-CVSN_CASE")
                .then().statusCode(200)
                .body("observations.find { it.period == '2018-07' }.count", equalTo(0));
    }

    @Test
    void aRepeatedPullUpsertsRatherThanDuplicates() {
        pull.pull(YearMonth.of(2022, 3), YearMonth.of(2022, 4));
        TriagePull.Outcome again = pull.pull(YearMonth.of(2022, 3), YearMonth.of(2022, 4));
        assertTrue(again.succeeded());
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/triage-CVSN-CVSN_CASE")
                .then().statusCode(200)
                .body("observations.findAll { it.period == '2022-03' }.size()", equalTo(1))
                .body("observations.find { it.period == '2022-04' }.count", equalTo(14));
    }

    @Test
    void theScheduledRangeIsTheLastCompleteMonths() {
        TriagePull.Outcome outcome = pull.pull();
        assertTrue(outcome.succeeded());
        assertEquals(Disclosure.lastCompletedMonth(Clock.systemUTC()), outcome.to(), "a day after it ended");
        assertEquals(outcome.to().minusMonths(23), outcome.from());
        assertEquals(24 * 3, outcome.written());
    }
}
