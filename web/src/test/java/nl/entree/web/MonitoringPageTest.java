package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.support.token.Tokens;

/**
 * Issue 18's monitoring screen: the regions' map and table from forecast's region series, the peak alerts for
 * coordinators, the forecast that adds up, and the yearly publication proxied from forecast.
 */
@QuarkusTest
@QuarkusTestResource(value = ForecastStub.class, restrictToAnnotatedClass = true)
class MonitoringPageTest {

    private static final YearMonth LAST = Disclosure.lastCompletedMonth(Clock.systemUTC());

    @BeforeEach
    void services() {
        ForecastStub.reset();
        // VR13: 10 a month, then 15 a month (+50%); VR01: 20 a month throughout; VR05: one month hidden.
        List<Map<String, Object>> regions = new ArrayList<>();
        for (String region : List.of("VR13", "VR01", "VR05")) {
            List<Map<String, Object>> months = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Integer count = switch (region) {
                    case "VR13" -> i < 12 ? 10 : 15;
                    case "VR01" -> 20;
                    default -> i == 20 ? null : 30;
                };
                months.add(month(LAST.minusMonths(23 - i).toString(), count));
            }
            regions.add(Map.of("region", region, "months", months));
        }
        ForecastStub.answer("GET /api/regions/monthly", 200, Map.of("from", LAST.minusMonths(23).toString(),
                "to", LAST.toString(), "regions", regions));
        Map<String, Object> alert = new HashMap<>();
        alert.put("seriesId", "triage-region-VR13");
        alert.put("region", "VR13");
        alert.put("observed", 40);
        alert.put("expectedSoFar", 5.0);
        alert.put("upperBoundSoFar", 9.0);
        alert.put("excess", 31.0);
        alert.put("timesExpected", 8.0);
        alert.put("monthFraction", 0.3);
        alert.put("events", List.of());
        alert.put("active", true);
        ForecastStub.answer("GET /api/alerts", 200, Map.of("month", LAST.plusMonths(1).toString(), "rule", "…",
                "alerts", List.of(alert)));
        // Two months ahead: CSG, FIER and the cases without a lead add up to the national total, and so do VR13,
        // VR01 and no region.
        ForecastStub.answer("GET /api/hierarchy", 200, Map.of("last", LAST.toString(), "method", "WLS",
                "months", List.of(LAST.plusMonths(1).toString(), LAST.plusMonths(2).toString()),
                "nodes", List.of(node("national", "NATIONAL", null, 100.0, 110.0),
                        node("triage-CSG-CSG_ACUTE", "ORGANISATION", null, 60.0, 64.5),
                        node("triage-FIER-FIER_CASE", "ORGANISATION", null, 35.0, 40.5),
                        node("not-attributed", "NOT_ATTRIBUTED", null, 5.0, 5.0),
                        node("triage-region-VR13", "REGION", "VR13", 70.0, 75.0),
                        node("triage-region-VR01", "REGION", "VR01", 20.0, 21.0),
                        node("no-region", "NO_REGION", null, 10.0, 14.0)),
                "coherence", Map.of("organisationsBase", 7.25, "organisationsReconciled", 0.0,
                        "regionsBase", 3.0, "regionsReconciled", 0.0)));
    }

    @Test
    void theForecastThatAddsUpShowsTheNationalTotalBesideItsTwoSums() {
        String page = Browser.as(Tokens.ministry()).get("/monitoring").then().statusCode(200).extract().asString();
        String month = LAST.plusMonths(2).toString();
        assertTrue(page.contains("<tr data-month=\"" + month + "\"><th scope=\"row\">" + month + "</th>"
                + "<td class=\"num\">110</td><td class=\"num\">110</td><td class=\"num\">110</td></tr>"), page);
        assertTrue(page.contains("tot 7,3 casussen per maand"), "how far apart they were before: " + page);
        String vr13 = page.substring(page.indexOf("<tr data-region=\"VR13\""),
                page.indexOf("</tr>", page.indexOf("<tr data-region=\"VR13\"")));
        assertTrue(vr13.contains(">145</td>"), "VR13's next months, 70 + 75: " + vr13);

        ForecastStub.answer("GET /api/hierarchy", 422, Map.of("status", 422, "title", "Unprocessable Content"));
        String early = Browser.as(Tokens.ministry()).get("/monitoring").then().statusCode(200).extract().asString();
        assertTrue(early.contains("<p id=\"adding-up-none\">Nog geen prognose per regio"), early);
    }

    @Test
    void theMapColoursEachRegionByGrowthAndTheTableSaysTheSame() {
        String page = Browser.as(Tokens.coordinator()).get("/monitoring").then().statusCode(200).extract().asString();
        String tile = page.substring(page.indexOf("<g data-region=\"VR13\">"),
                page.indexOf("</g>", page.indexOf("<g data-region=\"VR13\">")));
        assertTrue(tile.contains("class=\"tile tone-steep alert\"") && tile.contains(">+50% !</text>")
                && tile.contains("<title>Amsterdam-Amstelland (VR13): groei +50%</title>"), tile);
        String flat = page.substring(page.indexOf("<g data-region=\"VR01\">"));
        assertTrue(flat.substring(0, flat.indexOf("</g>")).contains("tone-flat"), flat);
        String row = page.substring(page.indexOf("<tr data-region=\"VR13\""),
                page.indexOf("</tr>", page.indexOf("<tr data-region=\"VR13\"")));
        assertTrue(row.contains(">180</td>") && row.contains(">120</td>") && row.contains(">+50%</td>")
                && row.contains("<polyline points=") && row.contains("nog boven de grens"), row);
        assertEquals(25, page.split("<g data-region=").length - 1, "every safety region has a tile");
        assertTrue(page.contains("<h2 id=\"peaks-title\">Piekwaarschuwingen deze maand</h2>"), page);
        assertTrue(page.contains("aria-current=\"page\">Monitoring</a>"), "the menu marks the screen");
        int asked = ForecastStub.calls("GET /api/hierarchy").size();
        String regional = Browser.as(Tokens.coordinator("VR13")).get("/monitoring").then().statusCode(200).extract()
                .asString();
        assertTrue(!regional.contains("publications-panel"), "the publication is national: not offered to VR13's");
        assertTrue(!regional.contains("adding-up-panel") && !regional.contains("Verwacht, komende 12 maanden"),
                "the forecast that adds up is national too: " + regional);
        assertEquals(asked, ForecastStub.calls("GET /api/hierarchy").size(), "nor asked for VR13's coordinator");
    }

    @Test
    void aMinistrySeesAHiddenMonthAsAHiddenYearAndNoAlerts() {
        String page = Browser.as(Tokens.ministry()).get("/monitoring").then().statusCode(200).extract().asString();
        String row = page.substring(page.indexOf("<tr data-region=\"VR05\""),
                page.indexOf("</tr>", page.indexOf("<tr data-region=\"VR05\"")));
        assertTrue(row.contains(">verborgen</td>") && row.contains(">onbekend</td>") && row.contains(">360</td>"),
                "the year before has every month, the last year does not: " + row);
        assertTrue(row.split("<polyline").length - 1 == 2, "the line breaks at the hidden month: " + row);
        assertTrue(page.contains("<g data-region=\"VR05\">") && page.substring(page.indexOf("<g data-region=\"VR05\">"))
                .contains("tone-unknown"), page);
        assertTrue(!page.contains("peaks-title"), "alerts are for coordinators");
        assertTrue(ForecastStub.calls("GET /api/alerts").isEmpty(), "a ministry's token is not sent for them");
    }

    @Test
    void theYearlyPublicationIsProxiedAsAReportAndAsCsv() {
        int year = Disclosure.lastCompletedYear(Clock.systemUTC());
        ForecastStub.answerText("GET /api/publications/" + year, "text/html", "<!DOCTYPE html><html lang=\"nl\">"
                + "<head><style>\nbody { margin: 2rem; }\n</style></head><h1>Entree jaarpublicatie " + year
                + "</h1></html>");
        String page = Browser.as(Tokens.ministry()).get("/monitoring").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<a href=\"/monitoring/publications/" + year + "\""), page);
        Response report = Browser.as(Tokens.ministry()).get("/monitoring/publications/" + year);
        assertEquals(200, report.statusCode());
        assertTrue(report.asString().contains("Entree jaarpublicatie " + year), report.asString());
        // web allows no inline style: the report's own block is swapped for web's copy of it.
        assertTrue(report.asString().contains("<head><link rel=\"stylesheet\" href=\"/static/publication.css\">"
                + "</head>") && !report.asString().contains("<style>"), report.asString());
        Browser.as(Tokens.ministry()).get("/static/publication.css").then().statusCode(200);
        assertTrue(ForecastStub.calls("GET /api/publications/" + year + "?").get(0).contains("lang=nl"),
                "the report comes in the page's language");

        ForecastStub.answerText("GET /api/publications/" + year, "text/csv", "year,section\n" + year + ",national\n");
        Response csv = Browser.as(Tokens.ministry()).get("/monitoring/publications/" + year + ".csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.asString().contains(year + ",national"), csv.asString());
        assertTrue(csv.header("Content-Disposition").contains("entree-publicatie-" + year + ".csv"));
        Browser.as(Tokens.casemanager("CSG")).get("/monitoring").then().statusCode(403);
    }

    /** forecast's CSV opens in one column in Dutch Excel: the page offers the same rows with semicolons too. */
    @Test
    void theYearlyPublicationComesAsCsvForDutchExcelToo() {
        int year = Disclosure.lastCompletedYear(Clock.systemUTC());
        String standard = "year,section,organisation,contacts,growthPercent,fte\n"
                + year + ",organisation,CSG,1234,12.5,40.25\n"
                + year + ",region,\"Amsterdam-Amstelland, Zaanstreek\",310,-3.0,\n";
        ForecastStub.answerText("GET /api/publications/" + year, "text/csv", standard);
        String page = Browser.as(Tokens.ministry()).get("/monitoring").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<a href=\"/monitoring/publications/" + year + "-nl.csv\" id=\"publication-" + year
                + "-csv-nl\">CSV voor Nederlandse Excel</a>"), page);

        Response csv = Browser.as(Tokens.ministry()).get("/monitoring/publications/" + year + "-nl.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.header("Content-Disposition").contains("entree-publicatie-" + year + "-nl.csv"));
        // Quoted figures are still figures to Excel; the quotes are DutchCsv's, as on the projections page.
        assertEquals("\uFEFFyear;section;organisation;contacts;growthPercent;fte\r\n"
                + "\"" + year + "\";organisation;CSG;\"1234\";\"12,5\";\"40,25\"\r\n"
                + "\"" + year + "\";region;\"Amsterdam-Amstelland, Zaanstreek\";\"310\";\"-3,0\";\r\n", csv.asString());
        // The standard file stays as forecast wrote it.
        assertEquals(standard, Browser.as(Tokens.ministry()).get("/monitoring/publications/" + year + ".csv")
                .asString());
    }

    @Test
    void aPublicationThatCannotBeShownSaysWhyInDutch() {
        int year = Disclosure.lastCompletedYear(Clock.systemUTC());
        for (String none : List.of("20x5", "1999", String.valueOf(year + 1))) {
            Browser.as(Tokens.ministry()).get("/monitoring/publications/" + none).then().statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("<h1 id=\"error-title\">Niet gevonden</h1>"));
        }
        assertTrue(ForecastStub.calls("GET /api/publications/").stream().noneMatch(c -> c.contains("/" + (year + 1))),
                "a year not complete yet is not asked of forecast");

        ForecastStub.answer("GET /api/publications/" + year, 503, Map.of("status", 503));
        Browser.as(Tokens.ministry()).get("/monitoring/publications/" + year).then().statusCode(503)
                .header("Retry-After", "30")
                .body(containsString("<h1 id=\"error-title\">Even niet beschikbaar</h1>"))
                .body(containsString("De prognosedienst is nu niet bereikbaar"));
        ForecastStub.answer("GET /api/publications/" + year, 403, Map.of("status", 403));
        Browser.as(Tokens.coordinator("VR13")).get("/monitoring/publications/" + year + ".csv").then()
                .statusCode(403).body(containsString("<h1 id=\"error-title\">Geen toegang</h1>"));
    }

    private static Map<String, Object> node(String id, String level, String region, Double first, Double second) {
        Map<String, Object> node = new HashMap<>();
        node.put("id", id);
        node.put("level", level);
        node.put("region", region);
        node.put("reconciled", List.of(first, second));
        return node;
    }

    private static Map<String, Object> month(String month, Integer count) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("month", month);
        cell.put("count", count);
        cell.put("suppressed", count == null);
        return cell;
    }
}
