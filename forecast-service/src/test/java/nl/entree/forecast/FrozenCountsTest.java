package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.db.Locks;
import nl.entree.support.time.Eventually;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * A ministry reads a completed month as it was first shown to it: a corrected import changes what coordinators read,
 * never what a ministry read, or the difference between the two answers would give a small count away. VR18 and
 * 1985 belong to this test; no other test reads them.
 */
@QuarkusTest
class FrozenCountsTest {

    private static final Region REGION = Region.VR18;
    private static final String REGION_MONTHS = "/api/regions/monthly?from=1985-01&to=1985-03";
    private static final String VR18 = "regions.find { it.region == 'VR18' }.months.count";

    @Inject
    MutableClock clock;

    @Inject
    TriageCounts triageCounts;

    @Inject
    DataSource db;

    private static String countOf(YearMonth month) {
        return "observations.find { it.period == '" + month + "' }.count";
    }

    private static void importFile(String id, YearMonth month, long count) {
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv")
                .body("series,period,count\n" + id + "," + month + "," + count + "\n")
                .when().post("/api/series/import").then().statusCode(200);
    }

    private static String read(String token, String url) {
        return given().auth().oauth2(token).when().get(url).then().statusCode(200).extract().asString();
    }

    private static String readCsv(String token, String url) {
        return given().auth().oauth2(token).accept("text/csv").when().get(url).then().statusCode(200).extract()
                .asString();
    }

    private static double contacts(String token, String url) {
        return given().auth().oauth2(token).when().get(url).then().statusCode(200).extract().jsonPath()
                .getDouble("rows[0].contacts");
    }

    @Test
    void aCorrectedCountReachesCoordinatorsButNotAMinistryThatSawTheFirst() {
        YearMonth last = Disclosure.lastCompletedMonth(clock);
        YearMonth corrected = last.minusMonths(2);
        String id = Fixtures.monthlySeries("frozen", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, last.minusMonths(35), 36, i -> 40L + i % 7);
        String projection = "/api/projections?from=" + corrected + "&to=" + corrected + "&series=" + id;
        String forecast = "/api/forecasts/" + id + "?horizon=6&model=snaive";

        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id).then().statusCode(200)
                .body(countOf(corrected), equalTo(45));
        String ministryCsv = readCsv(Tokens.ministry(), projection);
        String ministryForecast = read(Tokens.ministry(), forecast);
        String coordinatorCsv = readCsv(Tokens.coordinator(), projection);

