package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import nl.entree.support.token.Tokens;

@QuarkusTest
class ProjectionTest {

    private static final double EPS = 1e-6;

    /** Σ mean and Σ (mean − lower80), Σ (upper80 − mean) of a series' forecast over 2026, month by month. */
    private record Year(double[] means, double low, double high) {
        double sum() {
            double s = 0;
            for (double m : means) {
                s += m;
            }
            return s;
        }
    }

    private static Year forecast2026(String id) {
        // Every series here ends in 2024-12: 2026-01 is step 13, 2026-12 step 24.
        JsonPath f = given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/forecasts/" + id + "?horizon=24&model=auto&levels=80,95")
                .then().statusCode(200).extract().jsonPath();
        double[] means = new double[12];
        double low = 0;
        double high = 0;
        for (int i = 0; i < 12; i++) {
            double mean = f.getDouble("points[" + (12 + i) + "].mean");
            means[i] = mean;
            low += mean - f.getDouble("points[" + (12 + i) + "].intervals.'80'.lower");
            high += f.getDouble("points[" + (12 + i) + "].intervals.'80'.upper") - mean;
        }
        return new Year(means, low, high);
    }

    private static String series(String prefix, String org, String caseType, boolean synthetic, int scale) {
        String id = Fixtures.uniqueId(prefix);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "organisation", org, "caseType", caseType, "granularity", "MONTH",
                        "unit", "contacts", "definition", "test", "synthetic", synthetic))
                .when().post("/api/series").then().statusCode(201);
        Fixtures.importMonths(id, YearMonth.of(2021, 1), 48, i -> Fixtures.seasonal(i + scale) * scale / 10);
        return id;
    }

    @Test
    void projectionAddsUpForecastsAndCombinesThemWithCapacity() {
        String acute = series("p-acute", "CSG", "CSG_ACUTE", false, 10);
        String nonAcute = series("p-nonacute", "CSG", "CSG_NON_ACUTE", false, 25);
        String fier = series("p-fier", "FIER", "FIER_CASE", true, 5);
        Year a = forecast2026(acute);
        Year b = forecast2026(nonAcute);
        Year c = forecast2026(fier);

        JsonPath p = given().auth().oauth2(Tokens.ministry())
                .when().get("/api/projections?from=2026-01&to=2026-12&series=" + acute + "," + nonAcute + "&series=" + fier)
                .then().statusCode(200)
                .body("capacity", equalTo("AVAILABLE"))
                .body("scenario", equalTo("baseline"))
                .body("intervalMethod", containsString("quadrature"))
                .body("rows", hasSize(2))
                .body("series", hasSize(3))
                .extract().jsonPath();
        assertFalse(StubServers.lastRequirementsRequest().has("region"),
                "national series ask for the staff of every region");
        // Each series says how it was forecast: the model, what a combination is made of, every candidate's backtest.
        for (Map<String, Object> used : p.getList("series", Map.class)) {
            String model = (String) used.get("model");
            List<?> backtest = (List<?>) used.get("backtest");
            assertTrue(backtest.stream().anyMatch(r -> model.equals(((Map<?, ?>) r).get("model"))),
                    used.get("id") + ": the chosen model " + model + " is among the backtested " + backtest);
            int components = ((List<?>) used.get("components")).size();
            assertTrue(model.equals("combination") ? components >= 3 : components == 0, used.get("id") + " " + model);
        }

        Map<String, Object> csg = p.getMap("rows.find { it.organisation == 'CSG' }");
        double contacts = a.sum() + b.sum();
        assertClose(contacts, csg.get("contacts"));
        assertEquals(2026, csg.get("year"));
        assertEquals(12, csg.get("months"));
        // Months within a series add linearly; the two series add in quadrature.
        assertClose(Math.max(0, contacts - Math.hypot(a.low(), b.low())), csg.get("contactsLow80"));
        assertClose(contacts + Math.hypot(a.high(), b.high()), csg.get("contactsHigh80"));
        assertClose(contacts * StubServers.HOURS_LOW, csg.get("hoursLow"));
        assertClose(contacts * StubServers.HOURS_EXPECTED, csg.get("hoursExpected"));
        assertClose(contacts * StubServers.HOURS_HIGH, csg.get("hoursHigh"));
        double fte = contacts * StubServers.HOURS_EXPECTED / StubServers.HOURS_PER_FTE_YEAR;
        assertClose(fte, csg.get("fteNeeded"));
        assertClose(StubServers.FTE_AVAILABLE, csg.get("fteAvailable"));
        assertClose(fte - StubServers.FTE_AVAILABLE, csg.get("gap"));
        // Costs per contact next to the FTE, and the cost's being an estimate said with them.
        assertClose(fte * StubServers.EUROS_PER_FTE_YEAR, csg.get("euros"));
        assertClose(fte * StubServers.EUROS_PER_FTE_YEAR / contacts, csg.get("eurosPerContact"));
        assertEquals(true, csg.get("costAssumption"));
        assertEquals(false, csg.get("synthetic"));

        Map<String, Object> fierRow = p.getMap("rows.find { it.organisation == 'FIER' }");
        assertClose(c.sum(), fierRow.get("contacts"));
        assertClose(Math.max(0, c.sum() - c.low()), fierRow.get("contactsLow80"));
        assertEquals(null, fierRow.get("hoursExpected"), "no norm, no hours");
        assertEquals(true, fierRow.get("synthetic"));
        assertEquals("FIER_CASE", p.getString("withoutNorm[0].caseType"));
        assertEquals("2026-01", p.getString("withoutNorm[0].firstMonth"));
        assertClose(c.sum(), p.get("withoutNorm[0].cases"));
    }

    @Test
    void scenarioEffectsMultiplyTheMonthsTheyCover() {
        String acute = series("s-acute", "CSG", "CSG_ACUTE", false, 10);
        String fier = series("s-fier", "FIER", "FIER_CASE", false, 5);
        Year a = forecast2026(acute);
        Year f = forecast2026(fier);
        String name = Fixtures.uniqueId("scenario");
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "effects", List.of(
                        Map.of("kind", "STEP", "from", "2026-07", "percent", 50, "series", List.of(acute)),
                        Map.of("kind", "PEAK", "from", "2026-01", "months", 2, "percent", 100,
                                "organisations", List.of("FIER")))))
                .when().post("/api/scenarios").then().statusCode(201);

        JsonPath p = given().auth().oauth2(Tokens.coordinator())
                .queryParam("from", "2026-01").queryParam("to", "2026-12").queryParam("scenario", name)
                .queryParam("series", acute + "," + fier)
                .when().get("/api/projections").then().statusCode(200).body("scenario", equalTo(name))
                .extract().jsonPath();
        double csg = 0;
        double fierTotal = 0;
        for (int i = 0; i < 12; i++) {
            csg += a.means()[i] * (i >= 6 ? 1.5 : 1);
            fierTotal += f.means()[i] * (i < 2 ? 2 : 1);
        }
        assertClose(csg, p.get("rows.find { it.organisation == 'CSG' }.contacts"));
        assertClose(fierTotal, p.get("rows.find { it.organisation == 'FIER' }.contacts"));
        assertClose(csg * StubServers.HOURS_EXPECTED, p.get("rows.find { it.organisation == 'CSG' }.hoursExpected"));
    }

    @Test
    void yearsAreSplitAndCsvAndSvgAreOffered() {
        String acute = series("f-acute", "CSG", "CSG_ACUTE", false, 10);
        String fier = series("f-fier", "FIER", "FIER_CASE", true, 5);
        String query = "/api/projections?from=2025-07&to=2027-06&series=" + acute + "," + fier;
        given().auth().oauth2(Tokens.coordinator()).when().get(query)
                .then().statusCode(200).body("rows", hasSize(6))
                .body("rows.find { it.organisation == 'CSG' && it.year == 2025 }.months", equalTo(6));

        String csv = given().auth().oauth2(Tokens.ministry()).accept("text/csv").when().get(query)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\n");
        // The header, six rows, FIER_CASE's line without a norm and the note that points to it.
        assertEquals(9, lines.length, csv);
        assertEquals(6, Arrays.stream(lines).filter(l -> l.contains(",row,")).count(), csv);
        assertTrue(csv.contains(",without_norm,FIER_CASE,2025-07,2027-06,"), csv);
        assertTrue(lines[0].startsWith("organisation,year,months,contacts,contacts_low_80,contacts_high_80,hours_low,"));
        assertTrue(csv.contains("\nCSG,2026,12,"), csv);

        String svg = given().auth().oauth2(Tokens.ministry()).queryParam("from", "2025-07").queryParam("to", "2027-06")
                .queryParam("series", acute + "," + fier)
                .when().get("/api/projections/chart.svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
        assertTrue(svg.startsWith("<svg"));
        assertTrue(svg.contains("CSG: contacts per month"));
        assertTrue(svg.contains("FIER: contacts per month"));
        assertTrue(svg.contains("Synthetic data: synthetic, calibrated to published annual totals"));
        assertTrue(svg.contains("80% interval"));
        assertTrue(svg.contains("<polygon"), "the band");
        assertTrue(svg.contains(">2026<"), "year labels");
        assertWellFormed(svg);
    }

    @Test
    void aScenarioNameWithMarkupIsShownAsTextInTheChart() {
        String acute = series("f-markup", "CSG", "CSG_ACUTE", false, 200);
        String name = "<script>&\"" + Fixtures.uniqueId("x");
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "effects", List.of()))
                .when().post("/api/scenarios").then().statusCode(201);
        String svg = given().auth().oauth2(Tokens.coordinator()).queryParam("from", "2025-07")
                .queryParam("to", "2026-06").queryParam("series", acute).queryParam("scenario", name)
                .when().get("/api/projections/chart.svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;&amp;&quot;"), svg);
        assertWellFormed(svg);
    }

    @Test
    void aDutchPageGetsADutchChartAndAnUnknownLanguageIsNamed() {
        String acute = series("f-nl-acute", "CSG", "CSG_ACUTE", true, 2000);
        String svg = given().auth().oauth2(Tokens.ministry()).queryParam("from", "2025-07").queryParam("to", "2026-06")
                .queryParam("series", acute).queryParam("lang", "nl")
                .when().get("/api/projections/chart.svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
        assertTrue(svg.contains("<title>Verwachte contacten per organisatie, 2025-07 tot en met 2026-06"), svg);
        assertTrue(svg.contains("CSG: contacten per maand, gemeten en verwacht"));
        assertTrue(svg.contains("Synthetische gegevens"));
        assertTrue(svg.contains("80%-interval"));
        assertTrue(svg.contains(">contacten per maand<") && svg.contains(">maand<"));
        assertTrue(svg.matches("(?s).*>\\d{1,3}\\.\\d{3}<.*"), "thousands in Dutch notation");
        for (String english : List.of("contacts per month", "observed", "forecast from", "Series:")) {
            assertFalse(svg.contains(english), english);
        }
        assertWellFormed(svg);
        given().auth().oauth2(Tokens.ministry()).queryParam("from", "2025-07").queryParam("to", "2026-06")
                .queryParam("lang", "fr").when().get("/api/projections/chart.svg")
                .then().statusCode(400).body("violations.field", hasItem("lang"));
    }

    @Test
    void withCapacityDownTheContactsStandAndHoursAreMarkedMissing() {
        String id = Fixtures.uniqueId("down");
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "organisation", "SHN", "caseType", "SHN_SUPPORT", "granularity", "MONTH",
                        "unit", "contacts", "definition", "test"))
                .when().post("/api/series").then().statusCode(201);
        Fixtures.importMonths(id, YearMonth.of(2080, 1), 60, Fixtures::seasonal);
        given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/projections?from=" + StubServers.FAILING_FROM_YEAR + "-01&to="
                        + StubServers.FAILING_FROM_YEAR + "-12&series=" + id)
                .then().statusCode(200)
                .body("capacity", equalTo("UNAVAILABLE"))
                .body("rows[0].contacts", notNullValue())
                .body("rows[0].hoursExpected", nullValue())
                .body("rows[0].fteNeeded", nullValue())
                .body("notes", hasItem(containsString("capacity-service did not answer")));
    }

    /** Capacity's refusal is about these cases, not capacity: others keep their hours, however often it is asked. */
    @Test
    void casesCapacityRefusesAreSaidSoAndLeaveItsCircuitClosedForEveryoneElse() {
        // Years no publication reads: a year's publication takes the series that counted most of its months.
        String huge = Fixtures.monthlySeries("huge", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(huge, YearMonth.of(2061, 1), 48, i -> 50_000_000L);
        for (int i = 0; i < 12; i++) {
            given().auth().oauth2(Tokens.coordinator())
                    .when().get("/api/projections?from=2065-01&to=2065-12&series=" + huge)
                    .then().statusCode(200)
                    .body("rows[0].contacts", notNullValue())
                    .body("rows[0].hoursExpected", nullValue())
                    .body("notes", hasItem(containsString("capacity-service refused these projected cases (400)")));
        }
        String usual = Fixtures.monthlySeries("usual", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(usual, YearMonth.of(2021, 1), 48, Fixtures::seasonal);
        given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/projections?from=2025-01&to=2025-12&series=" + usual)
                .then().statusCode(200)
                .body("capacity", equalTo("AVAILABLE"))
                .body("rows[0].hoursExpected", notNullValue());
    }

    @Test
    void smallProjectionsAreSuppressedForMinistries() {
        String id = Fixtures.monthlySeries("tiny", "VT", "VT_SAFETY_ASSESSMENT");
        Fixtures.importMonths(id, YearMonth.of(2021, 1), 48, i -> i % 5 == 0 ? 1 : 0);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/projections?from=2025-01&to=2025-03&series=" + id)
                .then().statusCode(200)
                .body("rows[0].suppressed", equalTo(true))
                .body("rows[0].contacts", nullValue())
                .body("rows[0].contactsHigh80", nullValue());
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/projections?from=2025-01&to=2025-03&series=" + id)
                .then().statusCode(200).body("rows[0].suppressed", equalTo(false)).body("rows[0].contacts", notNullValue());
    }

    @Test
    void byDefaultEachOrganisationAndCaseTypeIsCountedOnce() {
        // A second, shorter CSG_ACUTE series must not be added to the demo series that covers the same caseType.
        String shorter = series("d-acute", "CSG", "CSG_ACUTE", false, 10);
        JsonPath p = given().auth().oauth2(Tokens.ministry()).when().get("/api/projections?from=2026-01&to=2026-12")
                .then().statusCode(200).extract().jsonPath();
        List<String> keys = p.getList("series.collect { it.organisation + '/' + it.caseType }", String.class);
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), "one series per organisation x caseType: " + keys);
        assertTrue(keys.contains("CSG/CSG_ACUTE"));
        assertTrue(!p.getList("series.id", String.class).contains(shorter), "the series with more data wins");
        assertTrue(p.getList("notes", String.class).stream().anyMatch(n -> n.contains(shorter + " not used")));
    }

    @Test
    void badParametersAreNamed() {
        given().auth().oauth2(Tokens.ministry()).when().get("/api/projections?from=2026-13&to=2026-12")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/projections?from=2026-05&to=2026-01")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/projections?from=2026-01&to=2026-12&scenario=" + Fixtures.uniqueId("nope"))
                .then().statusCode(400).body("violations[0].field", equalTo("scenario"));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/projections?from=2026-01&to=2026-12&series=" + Fixtures.uniqueId("nope"))
                .then().statusCode(400).body("violations[0].field", equalTo("series"));
        given().auth().oauth2(Tokens.casemanager("CSG")).when().get("/api/projections?from=2026-01&to=2026-12")
                .then().statusCode(403);
    }

    /**
     * A month the service cannot reckon with is named, in each form of the projection, never a server error: a
     * year such as -357911914 made the months' numbering overflow, and a year 1 was reckoned with as any other.
     */
    @Test
    void aMonthOutsideYyyyIsNamedInJsonCsvAndChart() {
        for (String query : List.of("from=-357911914-01&to=-357911914-01", "from=0001-01&to=0001-12")) {
            given().auth().oauth2(Tokens.coordinator()).when().get("/api/projections?" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItems("from", "to"));
            given().auth().oauth2(Tokens.coordinator()).accept("text/csv").when().get("/api/projections?" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItems("from", "to"));
            given().auth().oauth2(Tokens.ministry()).when().get("/api/projections/chart.svg?" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItems("from", "to"));
        }
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/projections?from=2026-01&to=99999-12")
                .then().statusCode(400).body("violations.field", contains("to"));
    }

    private static void assertClose(double expected, Object actual) {
        double value = ((Number) actual).doubleValue();
        assertTrue(Math.abs(expected - value) <= EPS * Math.max(1, Math.abs(expected)),
                "expected " + expected + " but was " + value);
    }

    private static void assertWellFormed(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
