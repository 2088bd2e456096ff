package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.forecasting.ForecastApi.Bounds;
import nl.entree.forecast.forecasting.ForecastApi.ForecastView;
import nl.entree.forecast.forecasting.ForecastApi.Point;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.openapi.OpenApiDocument;
import nl.entree.support.token.Tokens;

/**
 * Every figure forecast-service gives a ministry, in JSON, CSV and SVG, on series with counts of 1 to 9. The
 * strongest check: the ministry's answers stay the same, byte for byte, when every hidden count is replaced by
 * another count from 1 to 9. Then no figure in them can be used to compute one.
 */
@QuarkusTest
class MinistryFiguresTest {

    private static final YearMonth START = YearMonth.of(2022, 1);
    private static final int MONTHS = 48;
    private static final List<String> MODELS = List.of("auto", "snaive", "naive", "linear", "ets");
    private static final List<String> WINDOWS = List.of("from=2025-12&to=2025-12", "from=2025-01&to=2025-12",
            "from=2024-07&to=2026-06", "from=2026-01&to=2027-12");

    @Inject
    TriageCounts triageCounts;

    @Inject
    DataSource db;

    /** Month i of a series: small (1 to 9, varied by {@code variant}) where {@code small} says so, else large. */
    private static IntToLongFunction counts(java.util.function.IntPredicate small, int variant, int base) {
        return i -> small.test(i) ? (variant == 0 ? 1 + (i * 5L) % 9 : 9 - (i * 5L) % 9) : base + (i * 7L) % 20;
    }

    private record Seeded(String acute, String nonAcute, String fier, String cvsn) {
        List<String> ids() {
            return List.of(acute, nonAcute, fier, cvsn);
        }

        /** (Re)imports every series with the small counts of {@code variant}; the large ones never change. */
        void fill(int variant) {
            Fixtures.importMonths(acute, START, MONTHS, counts(i -> i % 4 == 1 || i == MONTHS - 1, variant, 25));
            Fixtures.importMonths(nonAcute, START, MONTHS, counts(i -> false, variant, 40));
            Fixtures.importMonths(fier, START, MONTHS, counts(i -> i % 3 == 0, variant, 12));
            // The case: CVSN with 4 contacts in December 2025 and an 11-hour norm would show 44 hours.
            Fixtures.importMonths(cvsn, START, MONTHS, counts(i -> i % 6 == 2, variant, 15));
            Fixtures.importMonths(cvsn, YearMonth.of(2025, 12), 1, i -> variant == 0 ? 4 : 7);
        }
    }

    private static Seeded seed() {
        Seeded s = new Seeded(Fixtures.monthlySeries("m-acute", "CSG", "CSG_ACUTE"),
                Fixtures.monthlySeries("m-nonacute", "CSG", "CSG_NON_ACUTE"),
                Fixtures.monthlySeries("m-fier", "FIER", "FIER_CASE"),
                Fixtures.monthlySeries("m-cvsn", "CVSN", "CVSN_CASE"));
        s.fill(0);
        return s;
    }

    /** Every GET a ministry can make on these series, with its status and body. */
    private static Map<String, String> everythingAMinistryReads(Seeded s, String token) {
        List<String> urls = new ArrayList<>(List.of("/api/series", "/api/scenarios", "/api/events"));
        for (String id : s.ids()) {
            urls.add("/api/series/" + id);
            urls.add("/api/series/" + id + "/anomalies");
            urls.add("/api/series/" + id + "/anomalies?threshold=1.5");
            for (String model : MODELS) {
                urls.add("/api/forecasts/" + id + "?horizon=24&model=" + model);
            }
        }
        String all = String.join(",", s.ids());
        for (String window : WINDOWS) {
            urls.add("/api/projections?" + window + "&series=" + all);
            urls.add("/api/projections?" + window + "&series=" + s.cvsn());
            urls.add("/api/projections?" + window + "&series=" + s.acute());
            urls.add("/api/projections/chart.svg?" + window + "&series=" + all);
        }
        urls.add("/api/publications/2024");
        urls.add("/api/publications/2025");
        Map<String, String> answers = new LinkedHashMap<>();
        for (String url : urls) {
            Response r = given().auth().oauth2(token).when().get(url);
            answers.put(url, r.statusCode() + " " + r.asString());
            if (url.startsWith("/api/projections?") || url.startsWith("/api/publications/")) {
                Response csv = given().auth().oauth2(token).accept("text/csv").when().get(url);
                answers.put(url + " as CSV", csv.statusCode() + " " + csv.asString());
            }
        }
        return answers;
    }

