package nl.entree.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.entree.support.token.Tokens;

/** Issue 17 on the routing board: milestones at risk per organisation, and offers escalated for want of acceptance. */
@QuarkusTest
@QuarkusTestResource(value = CaseServicesStub.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = ForecastStub.class, restrictToAnnotatedClass = true)
class BoardPageTest {

    private static final String ESCALATED = UUID.randomUUID().toString();

    @BeforeEach
    void triage() {
        CaseServicesStub.reset();
        ForecastStub.reset();
        Map<String, Object> region = new HashMap<>();
        region.put("seriesId", "triage-region-VR07");
        region.put("organisation", null);
        region.put("region", "VR07");
        region.put("observed", 300);
        region.put("expectedSoFar", 12.1);
        region.put("upperBoundSoFar", 16.4);
        region.put("excess", 283.6);
        region.put("timesExpected", 24.8);
        region.put("monthFraction", 0.484);
        region.put("events", List.of("Uitzending over sextortion"));
        region.put("active", true);
        Map<String, Object> helpwanted = new HashMap<>(region);
        helpwanted.put("seriesId", "triage-HELPWANTED-HELPWANTED_ADVICE");
        helpwanted.put("organisation", "HELPWANTED");
        helpwanted.put("caseType", "HELPWANTED_ADVICE");
        helpwanted.put("region", null);
        helpwanted.put("observed", 31);
        helpwanted.put("excess", 2.5);
        helpwanted.put("events", List.of());
        helpwanted.put("active", false);
        ForecastStub.answer("GET /api/alerts", 200, Map.of("month", "2026-12", "rule", "…",
                "alerts", List.of(region, helpwanted)));
        Map<String, Object> vt = new HashMap<>();
        vt.put("organisation", "VT");
        vt.put("open", 12);
        vt.put("awaitingAcceptance", 2);
        vt.put("overdue", 1);
        vt.put("acceptedLast7Days", 9);
        vt.put("milestones", List.of(
                Map.of("caseType", "VT_SAFETY_ASSESSMENT", "code", "SAFETY_ASSESSMENT", "name",
                        "Veiligheidsbeoordeling afgerond", "statutory", true, "open", 11, "atRisk", 3, "overdue", 4,
                        "doneLast7Days", 6),
                Map.of("caseType", "VT_SAFETY_ASSESSMENT", "code", "FOLLOW_UP", "name",
                        "Veiligheidsvoorwaarden opgesteld en vervolg ingezet", "statutory", false, "open", 5,
                        "atRisk", 0, "overdue", 0, "doneLast7Days", 1)));
        CaseServicesStub.answer("GET /api/caseloads", 200, Map.of("organisations", List.of(vt)));
        Map<String, Object> offer = new HashMap<>();
        offer.put("id", ESCALATED);
        offer.put("reference", "E-2026-000901");
        offer.put("status", "OFFERED");
        offer.put("leadOrganisation", "CSG");
        offer.put("priority", "ACUTE");
        offer.put("region", "VR13");
        offer.put("respondBy", "2026-12-02T10:00:00Z");
        offer.put("nextDueAt", "2026-12-02T10:00:00Z");
        offer.put("escalatedAt", "2026-12-02T10:01:00Z");
        offer.put("overdue", true);
        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(offer), "page", 0, "size", 100,
                "total", 1));
        Map<String, Object> national = new HashMap<>();
        national.put("kind", "GGZ");
        national.put("region", null);
        national.put("started", 40);
        national.put("medianDays", 52.5);
        national.put("p80Days", 91.0);
        national.put("overTenWeeks", 14);
        national.put("stillWaiting", 22);
        CaseServicesStub.answer("GET /api/referrals/waiting-times", 200, Map.of("rows", List.of(national)));
        Map<String, Object> notAsked = new HashMap<>();
        notAsked.put("prompt", null);
        notAsked.put("count", 40);
        notAsked.put("suppressed", false);
        CaseServicesStub.answer("GET /api/contacts/stats/prompts", 200, Map.of("months", List.of(Map.of(
                "month", "2026-11", "total", 160, "mediaShare", 0.25, "prompts", List.of(
                        Map.of("prompt", "MEDIA", "count", 40, "suppressed", false),
                        Map.of("prompt", "ADVICE", "count", 80, "suppressed", false), notAsked)))));
        CaseServicesStub.answer("GET /api/cases/stats/linked", 200, List.of(Map.of("month", "2026-11", "cases", 120,
                "linkedToEarlierCase", 14)));
    }

    @Test
    void theBoardCountsEachOrganisationsMilestonesAndNamesTheStatutoryOnes() {
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("<table id=\"milestone-loads\">"),
                page.indexOf("</table>", page.indexOf("id=\"milestone-loads\"")));
        String assessment = table.substring(table.indexOf("data-milestone=\"VT-SAFETY_ASSESSMENT\""),
                table.indexOf("</tr>", table.indexOf("VT-SAFETY_ASSESSMENT")));
        assertTrue(assessment.contains("class=\"overdue\"")
                && assessment.contains("Veiligheidsbeoordeling afgerond <span class=\"small\">(wettelijke termijn)")
                && assessment.matches("(?s).*>11</td>.*>3</td>.*>4</td>.*>6</td>.*"), assessment);
        String followUp = table.substring(table.indexOf("data-milestone=\"VT-FOLLOW_UP\""));
        assertTrue(!followUp.substring(0, followUp.indexOf("</tr>")).contains("wettelijke termijn"), followUp);
    }

    @Test
    void theBoardShowsHowLongPeopleWaitForHelpBeyondTheSixOrganisations() {
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        String row = page.substring(page.indexOf("data-kind=\"GGZ\" data-region=\"ALL\""),
                page.indexOf("</tr>", page.indexOf("data-kind=\"GGZ\"")));
        assertTrue(row.contains("<strong>alle regio&#39;s</strong>") && row.contains(">40</td>")
                && row.contains(">52,5</td>") && row.contains(">91</td>") && row.contains(">14</td>")
                && row.contains(">22</td>"), row);
        assertTrue(CaseServicesStub.calls("GET /api/referrals/waiting-times?").get(0).contains("from="),
                "the last 90 days are asked for");
    }

    @Test
    void theBoardSaysHowManyContactsTheMediaPromptedPerMonth() {
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h2 id=\"prompts-title\">Waarom nu? Aanleiding van contacten</h2>"), page);
        assertTrue(page.contains("<tr data-month=\"2026-11\"><th scope=\"row\">2026-11</th><td class=\"num\">160</td>"
                + "<td class=\"num\">40</td><td class=\"num\">25%</td><td class=\"num\">40</td></tr>"), page);
        assertTrue(CaseServicesStub.calls("GET /api/contacts/stats/prompts?").get(0).contains("from="),
                "half a year is asked for");
    }

    @Test
    void theBoardWarnsOfAPeakNamingTheRegionTheExcessAndTheEvent() {
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h2 id=\"peaks-title\">Piekwaarschuwingen deze maand</h2>"), page);
        String region = page.substring(page.indexOf("<tr data-series=\"triage-region-VR07\""),
                page.indexOf("</tr>", page.indexOf("data-series=\"triage-region-VR07\"")));
        assertTrue(region.contains("class=\"overdue\"") && region.contains("Regio Gelderland-Midden (VR07)")
                && region.contains(">300</td>") && region.contains(">16,4</td>") && region.contains(">283,6</td>")
                && region.contains(">24,8</td>") && region.contains("Uitzending over sextortion")
                && region.contains("nog boven de grens"), region);
        String national = page.substring(page.indexOf("<tr data-series=\"triage-HELPWANTED-HELPWANTED_ADVICE\""));
        national = national.substring(0, national.indexOf("</tr>"));
        assertTrue(!national.contains("class=\"overdue\"") && national.contains("weer binnen de grens")
                && national.contains(">geen</td>"), national);
        assertTrue(ForecastStub.calls("GET /api/alerts?").get(0).contains("month="), "this month is asked for");
    }

    @Test
    void aMonthWithoutPeaksSaysSo() {
        ForecastStub.answer("GET /api/alerts", 200, Map.of("month", "2026-12", "rule", "…", "alerts", List.of()));
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<p id=\"peaks-none\">Geen pieken"), page);
    }

    @Test
    void theBoardCountsSecondIntakesPerMonth() {
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<tr data-month=\"2026-11\"><th scope=\"row\">2026-11</th><td class=\"num\">120</td>"
                + "<td class=\"num\">14</td></tr>"), page);
    }

    @Test
    void aReplayComparesTheWholeDecisionPerPartWithExamples() {
        CaseServicesStub.answer("POST /api/rule-sets/2/replay", 200, Map.of("version", 2, "evaluated", 40,
                "unchanged", 38, "changed", 2, "decisionsChanged", 5, "changes", List.of(Map.of("from", "CVSN",
                        "to", "SHN", "count", 2)), "fields", List.of(
                        Map.of("field", "leadOrganisation", "changed", 2, "examples", List.of(Map.of("caseId",
                                ESCALATED, "reference", "E-2026-000901", "before", "CVSN", "after", "SHN"))),
                        Map.of("field", "priority", "changed", 5, "examples", List.of()))));
        String coordinator = Tokens.coordinator();
        String page = Browser.as(coordinator).contentType(io.restassured.http.ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "version", "2"))
                .post("/board/replay").then().statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("<table id=\"replay-fields\">"),
                page.indexOf("</table>", page.indexOf("id=\"replay-fields\"")));
        assertTrue(page.contains("5 casussen zouden anders uitkomen"), page);
        assertTrue(table.contains("<th scope=\"row\">Hoofdorganisatie</th>")
                && table.contains("<a href=\"/cases/" + ESCALATED + "\">E-2026-000901</a>: CVSN → SHN")
                && table.contains("<th scope=\"row\">Prioriteit</th><td class=\"num\">5</td>"), table);
        assertTrue(page.contains("Een regelset wordt pas actief nadat hij zo is doorgerekend."));
    }

    @Test
    void anEscalatedOfferWaitsInTheCoordinatorsQueueWithWhenAndAWayToReassignIt() {
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("<table id=\"escalated\">"),
                page.indexOf("</table>", page.indexOf("id=\"escalated\"")));
        assertTrue(table.contains("E-2026-000901") && table.contains("<td>CSG</td>")
                && table.contains("datetime=\"2026-12-02T10:01:00Z\">02-12-2026 11:01</time>")
                && table.contains("href=\"/board/cases/" + ESCALATED + "/reassign\""), table);
        assertTrue(page.contains("<h3 id=\"escalated-title\">Geëscaleerd: niet geaccepteerd binnen de "
                + "reactietermijn"));
        assertTrue(CaseServicesStub.calls("GET /api/cases?").stream().anyMatch(c -> c.contains("escalated=true")),
                "the queue asks triage for escalated offers");
    }
}
