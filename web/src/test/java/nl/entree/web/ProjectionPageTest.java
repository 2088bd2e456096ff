package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.entree.support.token.Tokens;

/** Issue 20 on the projections screen: each series names the model chosen, what it combines, and every backtest. */
@QuarkusTest
@QuarkusTestResource(value = ForecastStub.class, restrictToAnnotatedClass = true)
class ProjectionPageTest {

    @BeforeEach
    void forecast() {
        ForecastStub.reset();
        ForecastStub.answer("GET /api/scenarios", 200, List.of(Map.of("name", "baseline", "effects", List.of())));
        Map<String, Object> row = new HashMap<>();
        row.put("organisation", "CSG");
        row.put("year", 2027);
        row.put("months", 12);
        row.put("contacts", 4100.0);
        row.put("contactsLow80", 3500.0);
        row.put("contactsHigh80", 4800.0);
        row.put("suppressed", false);
        row.put("synthetic", true);
        row.put("euros", 246_000.0);
        row.put("eurosPerContact", 60.0);
        row.put("costAssumption", true);
        Map<String, Object> thetaRow = new HashMap<>(Map.of("model", "theta", "mae", 23.8, "mase", 0.57,
                "smape", 9.4, "coverage80", 0.81, "coverage95", 0.92, "origins", 12));
        thetaRow.put("intervalScale80", null);
        Map<String, Object> series = new HashMap<>();
        series.put("id", "CSG_ACUTE");
        series.put("organisation", "CSG");
        series.put("caseType", "CSG_ACUTE");
        series.put("model", "combination");
        series.put("components", List.of("ETS(M,A,N)", "adjusted-ets", "theta",
                "ARIMA(0,1,1)(1,0,0)[12] with drift"));
        series.put("backtest", List.of(
                Map.of("model", "snaive", "mae", 25.9, "mase", 0.61, "smape", 10.8, "coverage80", 0.88,
                        "coverage95", 1.0, "origins", 12, "intervalScale80", 0.75),
                thetaRow,
                Map.of("model", "adjusted-ets", "mae", 21.0, "mase", 0.5, "smape", 8.2, "coverage80", 0.79,
                        "coverage95", 0.94, "origins", 12, "intervalScale80", 1.02),
                Map.of("model", "combination", "mae", 21.9, "mase", 0.524, "smape", 8.6, "coverage80", 0.83,
                        "coverage95", 0.95, "origins", 12, "intervalScale80", 0.97)));
        series.put("lastObserved", "2025-12");
        series.put("synthetic", true);
        series.put("label", "synthetic, calibrated to published annual totals");
        ForecastStub.answer("GET /api/projections", 200, Map.of("from", "2027-01", "to", "2027-12", "scenario",
                "baseline", "capacity", "AVAILABLE", "rows", List.of(row, unknownCost()), "withoutNorm", List.of(),
                "series", List.of(series), "notes", List.of()));
    }