    @Test
    void everyEndpointAMinistryCanCallIsCheckedHere() {
        assertEquals(Set.of("GET /api/series", "GET /api/series/{id}", "GET /api/series/{id}/anomalies",
                "GET /api/forecasts/{seriesId}", "GET /api/projections", "GET /api/projections/chart.svg",
                "GET /api/scenarios", "GET /api/scenarios/{id}", "GET /api/events", "GET /api/events/{id}",
                "GET /api/publications/{year}", "GET /api/hierarchy", "GET /api/regions/monthly"),
                Set.copyOf(OpenApiDocument.fetch().reachableWith(Tokens.ministry())));
    }

    /**
     * Frozen, the series would answer the first variant's counts whatever was imported since; forgetting what was
     * shown makes the second variant the one a ministry is first shown, as if it had been imported from the start.
     */
    private void forgetWhatWasShown(Seeded s) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement delete = c.prepareStatement("delete from published_count where series_id = ?")) {
            for (String id : s.ids()) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void noAnswerToAMinistryChangesWhenTheHiddenCountsChange() throws SQLException {
        Seeded s = seed();
        Map<String, String> before = everythingAMinistryReads(s, Tokens.ministry());
        String coordinatorBefore = given().auth().oauth2(Tokens.coordinator())
                .get("/api/forecasts/" + s.acute() + "?horizon=24&model=snaive").asString();

        s.fill(1);
        forgetWhatWasShown(s);
        Map<String, String> after = everythingAMinistryReads(s, Tokens.ministry());
        String coordinatorAfter = given().auth().oauth2(Tokens.coordinator())
                .get("/api/forecasts/" + s.acute() + "?horizon=24&model=snaive").asString();

        assertNotEquals(coordinatorBefore, coordinatorAfter, "the hidden counts did change, and a coordinator sees it");
        for (String url : before.keySet()) {
            assertEquals(before.get(url), after.get(url), "a ministry's answer depends on hidden counts: " + url);
        }
    }

    @Test
    void aSuppressedProjectionRowShowsNoHoursFteOrGapInJsonOrCsv() {
        Seeded s = seed();
        JsonPath p = given().auth().oauth2(Tokens.ministry())
                .get("/api/projections?from=2025-12&to=2025-12&series=" + s.cvsn())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(true, p.get("rows[0].suppressed"));
        for (String field : List.of("contacts", "contactsLow80", "contactsHigh80", "hoursLow", "hoursExpected",
                "hoursHigh", "fteNeeded", "gap", "euros", "eurosPerContact")) {
            assertNull(p.get("rows[0]." + field), field);
        }
        String csv = given().auth().oauth2(Tokens.ministry()).accept("text/csv")
                .get("/api/projections?from=2025-12&to=2025-12&series=" + s.cvsn()).asString();
        String[] row = csv.split("\n")[1].split(",", -1);
        assertEquals("CVSN", row[0]);
        for (int column : new int[] {3, 4, 5, 6, 7, 8, 9, 11, 12, 13}) {
            assertEquals("", row[column], "column " + column + " of " + csv);
        }

        JsonPath all = given().auth().oauth2(Tokens.coordinator())
                .get("/api/projections?from=2025-12&to=2025-12&series=" + s.cvsn()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4.0, all.getDouble("rows[0].contacts"), "a coordinator sees the 4 the ministry may not");
        assertEquals(4.0 * StubServers.HOURS_EXPECTED, all.getDouble("rows[0].hoursExpected"));
    }

    @Test
    void noFigureReadsAsACountBelowTen() {
        Seeded s = seed();
        String all = String.join(",", s.ids());
        for (String window : WINDOWS) {
            JsonPath p = given().auth().oauth2(Tokens.ministry()).get("/api/projections?" + window + "&series=" + all)
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> row : p.<Map<String, Object>>getList("rows")) {
                for (String field : List.of("contacts", "contactsLow80", "contactsHigh80")) {
                    assertNotSmall(row.get(field), window + " " + row);
                }
                if (Boolean.TRUE.equals(row.get("suppressed"))) {
                    assertNull(row.get("hoursExpected"), window + " " + row);
                    assertNull(row.get("gap"), window + " " + row);
                }
            }
            for (Map<String, Object> line : p.<Map<String, Object>>getList("withoutNorm")) {
                assertNotSmall(line.get("cases"), window + " " + line);
            }
        }
        for (String id : s.ids()) {
            JsonPath d = given().auth().oauth2(Tokens.ministry()).get("/api/series/" + id).then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> o : d.<Map<String, Object>>getList("observations")) {
                assertNotSmall(o.get("count"), id + " " + o);
            }
            for (String model : MODELS) {
                ForecastView f = given().auth().oauth2(Tokens.ministry())
                        .get("/api/forecasts/" + id + "?horizon=24&model=" + model).then().statusCode(200)
                        .extract().as(ForecastView.class);
                boolean anyHidden = false;
                for (Point point : f.points()) {
                    assertNotSmall(point.mean(), id + " " + model + " " + point);
                    for (Bounds band : point.intervals().values()) {
                        assertNotSmall(band.lower(), id + " " + model + " " + point);
                        assertNotSmall(band.upper(), id + " " + model + " " + point);
                        if (point.mean() == null) {
                            assertEquals(Arrays.asList(null, null), Arrays.asList(band.lower(), band.upper()),
                                    "two bounds give a hidden mean back: " + point);
                        }
                    }
                    anyHidden |= point.mean() == null;
                }
                if (anyHidden) {
                    assertTrue(f.parameters().isEmpty(), "parameters give hidden means back: " + id + " " + model
                            + " " + f.parameters());
                }
            }
        }
    }

    @Test
    void anAnomalysExpectationBelowTenIsNotShownToAMinistry() {
        String id = Fixtures.monthlySeries("m-sparse", "CVSN", "CVSN_CASE");
        // Two years of no contacts, then 12 a month: every count is shown, but where they meet, at a peak, the
        // decomposition expects a figure between them.
        Fixtures.importMonths(id, START, MONTHS, i -> i == 24 ? 60 : i < 24 ? 0 : 12);

        List<Float> coordinator = given().auth().oauth2(Tokens.coordinator()).get("/api/series/" + id
                + "/anomalies?threshold=1.5").then().statusCode(200).extract().path("anomalies.expected");
        List<Float> ministry = given().auth().oauth2(Tokens.ministry()).get("/api/series/" + id
                + "/anomalies?threshold=1.5").then().statusCode(200).extract().path("anomalies.expected");
        assertTrue(coordinator.stream().anyMatch(e -> e > 0 && e < 10), "a small expectation to hide: " + coordinator);
        for (int i = 0; i < ministry.size(); i++) {
            float expected = coordinator.get(i);
            assertEquals(expected > 0 && expected < 10 ? null : expected, ministry.get(i), "anomaly " + i);
        }
    }

    /**
     * Acute contacts at CSG are rare (12 in one month of five, none in the others), so their forecast for a month is
     * about 2; non-acute ones are about 40, and shown on their own. The row of both would be that figure plus the
     * acute forecast, so it is suppressed, and its hours and costs with it (each case type has its own norm: the
     * hours alone would give the acute part back). The chart leaves that month out for the same reason.
     */
    @Test
    void aRowWhoseCaseTypeIsProjectedBelowTenIsSuppressedWithItsHours() {
        String acute = Fixtures.monthlySeries("m-rare-acute", "CSG", "CSG_ACUTE");
        String nonAcute = Fixtures.monthlySeries("m-busy-nonacute", "CSG", "CSG_NON_ACUTE");
        Fixtures.importMonths(acute, START, MONTHS, i -> i % 5 == 0 ? 12 : 0);
        Fixtures.importMonths(nonAcute, START, MONTHS, counts(i -> false, 0, 40));
        String query = "from=2026-01&to=2026-01&series=" + acute + "," + nonAcute;
        String alone = "from=2026-01&to=2026-01&series=" + nonAcute;
        double acuteMean = given().auth().oauth2(Tokens.coordinator()).get("/api/forecasts/" + acute + "?horizon=1")
                .then().statusCode(200).extract().jsonPath().getDouble("points[0].mean");
        assertTrue(acuteMean > 0 && acuteMean < 10, "the premise: a small acute forecast, not " + acuteMean);

        JsonPath ministry = given().auth().oauth2(Tokens.ministry()).get("/api/projections?" + query).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(true, ministry.getBoolean("rows[0].suppressed"), ministry.prettify());
        for (String field : List.of("contacts", "contactsLow80", "contactsHigh80", "hoursLow", "hoursExpected",
                "hoursHigh", "fteNeeded", "gap", "euros", "eurosPerContact")) {
            assertNull(ministry.get("rows[0]." + field), field + " in " + ministry.prettify());
        }
        assertEquals(StubServers.FTE_AVAILABLE, ministry.getDouble("rows[0].fteAvailable"), "staff, not contacts");
        JsonPath other = given().auth().oauth2(Tokens.ministry()).get("/api/projections?" + alone).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(false, other.getBoolean("rows[0].suppressed"), "the other series is shown on its own");
        given().auth().oauth2(Tokens.coordinator()).get("/api/projections?" + query).then().statusCode(200)
                .body("rows[0].suppressed", org.hamcrest.Matchers.equalTo(false))
                .body("rows[0].contacts", notNullValue())
                .body("rows[0].hoursExpected", notNullValue());

        String forecastLine = "stroke-dasharray=\"6 4\"";
        assertTrue(given().auth().oauth2(Tokens.ministry()).get("/api/projections/chart.svg?" + alone).then()
                .statusCode(200).extract().asString().contains(forecastLine), "the premise: a month drawn alone");
        String chart = given().auth().oauth2(Tokens.ministry()).get("/api/projections/chart.svg?" + query).then()
                .statusCode(200).extract().asString();
        assertFalse(chart.contains(forecastLine), "the forecast month of both, less the other's, gives the acute");
        assertFalse(chart.contains("<polygon"), "nor its band");
    }

    /**
     * The reviewer's case. CVSN (one case type, so its row is that series) falls by about one a month to 11–15 at the
     * end of 2024, and its forecast goes below 10 during 2025, which /api/forecasts hides. FIER's series, which has no
     * hour norm, stays at 10 to 16: its forecast does not, but its lower bounds do. Two windows with the same
     * {@code to} are forecast alike, so they differ by the month between them: a ministry may be shown both only if
     * that difference is no figure below 10, in the contacts, their bounds, the hours or a line without a norm.
     */
    @Test
    void twoWindowsWithTheSameEndDoNotDifferByAMonthProjectedBelowTen() {
        String cvsn = Fixtures.monthlySeries("m-falling", "CVSN", "CVSN_CASE");
        String fier = Fixtures.monthlySeries("m-flat-fier", "FIER", "FIER_CASE");
        Fixtures.importMonths(cvsn, START, 36, i -> 48 - i + (i * 7L) % 5 - 2);
        Fixtures.importMonths(fier, START, 36, i -> 13 + (i * 3L) % 7 - 3);
        YearMonth january = YearMonth.of(2025, 1);
        ForecastView forecast = given().auth().oauth2(Tokens.coordinator()).get("/api/forecasts/" + cvsn
                + "?horizon=12").then().statusCode(200).extract().as(ForecastView.class);
        int small = -1;
        int end = -1;
        for (int i = 0; i < 11 && end < 0; i++) {
            double later = 0;
            for (int j = i + 1; j < 12 && end < 0 && isSmall(forecast.points().get(i).mean()); j++) {
                later += forecast.points().get(j).mean();
                if (later >= 10) {
                    small = i;
                    end = j;
                }
            }
        }
        assertTrue(end > 0, "the premise: a month below 10 in 2025, and months after it of 10 or more: " + forecast);
        String to = "&to=" + january.plusMonths(end) + "&series=" + cvsn;
        String longer = "/api/projections?from=" + january.plusMonths(small) + to;
        String shorter = "/api/projections?from=" + january.plusMonths(small + 1) + to;

        JsonPath all = given().auth().oauth2(Tokens.coordinator()).get(longer).then().statusCode(200).extract()
                .jsonPath();
        JsonPath allButOne = given().auth().oauth2(Tokens.coordinator()).get(shorter).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(forecast.points().get(small).mean(),
                all.getDouble("rows[0].contacts") - allButOne.getDouble("rows[0].contacts"), 1e-3,
                "a coordinator's two windows differ by the month between them, as they did for a ministry");
        for (String url : List.of(longer, shorter)) {
            JsonPath p = given().auth().oauth2(Tokens.ministry()).get(url).then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(true, p.getBoolean("rows[0].suppressed"), url + " " + p.prettify());
            for (String field : List.of("contacts", "contactsLow80", "contactsHigh80", "hoursLow", "hoursExpected",
                    "hoursHigh", "fteNeeded", "gap", "euros", "eurosPerContact")) {
                assertNull(p.get("rows[0]." + field), field + " in " + url);
            }
            String[] row = given().auth().oauth2(Tokens.ministry()).accept("text/csv").get(url).asString()
                    .split("\n")[1].split(",", -1);
            for (int column : new int[] {3, 4, 5, 6, 7, 8, 9, 11, 12, 13}) {
                assertEquals("", row[column], "column " + column + " of " + url);
            }
        }

        int shownBoth = 0;
        for (int last = 0; last < 12; last++) {
            JsonPath later = null;
            for (int from = last; from >= 0; from--) {
                String url = "/api/projections?from=" + january.plusMonths(from) + "&to=" + january.plusMonths(last)
                        + "&series=" + cvsn + "," + fier;
                JsonPath p = given().auth().oauth2(Tokens.ministry()).get(url).then().statusCode(200).extract()
                        .jsonPath();
                if (later != null) {
                    shownBoth += later.get("rows[0].contacts") == null ? 0 : 1;
                    for (String org : List.of("CVSN", "FIER")) {
                        String row = "rows.find { it.organisation == '" + org + "' }.";
                        for (String field : List.of("contacts", "contactsLow80", "contactsHigh80")) {
                            assertNoSmallDifference(p.get(row + field), later.get(row + field), 1,
                                    url + " " + org + " " + field);
                        }
                        assertNoSmallDifference(p.get(row + "hoursExpected"), later.get(row + "hoursExpected"),
                                StubServers.HOURS_EXPECTED, url + " hours of " + org);
                    }
                    assertNoSmallDifference(p.get("withoutNorm[0].cases"), later.get("withoutNorm[0].cases"), 1,
                            url + " without a norm");
                }
                later = p;
            }
        }
        assertTrue(shownBoth > 0, "the months before the forecast falls below 10 are shown, and compared");
    }

    /**
     * A series whose every count is 1 to 9 has nothing a ministry may see, so nothing to forecast from. Its
     * organisation's rows and its line without a norm would count the other series only: they are suppressed, the
     * other organisations' rows are shown, and nothing a ministry reads changes when the hidden counts do.
     */
    @Test
    void aSeriesHiddenWholeIsWithheldAndItsOrganisationsRowsAreSuppressed() {
        String acute = Fixtures.monthlySeries("w-acute", "CSG", "CSG_ACUTE");
        String fier = Fixtures.monthlySeries("w-fier", "FIER", "FIER_CASE");
        String small = Fixtures.monthlySeries("w-small", "FIER", "FIER_CASE");
        YearMonth start = YearMonth.of(2022, 1);
        Fixtures.importMonths(acute, start, 36, counts(i -> false, 0, 30));
        Fixtures.importMonths(fier, start, 36, counts(i -> false, 0, 20));
        Fixtures.importMonths(small, start, 36, counts(i -> true, 0, 0));
        String query = "from=2025-01&to=2026-12&series=" + acute + "," + fier + "," + small;
        String csgOnly = "from=2025-01&to=2026-12&series=" + acute;

        JsonPath p = given().auth().oauth2(Tokens.ministry()).get("/api/projections?" + query).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(true, true), p.getList("rows.findAll { it.organisation == 'FIER' }.suppressed"));
        assertEquals(Arrays.asList(null, null), p.getList("rows.findAll { it.organisation == 'FIER' }.contacts"));
        assertEquals(Arrays.asList(null, null),
                p.getList("rows.findAll { it.organisation == 'FIER' }.contactsHigh80"));
        assertEquals(List.of(false, false), p.getList("rows.findAll { it.organisation == 'CSG' }.suppressed"));
        assertTrue(p.getDouble("rows.find { it.organisation == 'CSG' && it.year == 2025 }.hoursExpected") > 0);
        assertEquals(true, p.get("withoutNorm.find { it.organisation == 'FIER' }.suppressed"),
                "else the line counts the other FIER series only");
        assertNull(p.get("withoutNorm.find { it.organisation == 'FIER' }.cases"));
        assertEquals(true, p.get("series.find { it.id == '" + small + "' }.withheld"));
        assertEquals(false, p.get("series.find { it.id == '" + fier + "' }.withheld"));
        assertTrue(p.getList("notes", String.class).stream().anyMatch(n -> n.contains(small)), p.getString("notes"));

        String csv = given().auth().oauth2(Tokens.ministry()).accept("text/csv").get("/api/projections?" + query)
                .then().statusCode(200).extract().asString();
        for (String line : csv.split("\n")) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("FIER")) {
                assertEquals("", cells[3], "contacts: " + line);
                assertEquals("", cells[7], "hours: " + line);
            } else if (cells[0].equals("CSG")) {
                assertNotEquals("", cells[3], "contacts: " + line);
            }
        }

        String chart = given().auth().oauth2(Tokens.ministry()).get("/api/projections/chart.svg?" + query).then()
                .statusCode(200).extract().asString();
        String csgAlone = given().auth().oauth2(Tokens.ministry()).get("/api/projections/chart.svg?" + csgOnly)
                .then().statusCode(200).extract().asString();
        assertEquals(csgAlone.split("<path").length, chart.split("<path").length, "FIER's panel draws nothing");
        assertEquals(csgAlone.split("<polygon").length, chart.split("<polygon").length, "FIER's panel has no band");
        assertTrue(chart.contains("Not drawn: every count of " + small + " is hidden"), chart);

        given().auth().oauth2(Tokens.coordinator()).get("/api/projections?" + query).then().statusCode(200)
                .body("rows.findAll { it.organisation == 'FIER' }.suppressed", org.hamcrest.Matchers.contains(false,
                        false))
                .body("rows.find { it.organisation == 'FIER' && it.year == 2026 }.contacts",
                        org.hamcrest.Matchers.notNullValue())
                .body("series.find { it.id == '" + small + "' }.withheld", org.hamcrest.Matchers.equalTo(false));

        Map<String, String> before = new LinkedHashMap<>();
        for (String url : List.of("/api/projections?" + query, "/api/projections/chart.svg?" + query)) {
            before.put(url, given().auth().oauth2(Tokens.ministry()).get(url).asString());
        }
        Fixtures.importMonths(small, start, 36, counts(i -> true, 1, 0));
        before.forEach((url, answer) -> assertEquals(answer, given().auth().oauth2(Tokens.ministry()).get(url)
                .asString(), "a ministry's answer depends on hidden counts: " + url));
    }

    /**
     * 2003–2006 are this test's, in triage's own series: CSG's acute cases in VR06, its other cases in VR07, and
     * the cases of Slachtofferhulp without a region (TriagePullTest expects no Veilig Thuis series), with counts of
     * 1 to 9 in some months. The hierarchy's forecasts that add up, and the monitoring screen's region months, must
     * not change when those counts do.
     */
    @Test
    void theHierarchyAndTheRegionMonthsDoNotChangeWhenTheHiddenCountsChange() {
        List<String> urls = List.of("/api/hierarchy?last=2006-12&horizon=6",
                "/api/hierarchy?last=2006-12&horizon=6&method=ols", "/api/regions/monthly?from=2003-01&to=2006-12",
                "/api/series/triage-CSG-CSG_ACUTE", "/api/series/triage-region-VR06",
                "/api/forecasts/triage-CSG-CSG_ACUTE?horizon=12&model=auto",
                "/api/forecasts/triage-region-VR06?horizon=12&model=auto");
        storeTriageCounts(0);
        Map<String, String> before = new LinkedHashMap<>();
        for (String url : urls) {
            Response r = given().auth().oauth2(Tokens.ministry()).get(url);
            before.put(url, r.statusCode() + " " + r.asString());
        }
        String coordinatorBefore = given().auth().oauth2(Tokens.coordinator()).get(urls.get(0)).asString();

        storeTriageCounts(1);
        assertNotEquals(coordinatorBefore, given().auth().oauth2(Tokens.coordinator()).get(urls.get(0)).asString(),
                "the hidden counts did change, and a coordinator's hierarchy shows it");
        assertTrue(before.get(urls.get(0)).startsWith("200 "), before.get(urls.get(0)));
        for (String url : urls) {
            Response r = given().auth().oauth2(Tokens.ministry()).get(url);
            assertEquals(before.get(url), r.statusCode() + " " + r.asString(),
                    "a ministry's answer depends on hidden counts: " + url);
        }
    }

    private void storeTriageCounts(int variant) {
        YearMonth from = YearMonth.of(2003, 1);
        IntToLongFunction acute = counts(i -> i % 4 == 1, variant, 25);
        IntToLongFunction nonAcute = counts(i -> false, variant, 40);
        IntToLongFunction support = counts(i -> i % 3 == 0, variant, 12);
        List<MonthlyCaseCounts.Cell> national = new ArrayList<>();
        List<RegionalCaseCounts.Cell> regional = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth m = from.plusMonths(i);
            national.add(new MonthlyCaseCounts.Cell(m, Organisation.CSG, CaseType.CSG_ACUTE, acute.applyAsLong(i),
                    false));
            national.add(new MonthlyCaseCounts.Cell(m, Organisation.CSG, CaseType.CSG_NON_ACUTE,
                    nonAcute.applyAsLong(i), false));
            national.add(new MonthlyCaseCounts.Cell(m, Organisation.SHN, CaseType.SHN_SUPPORT,
                    support.applyAsLong(i), false));
            regional.add(inRegion(m, Region.VR06, CaseType.CSG_ACUTE, acute.applyAsLong(i)));
            regional.add(inRegion(m, Region.VR07, CaseType.CSG_NON_ACUTE, nonAcute.applyAsLong(i)));
        }
        YearMonth to = from.plusMonths(MONTHS - 1);
        triageCounts.store(new MonthlyCaseCounts(from, to, national));
        triageCounts.storeRegions(new RegionalCaseCounts(from, to, regional));
    }

    @Test
    void triagesCountsHideASecondCellOfTheMonthAsTriageDoes() {
        YearMonth month = YearMonth.of(1999, 3);
        triageCounts.store(new MonthlyCaseCounts(month, month, List.of(
                new MonthlyCaseCounts.Cell(month, Organisation.CSG, CaseType.CSG_ACUTE, 4L, false),
                new MonthlyCaseCounts.Cell(month, Organisation.CSG, CaseType.CSG_NON_ACUTE, 12L, false),
                new MonthlyCaseCounts.Cell(month, Organisation.SHN, CaseType.SHN_SUPPORT, 30L, false))));

        assertEquals(Boolean.TRUE, observation("triage-CSG-CSG_ACUTE", "1999-03").get("suppressed"));
        assertEquals(Boolean.TRUE, observation("triage-CSG-CSG_NON_ACUTE", "1999-03").get("suppressed"),
                "else the month's total from intake minus 12 and 30 gives the 4");
        assertEquals(30, observation("triage-SHN-SHN_SUPPORT", "1999-03").get("count"));
    }

    @Test
    void theCasesWithoutALeadArePartOfTheMonthsLineAsInTriage() {
        YearMonth month = YearMonth.of(1999, 4);
        triageCounts.store(new MonthlyCaseCounts(month, month, List.of(
                new MonthlyCaseCounts.Cell(month, Organisation.CSG, CaseType.CSG_NON_ACUTE, 12L, false),
                new MonthlyCaseCounts.Cell(month, Organisation.SHN, CaseType.SHN_SUPPORT, 30L, false),
                new MonthlyCaseCounts.Cell(month, null, null, 3L, false))));

        assertEquals(Boolean.TRUE, observation("triage-CSG-CSG_NON_ACUTE", "1999-04").get("suppressed"),
                "else the month's 45 contacts from intake minus 12 and 30 give the 3 no rule placed");
        assertEquals(30, observation("triage-SHN-SHN_SUPPORT", "1999-04").get("count"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/series").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("null"))));
    }

    /**
     * April and May 1998, regions VR03–VR05, are this test's. In both months the regions hold 15, 11 and 4 cases;
     * in April 3 more named no region, in May none did. Triage's line has that remainder as its last part.
     */
    @Test
    void regionCountsHideASecondCellOfTheMonthAsTriageDoesWithTheCasesWithoutRegionAsAPart() {
        for (YearMonth month : List.of(YearMonth.of(1998, 4), YearMonth.of(1998, 5))) {
            long withoutRegion = month.getMonthValue() == 4 ? 3 : 0;
            triageCounts.store(new MonthlyCaseCounts(month, month, List.of(
                    new MonthlyCaseCounts.Cell(month, Organisation.CSG, CaseType.CSG_NON_ACUTE, 23 + withoutRegion,
                            false),
                    new MonthlyCaseCounts.Cell(month, Organisation.HELPWANTED, CaseType.HELPWANTED_ADVICE, 7L,
                            false))));
            triageCounts.storeRegions(new RegionalCaseCounts(month, month, List.of(
                    inRegion(month, Region.VR03, CaseType.CSG_NON_ACUTE, 15L),
                    inRegion(month, Region.VR04, CaseType.CSG_NON_ACUTE, 8L),
                    inRegion(month, Region.VR04, CaseType.HELPWANTED_ADVICE, 3L),
                    inRegion(month, Region.VR05, CaseType.HELPWANTED_ADVICE, 4L))));
        }
        assertEquals(Boolean.TRUE, observation("triage-region-VR05", "1998-04").get("suppressed"));
        assertEquals(Boolean.TRUE, observation("triage-region-VR04", "1998-04").get("suppressed"),
                "else the month's total minus 15 and 11 gives the 4 and the 3 without a region together: 7");
        assertEquals(15, observation("triage-region-VR03", "1998-04").get("count"));

        assertEquals(Boolean.TRUE, observation("triage-region-VR05", "1998-05").get("suppressed"));
        assertEquals(Boolean.TRUE, observation("triage-region-VR04", "1998-05").get("suppressed"),
                "else the month's total minus 15 and 11 gives the 4");
        assertEquals(15, observation("triage-region-VR03", "1998-05").get("count"));

        // The monitoring screen's one answer for every region holds the same as the series.
        String url = "/api/regions/monthly?from=1998-04&to=1998-05";
        given().auth().oauth2(Tokens.ministry()).get(url).then().statusCode(200)
                .body("regions.size()", org.hamcrest.Matchers.equalTo(25))
                .body("regions.find { it.region == 'VR04' }.months[0].suppressed", org.hamcrest.Matchers.equalTo(true))
                .body("regions.find { it.region == 'VR04' }.months[1].suppressed", org.hamcrest.Matchers.equalTo(true))
                .body("regions.find { it.region == 'VR05' }.months[0].count", org.hamcrest.Matchers.nullValue())
                .body("regions.find { it.region == 'VR01' }.months[0].count", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(Tokens.coordinator()).get(url).then().statusCode(200)
                .body("regions.find { it.region == 'VR05' }.months[0].count", org.hamcrest.Matchers.equalTo(4));
        given().auth().oauth2(Tokens.coordinator("VR04")).get(url).then().statusCode(200)
                .body("regions.size()", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(Tokens.ministry()).get("/api/regions/monthly?from=1998-05&to=1998-04").then()
                .statusCode(400);
    }

    @Test
    void aScenarioNamedAsAFormulaIsTextInTheCsv() {
        Seeded s = seed();
        String name = "=HYPERLINK(\"http://example.invalid\",\"" + Fixtures.uniqueId("x") + "\")";
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "effects", List.of()))
                .when().post("/api/scenarios").then().statusCode(201);
        String csv = given().auth().oauth2(Tokens.ministry()).accept("text/csv")
                .queryParam("from", "2026-01").queryParam("to", "2026-12").queryParam("scenario", name)
                .queryParam("series", s.nonAcute()).get("/api/projections").then().statusCode(200).extract().asString();
        String cell = "\"'" + name.replace("\"", "\"\"") + "\"";
        assertTrue(csv.contains("," + cell + ","), csv);
        for (String line : csv.split("\n")) {
            for (String c : line.split(",")) {
                assertTrue(c.isEmpty() || "=+@\t\r".indexOf(c.charAt(0)) < 0, "a formula cell: " + line);
            }
        }
    }

    private static Map<String, Object> observation(String series, String period) {
        return given().auth().oauth2(Tokens.ministry()).get("/api/series/" + series).then().statusCode(200)
                .extract().jsonPath().getMap("observations.find { it.period == '" + period + "' }");
    }

    private static boolean isSmall(Double figure) {
        return figure != null && figure > 0 && figure < 10;
    }

    /** Two figures shown for windows one month apart: their difference, per {@code unit}, is that month's. */
    private static void assertNoSmallDifference(Object figure, Object withoutTheMonth, double unit, String where) {
        if (figure != null && withoutTheMonth != null) {
            double month = (((Number) figure).doubleValue() - ((Number) withoutTheMonth).doubleValue()) / unit;
            // JSON numbers are read as floats: a month of nothing may differ from zero in the sixth digit.
            assertTrue(Math.abs(month) < 1e-3 || Math.abs(month) >= 10,
                    "two windows give a month's figure below 10: " + month + " in " + where);
        }
    }

    private static void assertNotSmall(Object figure, String where) {
        if (figure != null) {
            double v = ((Number) figure).doubleValue();
            assertTrue(v == 0 || v >= 10, "a figure below 10 for a ministry: " + v + " in " + where);
        }
    }

    private static RegionalCaseCounts.Cell inRegion(YearMonth month, Region region, CaseType caseType, long count) {
        return new RegionalCaseCounts.Cell(month, region, caseType.organisation(), caseType, false, count, false);
    }
}