        importFile(id, corrected, 52);

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id).then().statusCode(200)
                .body(countOf(corrected), equalTo(52));
        assertEquals(52, contacts(Tokens.coordinator(), projection), 0.001);
        assertNotEquals(coordinatorCsv, readCsv(Tokens.coordinator(), projection), "the correction is in");

        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id).then().statusCode(200)
                .body(countOf(corrected), equalTo(45));
        assertEquals(45, contacts(Tokens.ministry(), projection), 0.001);
        assertEquals(ministryCsv, readCsv(Tokens.ministry(), projection));
        assertEquals(ministryForecast, read(Tokens.ministry(), forecast));
    }

    /** A gap filled after the ministry saw the series is shown at its next read, and from then on frozen. */
    @Test
    void aMonthFilledInLaterIsShownAndThenFrozen() {
        YearMonth last = Disclosure.lastCompletedMonth(clock);
        YearMonth gap = last.minusMonths(3);
        String id = Fixtures.monthlySeries("frozen-gap", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, last.minusMonths(23), 24, i -> 60L + i);
        given().auth().oauth2(Tokens.coordinator()).contentType("application/json")
                .body("{\"observations\":[{\"period\":\"" + gap + "\",\"count\":null}]}")
                .when().post("/api/series/" + id + "/observations").then().statusCode(200);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id).then().statusCode(200)
                .body(countOf(gap), equalTo(null))
                .body("series.observations", equalTo(23)).body("series.gaps", equalTo(1));

        given().auth().oauth2(Tokens.coordinator()).contentType("application/json")
                .body("{\"observations\":[{\"period\":\"" + gap + "\",\"count\":30}]}")
                .when().post("/api/series/" + id + "/observations").then().statusCode(200);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id).then().statusCode(200)
                .body(countOf(gap), equalTo(30))
                .body("series.observations", equalTo(24)).body("series.gaps", equalTo(0));

        given().auth().oauth2(Tokens.coordinator()).contentType("application/json")
                .body("{\"observations\":[{\"period\":\"" + gap + "\",\"count\":35}]}")
                .when().post("/api/series/" + id + "/observations").then().statusCode(200);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id).then().statusCode(200)
                .body(countOf(gap), equalTo(30));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id).then().statusCode(200)
                .body(countOf(gap), equalTo(35));
    }

    /** triage's region counts, corrected by hand afterwards: the monitoring screen's figures a ministry saw stay. */
    @Test
    void theRegionMonthsAMinistrySawStay() {
        List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            cells.add(new RegionalCaseCounts.Cell(YearMonth.of(1985, m), REGION, null, null, null, 20L + m, false));
        }
        triageCounts.storeRegions(new RegionalCaseCounts(YearMonth.of(1985, 1), YearMonth.of(1985, 3), cells));
        given().auth().oauth2(Tokens.ministry()).get(REGION_MONTHS).then().statusCode(200)
                .body(VR18, contains(21, 22, 23));

        importFile(TriageCounts.seriesId(REGION), YearMonth.of(1985, 2), 26);

        given().auth().oauth2(Tokens.coordinator()).get(REGION_MONTHS).then().statusCode(200)
                .body(VR18, contains(21, 26, 23));
        given().auth().oauth2(Tokens.ministry()).get(REGION_MONTHS).then().statusCode(200)
                .body(VR18, contains(21, 22, 23));
    }

    /** The list tells a ministry what the series tells it: the month in progress is not a month it has. */
    @Test
    void theListsLastPeriodForAMinistryIsTheLastCompletedMonth() {
        YearMonth last = Disclosure.lastCompletedMonth(clock);
        YearMonth current = last.plusMonths(1);
        String id = Fixtures.monthlySeries("frozen-list", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, current.minusMonths(11), 12, i -> 50L + i);
        String series = "find { it.id == '" + id + "' }";

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series").then().statusCode(200)
                .body(series + ".lastPeriod", equalTo(current.toString()))
                .body(series + ".observations", equalTo(12));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series").then().statusCode(200)
                .body(series + ".lastPeriod", equalTo(last.toString()))
                .body(series + ".observations", equalTo(11))
                .body(series + ".gaps", equalTo(0));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id).then().statusCode(200)
                .body("series.lastPeriod", equalTo(last.toString()))
                .body("observations.period", not(hasItem(current.toString())));
    }

    /**
     * Two ministries read a month for the first time at once, while a third read has frozen the count it saw before
     * a correction and not committed yet: both wait for it and answer its count, not the corrected one they read.
     */
    @Test
    void firstReadsAtOnceAllAnswerTheOneCountFrozen() throws Exception {
        YearMonth month = Disclosure.lastCompletedMonth(clock).minusMonths(1);
        String id = Fixtures.monthlySeries("frozen-race", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, month, 1, i -> 70L);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try (Connection first = db.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement s = first.prepareStatement("insert into published_count "
                    + "(series_id, period_start, count, published_at) values (?, ?, 64, now())")) {
                s.setString(1, id);
                s.setObject(2, month.atDay(1));
                s.executeUpdate();
            }
            Future<Integer> one = readers.submit(() -> ministryCount(id, month));
            Future<Integer> other = readers.submit(() -> ministryCount(id, month));
            Eventually.await("both reads wait for the first freeze", Duration.ofSeconds(30),
                    () -> Locks.waiting(db) >= 2);
            first.commit();

            assertEquals(64, one.get(30, TimeUnit.SECONDS));
            assertEquals(64, other.get(30, TimeUnit.SECONDS));
        } finally {
            readers.shutdownNow();
        }
        assertEquals(64, ministryCount(id, month));
    }

    private static int ministryCount(String id, YearMonth month) {
        return given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id).then().statusCode(200)
                .extract().path(countOf(month));
    }
}
