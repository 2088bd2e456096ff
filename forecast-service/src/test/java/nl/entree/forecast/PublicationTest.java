package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.i18n.ServiceSentences;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.token.Tokens;

/**
 * The yearly publication of 2022, a year the demo series and the organisations' published totals both cover, and
 * of 2019 for the regions: VR11, VR12 and VR14 in 2019 belong to this test. VR11 has 20 cases each month, VR12 30,
 * and VR14 4 in March only.
 */
@QuarkusTest
class PublicationTest {

    private static boolean seeded;

    @Inject
    TriageCounts triageCounts;

    @BeforeEach
    void regions() {
        synchronized (PublicationTest.class) {
            if (seeded) {
                return;
            }
            List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(2019, m);
                cells.add(cell(month, Region.VR11, 20));
                cells.add(cell(month, Region.VR12, 30));
                if (m == 3) {
                    cells.add(cell(month, Region.VR14, 4));
                }
            }
            triageCounts.storeRegions(new RegionalCaseCounts(YearMonth.of(2019, 1), YearMonth.of(2019, 12), cells));
            seeded = true;
        }
    }

    @Test
    void eachOrganisationsYearIsTheSumOfItsMonthsBesideWhatItPublishedItself() {
        JsonPath p = given().auth().oauth2(Tokens.ministry()).get("/api/publications/2022").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> csg = p.getMap("organisations.find { it.organisation == 'CSG' }");
        List<String> series = p.getList("organisations.find { it.organisation == 'CSG' }.series", String.class);
        long acute = 0;
        long total = 0;
        long before = 0;
        for (String id : series) {
            JsonPath s = given().auth().oauth2(Tokens.coordinator()).get("/api/series/" + id).then().statusCode(200)
                    .extract().jsonPath();
            long year = sum(s, "2022");
            total += year;
            before += sum(s, "2021");
            if ("CSG_ACUTE".equals(s.getString("series.caseType"))) {
                acute += year;
            }
        }
        assertEquals((double) total, ((Number) csg.get("contacts")).doubleValue(), 1e-6, csg.toString());
        assertEquals((double) before, ((Number) csg.get("previousYear")).doubleValue(), 1e-6);
        assertEquals((double) total / before - 1, ((Number) csg.get("growth")).doubleValue(), 1e-6);
        assertEquals((double) acute / total, ((Number) csg.get("acuteShare")).doubleValue(), 1e-6);
        assertEquals(true, csg.get("synthetic"), "the demo series are synthetic");
        assertEquals(true, csg.get("complete"));
        // The demo series are calibrated to CSG's published total of 2022: 15,200 people helped.
        Map<String, Object> published = p.getMap("organisations.find { it.organisation == 'CSG' }.published"
                + ".find { it.series == 'CSG_TOTAL' }");
        assertEquals(15200, published.get("count"));
        assertEquals(total - 15200.0, ((Number) published.get("difference")).doubleValue(), 1e-6);
        assertTrue(((String) published.get("source")).contains("nrc.nl"), published.toString());
        assertTrue(p.getList("notes", String.class).stream().anyMatch(n -> n.contains("acute share is known only")));
    }

    @Test
    void aRegionsYearThatRestsOnAHiddenMonthIsHiddenAndNeverAlone() {
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2019").then().statusCode(200)
                .body("regions.find { it.region == 'VR11' }.contacts", equalTo(240))
                .body("regions.find { it.region == 'VR12' }.contacts", equalTo(360))
                .body("regions.find { it.region == 'VR14' }.contacts", equalTo(4))
                // March and the nine months after it, which triage sent no cell for: no cases then, not unknown.
                .body("regions.find { it.region == 'VR14' }.monthsCounted", equalTo(10));
        // March's line is 20, 30 and 4: the 4 is hidden, and the 20 with it, so both years are hidden.
        given().auth().oauth2(Tokens.ministry()).get("/api/publications/2019").then().statusCode(200)
                .body("regions.find { it.region == 'VR12' }.contacts", equalTo(360))
                .body("regions.find { it.region == 'VR11' }.contacts", nullValue())
                .body("regions.find { it.region == 'VR11' }.suppressed", equalTo(true))
                .body("regions.find { it.region == 'VR14' }.contacts", nullValue())
                .body("regions.find { it.region == 'VR14' }.suppressed", equalTo(true));
    }

    @Test
    void theCsvHasALinePerOrganisationRegionAndPublishedFigure() {
        String csv = given().auth().oauth2(Tokens.ministry()).accept("text/csv").get("/api/publications/2019")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r?\n");
        assertTrue(lines[0].startsWith("year,section,organisation,region,contacts,previous_year,growth_percent"),
                lines[0]);
        assertTrue(csv.contains("2019,region,,VR12,360,"), csv);
        assertTrue(csv.contains("2019,region,,VR11,,"), "hidden is an empty cell: " + csv);
        String published = given().auth().oauth2(Tokens.ministry()).accept("text/csv").get("/api/publications/2022")
                .then().statusCode(200).extract().asString();
        assertTrue(published.contains(",published,CSG,,15200,"), published);
    }

    @Test
    void theReportIsPrintableHtmlInTheReadersLanguageWithItsCharts() {
        JsonPath p = given().auth().oauth2(Tokens.ministry()).get("/api/publications/2022").then().statusCode(200)
                .extract().jsonPath();
        double csg = p.getDouble("organisations.find { it.organisation == 'CSG' }.contacts");
        String html = given().auth().oauth2(Tokens.ministry()).accept("text/html")
                .get("/api/publications/2022?lang=nl").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertTrue(html.contains("<html lang=\"nl\">") && html.contains("<h1>Entree jaarpublicatie 2022</h1>")
                && html.contains("Contacten per organisatie"), html);
        String dutch = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(Math.round(csg));
        assertTrue(html.contains("<td class=\"num\">" + dutch + "</td>"), dutch + " in " + html);
        assertTrue(html.contains("<svg") && html.contains("<figcaption id=\"organisation-chart-caption\""), html);
        assertTrue(html.contains("synthetisch (demogegevens)"), html);
        List<String> notes = p.getList("notes", String.class);
        assertTrue(html.contains("Rijen gemarkeerd als synthetisch rusten op demoreeksen"), html);
        for (String note : notes) {
            assertNotEquals(note, ServiceSentences.dutch(note, UnaryOperator.identity()),
                    "every note of the Dutch report is in Dutch");
        }
        String english = given().auth().oauth2(Tokens.ministry()).accept("text/html").get("/api/publications/2022")
                .then().statusCode(200).extract().asString();
        assertTrue(english.contains("<h1>Entree yearly publication 2022</h1>"), english);
        given().auth().oauth2(Tokens.ministry()).accept("text/html").get("/api/publications/2022?lang=fr").then()
                .statusCode(400).body("violations.field", hasItem("lang"));
    }

    @Test
    void theDutchReportSaysEveryFigureOrganisationAndRegionInDutchAndFitsAPhone() {
        String y2017 = report(2017, "nl");
        String text2017 = y2017.replaceAll("<[^>]*>", " ");
        assertTrue(text2017.contains("CSG, acuut") && text2017.contains("Centrum Seksueel Geweld")
                && text2017.contains("minder dan 7 dagen voor het contact"), y2017);
        assertFalse(text2017.contains("acute victims"), y2017);
        assertFalse(y2017.contains("CSG_ACUTE"), y2017);
        assertFalse(Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b").matcher(text2017).find(),
                "a series code in " + text2017);

        String y2019 = report(2019, "nl");
        assertTrue(y2019.contains("<th scope=\"row\">Zaanstreek-Waterland") && y2019.contains("Kennemerland"), y2019);
        assertFalse(y2019.contains("<th scope=\"row\">VR11"), y2019);
        assertFalse(y2019.replaceAll("<[^>]*>", " ").contains("VR12"), y2019);

        for (String html : List.of(y2017, y2019)) {
            assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
                    html);
            assertTrue(html.contains("<a href=\"/monitoring\" id=\"back-to-monitoring\">Terug naar monitoring</a>"),
                    html);
            // The wide tables scroll within a labelled region of their own, not the whole page.
            assertTrue(html.contains("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"organisations\" "
                    + "tabindex=\"0\">\n<table id=\"organisation-figures\">"), html);
            assertTrue(html.contains(".table-scroll { overflow-x: auto; }"), html);
        }
    }

    private static String report(int year, String lang) {
        return given().auth().oauth2(Tokens.ministry()).accept("text/html")
                .get("/api/publications/" + year + "?lang=" + lang).then().statusCode(200).extract().asString();
    }

    /**
     * VR13 from March 2005 on (2005-2006 belong to this test): a part year before Entree counted every month is no
     * year to grow from, or a region seen from March grows 20% by that alone.
     */
    @Test
    void growthIsGivenOnlyAgainstAWholeYearBefore() {
        List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2005, 3); !m.isAfter(YearMonth.of(2006, 12)); m = m.plusMonths(1)) {
            cells.add(cell(m, Region.VR13, 20));
        }
        triageCounts.storeRegions(new RegionalCaseCounts(YearMonth.of(2005, 3), YearMonth.of(2006, 12), cells));
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2006").then().statusCode(200)
                .body("regions.find { it.region == 'VR13' }.contacts", equalTo(240))
                .body("regions.find { it.region == 'VR13' }.monthsCounted", equalTo(12))
                .body("regions.find { it.region == 'VR13' }.previousYear", nullValue())
                .body("regions.find { it.region == 'VR13' }.growth", nullValue());
    }

    /**
     * 2010–2011 and VR07 belong to this test: CVSN 50 cases a month and 15 without a lead, all 65 in VR07. The
     * organisation rows and "not attributed" add up to the national total, and CVSN with it to VR07.
     */
    @Test
    void theCasesWithoutALeadAreARowOfTheirOwnInTheNationalTotal() {
        storeWithoutLead(YearMonth.of(2010, 1), YearMonth.of(2011, 12), 15, Region.VR07);
        for (String token : List.of(Tokens.coordinator(), Tokens.ministry())) {
            JsonPath p = given().auth().oauth2(token).get("/api/publications/2011").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(180, p.getInt("notAttributed.contacts"), p.prettify());
            assertEquals(180, p.getInt("notAttributed.previousYear"));
            assertEquals(12, p.getInt("notAttributed.monthsCounted"));
            double organisations = p.<Object>getList("organisations.contacts").stream()
                    .mapToDouble(c -> ((Number) c).doubleValue()).sum();
            assertEquals(organisations + 180, p.getDouble("national.contacts"), 0.01,
                    "the organisations and the cases not attributed to one are the national total");
            assertEquals(p.getDouble("regions.find { it.region == 'VR07' }.contacts"),
                    p.getDouble("organisations.find { it.organisation == 'CVSN' }.contacts") + 180, 0.01,
                    "CVSN and the cases without a lead, all of them in VR07");
        }
        String csv = given().auth().oauth2(Tokens.ministry()).accept("text/csv").get("/api/publications/2011")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("2011,not_attributed,,,180,180,"), csv);
        String html = given().auth().oauth2(Tokens.ministry()).accept("text/html").get("/api/publications/2011?lang=nl")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("data-organisation=\"NOT_ATTRIBUTED\"") && html.contains("Niet toegewezen"), html);

        // A later pull that finds 100 cases without a lead in June changes a coordinator's row, not a ministry's.
        storeWithoutLead(YearMonth.of(2011, 6), YearMonth.of(2011, 6), 100, Region.VR07);
        given().auth().oauth2(Tokens.ministry()).get("/api/publications/2011").then().statusCode(200)
                .body("notAttributed.contacts", equalTo(180));
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2011").then().statusCode(200)
                .body("notAttributed.contacts", equalTo(265));
    }

    /** 2016 belongs to this test: CVSN 50 cases a month, and in March 3 without a lead. */
    @Test
    void aFewCasesWithoutALeadAreHiddenFromAMinistryLikeAnyRow() {
        storeWithoutLead(YearMonth.of(2016, 1), YearMonth.of(2016, 12), 0, Region.VR08);
        storeWithoutLead(YearMonth.of(2016, 3), YearMonth.of(2016, 3), 3, Region.VR08);
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2016").then().statusCode(200)
                .body("notAttributed.contacts", equalTo(3));
        given().auth().oauth2(Tokens.ministry()).get("/api/publications/2016").then().statusCode(200)
                .body("notAttributed.contacts", nullValue())
                .body("notAttributed.suppressed", equalTo(true))
                .body("national", nullValue());
    }

    private void storeWithoutLead(YearMonth from, YearMonth to, long withoutLead, Region region) {
        List<MonthlyCaseCounts.Cell> national = new ArrayList<>();
        List<RegionalCaseCounts.Cell> regional = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            national.add(new MonthlyCaseCounts.Cell(m, CaseType.CVSN_CASE.organisation(), CaseType.CVSN_CASE, 50L,
                    false));
            national.add(new MonthlyCaseCounts.Cell(m, null, null, withoutLead, false));
            regional.add(new RegionalCaseCounts.Cell(m, region, null, null, null, 50 + withoutLead, false));
        }
        triageCounts.store(new MonthlyCaseCounts(from, to, national), new RegionalCaseCounts(from, to, regional));
    }

    @Test
    void onlyCompleteYearsArePublishedAndARegionalCoordinatorIsRefused() {
        int thisYear = Year.now().getValue();
        for (String year : List.of("1999", String.valueOf(thisYear), "twenty")) {
            given().auth().oauth2(Tokens.ministry()).get("/api/publications/" + year).then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("year"));
        }
        given().auth().oauth2(Tokens.ministry()).accept("text/html").get("/api/publications/2022?lang=de").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("lang"));
        given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/publications/2022").then().statusCode(403);
        given().auth().oauth2(Tokens.casemanager("CSG")).get("/api/publications/2022").then().statusCode(403);
    }

    private static long sum(JsonPath series, String year) {
        long sum = 0;
        for (Map<String, Object> o : series.<Map<String, Object>>getList("observations")) {
            if (((String) o.get("period")).startsWith(year + "-") && o.get("count") != null) {
                sum += ((Number) o.get("count")).longValue();
            }
        }
        return sum;
    }

    private static RegionalCaseCounts.Cell cell(YearMonth month, Region region, long count) {
        return new RegionalCaseCounts.Cell(month, region, CaseType.CVSN_CASE.organisation(), CaseType.CVSN_CASE,
                false, count, false);
    }
}