    @Test
    void eachSeriesNamesTheModelChosenAndWhatTheCombinationTakesTheMedianOf() {
        String page = Browser.as(Tokens.ministry()).get("/projections?from=2027-01&to=2027-12").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("<h2 id=\"method-title\">Hoe de prognose is gemaakt</h2>"), page);
        assertTrue(page.contains("Gekozen model: <strong>combinatie</strong> (de mediaan van ETS(M,A,N), ETS op de "
                + "seizoensgecorrigeerde reeks, Theta, ARIMA(0,1,1)(1,0,0)[12] met drift)"), page);
        assertTrue(page.contains("8 van de 10 uitkomsten"), "the page says what the band means");
    }

    @Test
    void everyCandidatesBacktestIsATableWithTheChosenOneMarked() {
        String page = Browser.as(Tokens.ministry()).get("/projections?from=2027-01&to=2027-12").then()
                .statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("<table class=\"backtest\" data-series=\"CSG_ACUTE\">"),
                page.indexOf("</table>", page.indexOf("class=\"backtest\"")));
        assertTrue(table.contains("<caption id=\"backtest-CSG_ACUTE\">Terugtoets: CSG acuut</caption>"), table);
        assertTrue(table.contains("<tr data-model=\"combination\" class=\"chosen\"><th scope=\"row\">combinatie "
                + "<span class=\"badge\">gekozen</span></th>"), table);
        assertTrue(row(table, "combination").matches("(?s).*>0,52</td>.*>21,9</td>.*>83%</td>.*>0,97</td>.*>12</td>.*"),
                row(table, "combination"));
        assertTrue(row(table, "snaive").contains("dezelfde maand vorig jaar")
                && !row(table, "snaive").contains("chosen"), row(table, "snaive"));
        // Fewer than 30 backtest outcomes: the model's own band stands, and the screen shows no factor.
        assertTrue(row(table, "theta").matches("(?s).*>81%</td>\\s*<td class=\"num\">–</td>.*"), row(table, "theta"));
    }

    @Test
    void inEnglishTheModelsHaveEnglishNames() {
        String page = Browser.as(Tokens.ministry()).cookie("entree_lang", "en")
                .get("/projections?from=2027-01&to=2027-12").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Model chosen: <strong>combination</strong> (the median of ETS(M,A,N), ETS on the "
                + "seasonally adjusted series, Theta, ARIMA(0,1,1)(1,0,0)[12] with drift)"), page);
    }

    @Test
    void costsStandNextToTheFteAndAnEstimateSaysSo() {
        String page = Browser.as(Tokens.ministry()).get("/projections?from=2027-01&to=2027-12").then()
                .statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("<table id=\"projection\">"), page.indexOf("</table>",
                page.indexOf("<table id=\"projection\">")));
        assertTrue(table.contains("<th scope=\"col\" class=\"num\">Kosten per jaar</th>")
                && table.contains("<th scope=\"col\" class=\"num\">Kosten per contact</th>"), table);
        assertTrue(table.contains("<td class=\"num\">€ 246.000 <span class=\"badge\">aanname</span></td>\n"
                + "  <td class=\"num\">€ 60</td>"), table);
        String fier = table.substring(table.indexOf(">FIER"));
        assertTrue(fier.contains("<td class=\"num\">–</td>\n  <td class=\"num\">–</td></tr>"),
                "no registered cost: unknown, not zero: " + fier);
    }

    @Test
    void aRowHiddenForPrivacyIsNotShownAsFewerThanTenAndOnlyABoundBelowTenIs() {
        // forecast hides a row for a ministry also when it rests on a hidden month or a withheld series: then it
        // may hold hundreds of contacts, and "< 10" would tell the ministry something false.
        var hidden = unknownCost();
        hidden.put("organisation", "VT");
        hidden.put("contacts", null);
        hidden.put("contactsLow80", null);
        hidden.put("contactsHigh80", null);
        hidden.put("suppressed", true);
        var smallLowBound = unknownCost();
        smallLowBound.put("organisation", "SHN");
        smallLowBound.put("contacts", 14.0);
        smallLowBound.put("contactsLow80", null);
        smallLowBound.put("contactsHigh80", 21.0);
        ForecastStub.answer("GET /api/projections", 200, Map.of("from", "2027-01", "to", "2027-12", "scenario",
                "baseline", "capacity", "AVAILABLE", "rows", List.of(hidden, smallLowBound), "withoutNorm",
                List.of(), "series", List.of(), "notes", List.of()));

        String page = Browser.as(Tokens.ministry()).get("/projections?from=2027-01&to=2027-12").then()
                .statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("<table id=\"projection\">"), page.indexOf("</table>",
                page.indexOf("<table id=\"projection\">")));
        String vt = table.substring(table.indexOf(">VT"), table.indexOf("</tr>", table.indexOf(">VT")));
        assertTrue(vt.contains("<td class=\"num\">verborgen</td>") && !vt.contains("&lt; 10"), vt);
        String shn = table.substring(table.indexOf(">SHN"), table.indexOf("</tr>", table.indexOf(">SHN")));
        // forecast also hides a bound that a month's bound below 10 goes into, so "< 10" could be false there too.
        assertTrue(shn.contains("<td class=\"num\">14 (verborgen–21)</td>") && !shn.contains("&lt; 10"), shn);
        assertTrue(page.contains("verborgen betekent: de contacten van die rij zijn weggelaten om personen te "
                + "beschermen")
                && page.contains("Het kunnen er dus ook honderden zijn."), "the legend says why: " + page);

        String english = Browser.as(Tokens.ministry()).cookie("entree_lang", "en")
                .get("/projections?from=2027-01&to=2027-12").then().statusCode(200).extract().asString();
        assertTrue(english.contains("<td class=\"num\">not shown</td>"), english);
    }

    @Test
    void aCoordinatorBoundToARegionIsOfferedOnlyThatRegionAndSeesItNamed() {
        // forecast answers a region-bound coordinator with their own region whatever they ask: the page must say so.
        String page = Browser.as(Tokens.coordinator("VR13")).get("/projections?from=2027-01&to=2027-12").then()
                .statusCode(200).extract().asString();
        String select = page.substring(page.indexOf("<select id=\"region\""),
                page.indexOf("</select>", page.indexOf("<select id=\"region\"")));
        assertTrue(select.contains("<option value=\"VR13\" selected>") && !select.contains("Heel Nederland")
                && !select.contains("value=\"VR16\""), "only their own region, chosen: " + select);
        assertTrue(page.contains("(VR13)</h2>"), "the chart's title names their region: " + page);
        assertTrue(ForecastStub.calls("GET /api/projections?").stream().allMatch(c -> c.contains("region=VR13")),
                "the region is asked for explicitly: " + ForecastStub.calls("GET /api/projections?"));
        // Another region in the address is theirs all the same, not a refusal from forecast.
        Browser.as(Tokens.coordinator("VR13")).get("/projections?region=VR16").then().statusCode(200);
        assertTrue(ForecastStub.calls("GET /api/projections?").stream().noneMatch(c -> c.contains("region=VR16")));
    }

    private static Map<String, Object> unknownCost() {
        Map<String, Object> row = new HashMap<>();
        row.put("organisation", "FIER");
        row.put("year", 2027);
        row.put("months", 12);
        row.put("contacts", 900.0);
        row.put("contactsLow80", 700.0);
        row.put("contactsHigh80", 1100.0);
        row.put("suppressed", false);
        row.put("synthetic", true);
        row.put("euros", null);
        row.put("eurosPerContact", null);
        row.put("costAssumption", null);
        return row;
    }

    private static String row(String table, String model) {
        int start = table.indexOf("<tr data-model=\"" + model + "\"");
        return table.substring(start, table.indexOf("</tr>", start));
    }

    @Test
    void aCoordinatorProjectsOneRegionsOrganisationsAndAMinistryCannotAskForIt() {
        String page = Browser.as(Tokens.coordinator()).get("/projections?region=VR16").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<option value=\"VR16\" selected>Hollands-Midden (VR16)</option>"), page);
        assertTrue(page.contains("– Hollands-Midden (VR16)</h2>"), "the chart's title names the region: " + page);
        assertTrue(page.contains("/projections/chart.svg?from=") && page.contains("&amp;region=VR16"), page);
        assertTrue(ForecastStub.calls("GET /api/projections?").stream().anyMatch(c -> c.contains("region=VR16")));

        ForecastStub.reset();
        ForecastStub.answer("GET /api/projections", 200, Map.of("rows", List.of(), "series", List.of(),
                "notes", List.of(), "withoutNorm", List.of()));
        String ministry = Browser.as(Tokens.ministry()).get("/projections?region=VR16").then().statusCode(200)
                .extract().asString();
        assertTrue(!ministry.contains("id=\"region\""), "no region choice for a ministry");
        assertTrue(ForecastStub.calls("GET /api/projections?").stream().noneMatch(c -> c.contains("region=")),
                "a ministry's region is not passed on");

        ForecastStub.answer("GET /api/projections", 422, Map.of("status", 422, "title", "Unprocessable Content"));
        String none = Browser.as(Tokens.coordinator()).get("/projections?region=VR10").then().statusCode(200)
                .extract().asString();
        assertTrue(none.contains("<p id=\"projection-region-none\">Nog geen tellingen per organisatie voor "
                + "Noord-Holland-Noord (VR10)"), none);
    }

    /** What forecast refuses is the user's to change: a 400 and a message, never "unreachable" or a 503. */
    @Test
    void aPeriodOrScenarioForecastRefusesIsA400ToChangeNotAnOutage() {
        Browser.as(Tokens.ministry()).get("/projections/chart.svg?from=2027-12&to=2027-01").then().statusCode(400);
        assertTrue(ForecastStub.calls("GET /api/projections").isEmpty(), "a backwards period is not asked");

        ForecastStub.answer("GET /api/projections", 400, Map.of("status", 400, "title", "Bad Request",
                "detail", "to: at most 120 months after from"));
        ForecastStub.answer("GET /api/projections/chart.svg", 400, Map.of("status", 400, "title", "Bad Request"));
        Browser.as(Tokens.ministry()).get("/projections/chart.svg?from=2017-01&to=2027-12").then().statusCode(400);
        Browser.as(Tokens.ministry()).get("/projections/export.csv?from=2027-01&to=2027-12&scenario=nope").then()
                .statusCode(400);
        // Issue 9, point 4: a download forecast refuses is the projections page that says what to change.
        Browser.as(Tokens.ministry()).get("/projections/export-nl.csv?from=2027-01&to=2027-12&scenario=nope").then()
                .statusCode(400).contentType(containsString("text/html"))
                .body(containsString("<div class=\"form-error\" role=\"alert\" "
                        + "id=\"form-error\">Voor deze periode of dit scenario kan geen prognose worden gemaakt."))
                .body(not(containsString("forecast-service")));
        String page = Browser.as(Tokens.ministry()).get("/projections?from=2017-01&to=2027-12").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<div class=\"form-error\" role=\"alert\" id=\"form-error\">Voor deze periode of dit "
                + "scenario kan geen prognose worden gemaakt."), page);
        assertTrue(!page.contains("data-panel-error=\"forecast\""), "not a service that is down: " + page);
    }

    @Test
    void theProjectionShowsContactsHoursFteTheGapAndTheLinesWithoutANorm() {
        Map<String, Object> peak = new HashMap<>();
        peak.put("kind", "PEAK");
        peak.put("from", "2027-03");
        peak.put("months", 3);
        peak.put("percent", 25.0);
        peak.put("organisations", List.of("CSG"));
        peak.put("series", List.of());
        ForecastStub.answer("GET /api/scenarios", 200, List.of(
                Map.of("id", 1, "name", "baseline", "description", "As it goes", "effects", List.of()),
                Map.of("id", 2, "name", "campagne", "description", "A campaign", "effects", List.of(peak))));
        Map<String, Object> row = new HashMap<>();
        row.put("organisation", "CSG");
        row.put("year", 2027);
        row.put("months", 12);
        row.put("contacts", 4100.0);
        row.put("contactsLow80", 3500.0);
        row.put("contactsHigh80", 4800.0);
        row.put("suppressed", false);
        row.put("hoursLow", 45100.0);
        row.put("hoursExpected", 49200.0);
        row.put("hoursHigh", 55350.0);
        row.put("fteNeeded", 35.2);
        row.put("fteAvailable", 32.0);
        row.put("gap", 3.2);
        row.put("euros", 246_000.0);
        row.put("eurosPerContact", 60.0);
        row.put("costAssumption", false);
        row.put("synthetic", false);
        Map<String, Object> withoutNorm = new HashMap<>();
        withoutNorm.put("organisation", "FIER");
        withoutNorm.put("caseType", "FIER_CASE");
        withoutNorm.put("firstMonth", "2027-01");
        withoutNorm.put("lastMonth", "2027-12");
        withoutNorm.put("cases", 310.0);
        withoutNorm.put("suppressed", false);
        Map<String, Object> projection = new HashMap<>();
        projection.put("from", "2027-01");
        projection.put("to", "2027-12");
        projection.put("scenario", "campagne");
        projection.put("capacity", "AVAILABLE");
        projection.put("intervalMethod", "sum of months, series independent");
        projection.put("rows", List.of(row));
        projection.put("withoutNorm", List.of(withoutNorm));
        projection.put("series", List.of());
        projection.put("notes", List.of("A sentence nobody translated."));
        ForecastStub.answer("GET /api/projections", 200, projection);

        String page = Browser.as(Tokens.ministry()).get("/projections?scenario=campagne&from=2027-01&to=2027-12")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<option value=\"baseline\">basis (geen effecten)</option>")
                && page.contains("<option value=\"campagne\" selected>campagne</option>"), page);
        assertTrue(page.contains("– campagne</h2>") && !page.contains("id=\"synthetic-note\""), page);
        String table = page.substring(page.indexOf("<table id=\"projection\">"), page.indexOf("</table>",
                page.indexOf("<table id=\"projection\">")));
        assertTrue(table.contains("<th scope=\"row\">CSG</th><td>2027</td>")
                && table.contains("<td class=\"num\">4.100 (3.500–4.800)</td>")
                && table.contains("<td class=\"num\">45.100–49.200–55.350</td>")
                && table.contains("<td class=\"num\">35,2</td><td class=\"num\">32,0</td>")
                && table.contains("<td class=\"num shortage\">3,2</td>")
                && table.contains("<td class=\"num\">€ 246.000</td>"), table);
        assertTrue(page.contains("Zonder urennorm, dus niet in de uren: FIER Fier casus"), page);
        assertTrue(page.contains("<li>A sentence nobody translated.</li>"), page);
    }
}
