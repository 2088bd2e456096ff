package nl.entree.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
    private static final String AMSTERDAM = UUID.randomUUID().toString();

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
        region.put("events", List.of("Uitzending over sextortion", "de campagne 'Wat kan mij helpen'"));
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
        CaseServicesStub.answer("GET /api/caseloads/regional-services", 200, List.of(
                Map.of("organisation", "CSG", "regionalServiceId", AMSTERDAM, "name", "CSG Amsterdam-Amstelland",
                        "state", "RESOLVED", "open", 3, "awaiting", 1, "overdue", 1),
                Map.of("organisation", "CSG", "state", "PENDING", "open", 2, "awaiting", 2, "overdue", 0),
                Map.of("organisation", "VT", "state", "NOT_IN_DIRECTORY", "open", 4, "awaiting", 0, "overdue", 0)));
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
        assertTrue(page.contains("Per organisatie de mijlpalen die zij vastlegt"),
                "a supporter's milestone is counted under the supporter (triage), as the intro says");
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
                && region.contains(">24,8</td>")
                && region.contains("<td>Uitzending over sextortion; de campagne &#39;Wat kan mij helpen&#39;</td>")
                && region.contains("nog boven de grens"), region);
        String national = page.substring(page.indexOf("<tr data-series=\"triage-HELPWANTED-HELPWANTED_ADVICE\""));
        national = national.substring(0, national.indexOf("</tr>"));
        assertTrue(!national.contains("class=\"overdue\"") && national.contains("weer binnen de grens")
                && national.contains(">geen</td>"), national);
        assertTrue(ForecastStub.calls("GET /api/alerts?").get(0).contains("month="), "this month is asked for");
    }

    @Test
    void aPeakRunningOnPastTheMonthsTurnIsSaidToBeLastMonths() {
        var carried = new HashMap<String, Object>();
        carried.put("month", "2026-11");
        carried.put("seriesId", "triage-region-VR16");
        carried.put("region", "VR16");
        carried.put("observed", 140);
        carried.put("expectedSoFar", 60.0);
        carried.put("upperBoundSoFar", 76.2);
        carried.put("excess", 63.8);
        carried.put("timesExpected", 2.3);
        carried.put("monthFraction", 1.0);
        carried.put("events", List.of());
        carried.put("active", true);
        ForecastStub.answer("GET /api/alerts", 200, Map.of("month", "2026-12", "rule", "…", "alerts",
                List.of(carried)));
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        String row = page.substring(page.indexOf("<tr data-series=\"triage-region-VR16\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("class=\"overdue\"")
                && row.contains("boven de grens aan het eind van vorige maand; deze maand nog te weinig om te "
                        + "beoordelen") && !row.contains("nog boven de grens"), row);
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
    void aReplayPeriodThatEndsBeforeItStartsIsNamedNotTakenForTriageBeingDown() {
        String coordinator = Tokens.coordinator();
        String page = Browser.as(coordinator).contentType(io.restassured.http.ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "version", "2", "from", "2026-11-30",
                        "to", "2026-11-01"))
                .post("/board/replay").then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"to\" value=\"2026-11-01\" aria-invalid=\"true\" "
                + "aria-describedby=\"replay-to-error\""), page);
        assertTrue(page.contains("Kies een laatste dag die niet vóór de eerste ligt."));
        assertTrue(!page.contains("niet bereikbaar"), "the coordinator's mistake is not a service that is down");
        assertTrue(CaseServicesStub.calls("POST /api/rule-sets/2/replay").isEmpty(), "nothing was replayed");
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

    @Test
    void aListCutAtItsFirstHundredSaysHowManyMoreThereAre() {
        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(declined(ESCALATED)), "page", 0,
                "size", 100, "total", 140));
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<p class=\"small\" id=\"overdue-more\">De eerste 1 van 140 staan hier. "
                + "<a href=\"/cases?overdue=true\">Alle casussen over hun termijn</a></p>"), page);
        assertTrue(page.contains("<p class=\"small\" id=\"escalated-more\">De eerste 1 van 140 staan hier.</p>"));

        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(declined(ESCALATED)), "page", 0,
                "size", 100, "total", 1));
        String complete = Browser.as(Tokens.coordinator()).get("/board").then().extract().asString();
        assertTrue(!complete.contains("id=\"overdue-more\"") && !complete.contains("id=\"escalated-more\""),
                "a list that is whole says nothing more");
    }

    /** A case in triage's list as it sends one (its CaseSummary), waiting for review after CVSN declined it. */
    private static Map<String, Object> declined(String id) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", id);
        c.put("contactId", UUID.randomUUID().toString());
        c.put("reference", "E-2026-000777");
        c.put("region", "VR07");
        c.put("status", "NEEDS_REVIEW");
        c.put("leadOrganisation", null);
        c.put("supportingOrganisations", List.of("CSG"));
        c.put("caseType", "CVSN_CASE");
        c.put("priority", "ACUTE");
        c.put("emergency", false);
        c.put("receivedAt", "2026-12-01T08:00:00Z");
        c.put("respondBy", "2026-12-01T09:00:00Z");
        c.put("overdue", true);
        c.put("atRisk", false);
        c.put("nextDueAt", "2026-12-01T09:00:00Z");
        c.put("escalatedAt", null);
        c.put("review", Map.of("declinedBy", "CVSN", "reason", "Geen sportcontext", "since", "2026-12-01T08:30:00Z"));
        return c;
    }

    private static void ruleSet() {
        Map<String, Object> document = Map.of("rules", List.of(Map.of(
                "id", "acute-sexual-violence",
                "text", "Sexual violence less than 7 days ago: CSG acute casemanagement (11-13 h).",
                "when", Map.of("allOf", List.of(Map.of("incidentTypes", List.of("RAPE")),
                        Map.of("timeSinceIncident", List.of("WITHIN_7_DAYS")))),
                "effect", Map.of("kind", "LEAD", "organisation", "CSG", "caseType", "CSG_ACUTE", "priority", "ACUTE",
                        "respondWithin", "PT1H"))));
        CaseServicesStub.answer("GET /api/rule-sets/active", 200, Map.of("version", 3, "active", true,
                "publishedAt", "2026-11-01T09:00:00Z", "publishedBy", "coordinator-1", "description", "Winter 2026",
                "document", document));
    }

    @Test
    void theBoardShowsTheCaseloadsTheReviewQueueTheOverdueCasesAndTheActiveRules() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(declined(id)), "page", 0, "size", 100,
                "total", 1));
        ruleSet();
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        String caseloads = page.substring(page.indexOf("<table id=\"caseloads\">"),
                page.indexOf("</table>", page.indexOf("id=\"caseloads\"")));
        assertTrue(caseloads.contains("<tr class=\"overdue\"><th scope=\"row\">VT – Veilig Thuis</th>"
                + "<td class=\"num\">12</td><td class=\"num\">2</td>"), caseloads);
        assertTrue(page.contains("<p class=\"hint\" id=\"overdue-hint\">Te laat: open casussen met een verstreken "
                + "reactietermijn of mijlpaal, geteld bij wie moet handelen: de mijlpaal van een ondersteunende "
                + "organisatie bij die organisatie.</p>"), page);
        String review = page.substring(page.indexOf("<table id=\"review\">"),
                page.indexOf("</table>", page.indexOf("id=\"review\"")));
        assertTrue(review.contains("<a href=\"/cases/" + id + "\">E-2026-000777</a>")
                && review.contains("Afgewezen door Centrum Veilige Sport Nederland: “Geen sportcontext”")
                && review.contains(">Acuut</td>") && review.contains("Gelderland-Midden")
                && review.contains("href=\"/board/cases/" + id + "/reassign\""), review);
        assertTrue(page.contains("1 te beoordelen, de vroegste deadline eerst."), page);
        String overdue = page.substring(page.indexOf("<table id=\"overdue\">"),
                page.indexOf("</table>", page.indexOf("id=\"overdue\"")));
        assertTrue(overdue.contains("E-2026-000777") && overdue.contains("<td>–</td><td>Acuut</td><td>VR07</td>"),
                overdue);
        assertTrue(page.contains("<h2 id=\"rules-title\">Actieve routeringsregels (versie 3)</h2>"), page);
        assertTrue(page.contains("<tr data-rule=\"acute-sexual-violence\"><th scope=\"row\">Verkrachting en een week "
                + "geleden of korter</th><td>CSG leidt: CSG acuut, Acuut</td><td>binnen 1 uur</td>"), page);
    }

    @Test
    void theBoardShowsTheOpenWorkPerRegionalServiceAndTheCasesWithoutOne() {
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h3 id=\"regional-loads-title\">Openstaand werk per regionale dienst</h3>"), page);
        String table = page.substring(page.indexOf("<table id=\"regional-loads\">"),
                page.indexOf("</table>", page.indexOf("id=\"regional-loads\"")));
        String amsterdam = row(table, "CSG-" + AMSTERDAM);
        assertTrue(amsterdam.contains("class=\"overdue\"><th scope=\"row\">CSG</th>")
                && amsterdam.contains("<td>CSG Amsterdam-Amstelland</td><td class=\"num\">3</td>")
                && amsterdam.contains("<td class=\"num\">1</td><td class=\"num\">1</td>"), amsterdam);
        String pending = row(table, "CSG-PENDING");
        assertTrue(!pending.contains("class=\"overdue\"")
                && pending.contains("<td><em>nog niet bepaald</em></td><td class=\"num\">2</td>")
                && pending.contains("<td class=\"num\">2</td><td class=\"num\">0</td>"), pending);
        assertTrue(row(table, "VT-NOT_IN_DIRECTORY").contains(
                "<td><em>niet in de sociale kaart</em></td><td class=\"num\">4</td>"), table);
    }

    @Test
    void aCoordinatorOfOneRegionAsksForTheOpenWorkOfThatRegion() {
        Browser.as(Tokens.coordinator("VR13")).get("/board").then().statusCode(200);
        List<String> asked = CaseServicesStub.calls("GET /api/caseloads/regional-services");
        assertTrue(!asked.isEmpty() && asked.stream().allMatch(c -> c.startsWith(
                "GET /api/caseloads/regional-services?region=VR13 ")), asked.toString());
    }

    @Test
    void withTheRegionalServicesUnansweredTheBoardSaysSoAndShowsTheRest() {
        CaseServicesStub.answer("GET /api/caseloads/regional-services", 503,
                Map.of("status", 503, "title", "Service Unavailable"));
        String page = Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200).extract().asString();
        String panel = page.substring(page.indexOf("id=\"regional-loads-title\""),
                page.indexOf("</section>", page.indexOf("id=\"regional-loads-title\"")));
        assertTrue(panel.contains("data-panel-error=\"triage\"") && !panel.contains("<table"), panel);
        assertTrue(page.contains("<table id=\"caseloads\">") && page.contains("<table id=\"milestone-loads\">")
                && page.contains("<table id=\"escalated\">"), page);
    }

    private static String row(String table, String key) {
        int at = table.indexOf("data-regional=\"" + key + "\"");
        assertTrue(at >= 0, key + " in " + table);
        return table.substring(at, table.indexOf("</tr>", at));
    }

    @Test
    void theBoardSpeaksEnglishToo() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(declined(id)), "page", 0, "size", 100,
                "total", 1));
        ruleSet();
        String page = Browser.as(Tokens.coordinator()).cookie("entree_lang", "en").get("/board").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("<h2 id=\"caseloads-title\">Caseload per organisation</h2>")
                && page.contains("Open work per regional service") && page.contains("<em>not resolved yet</em>")
                && page.contains("Declined by") && page.contains("“Geen sportcontext”")
                && page.contains("Active routing rules (version 3)") && page.contains("within 1 hour")
                && page.contains("Overdue: open cases whose response time or a milestone deadline has passed, counted "
                + "for whoever must act: a supporting organisation&#39;s milestone for that organisation."), page);
    }

    @Test
    void theReassignmentPageShowsTheCaseWhyItWaitsAndTheChoice() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> c = declined(id);
        c.remove("review");
        c.put("registeredBy", "CSG");
        c.put("acute", true);
        c.put("acceptedAt", null);
        c.put("closedAt", null);
        c.put("outcome", null);
        c.put("ruleSetVersion", 3);
        c.put("leadOrganisation", "CSG");
        Map<String, Object> decision = new HashMap<>();
        decision.put("leadOrganisation", "CVSN");
        decision.put("supportingOrganisations", List.of("CSG"));
        decision.put("caseType", "CVSN_CASE");
        decision.put("priority", "ACUTE");
        decision.put("acute", true);
        decision.put("emergency", false);
        decision.put("respondBy", "2026-12-01T09:00:00Z");
        decision.put("ruleSetVersion", 3);
        decision.put("matchedRules", List.of("sport"));
        decision.put("rationale", List.of("Sport context: CVSN."));
        decision.put("rationaleNl", List.of("Sportcontext: CVSN."));
        c.put("decision", decision);
        c.put("assessment", Map.of("receivedAt", "2026-12-01T08:00:00Z", "channel", "PHONE", "callerRole", "VICTIM",
                "anonymous", true, "incidentTypes", List.of("SEXUAL_ASSAULT"), "needs", List.of(),
                "immediateDanger", false, "consentToShare", false));
        c.put("milestones", List.of());
        c.put("supporters", List.of(Map.of("organisation", "CSG", "since", "2026-12-01T08:00:00Z")));
        c.put("samePerson", Map.of("count", 0, "knownElsewhere", List.of()));
        Map<String, Object> declined = new HashMap<>();
        declined.put("at", "2026-12-01T08:30:00Z");
        declined.put("actor", "user-cvsn");
        declined.put("actorOrganisation", "CVSN");
        declined.put("fromStatus", "OFFERED");
        declined.put("toStatus", "NEEDS_REVIEW");
        declined.put("fromLead", "CVSN");
        declined.put("toLead", null);
        declined.put("reason", "Geen sportcontext");
        declined.put("event", null);
        c.put("history", List.of(declined));
        c.put("erasedAt", null);
        c.put("regionalService", Map.of("state", "NOT_APPLICABLE"));
        CaseServicesStub.answer("GET /api/cases/" + id, 200, c);

        String page = Browser.as(Tokens.coordinator()).get("/board/cases/" + id + "/reassign").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<h1>Casus E-2026-000777 toewijzen</h1>"), page);
        String facts = page.substring(page.indexOf("<dl class=\"summary\" id=\"reassign-case\">"),
                page.indexOf("</dl>", page.indexOf("id=\"reassign-case\"")));
        assertTrue(facts.contains("<dd>Te beoordelen</dd>")
                && facts.contains("Afgewezen door Centrum Veilige Sport Nederland: “Geen sportcontext”")
                && facts.contains(">Acuut</dd>") && facts.contains("<dd>Gelderland-Midden (VR07)</dd>")
                && facts.contains("<dd>CVSN – Centrum Veilige Sport Nederland</dd>"), facts);
        assertTrue(page.contains("<form method=\"post\" action=\"/board/cases/" + id + "/reassign\"")
                && page.contains("<option value=\"VT\"") && page.contains("name=\"reason\"")
                && page.contains("CSG blijft als ondersteuner bij de casus"), page);

        // A supporter added while the case waits changes no status: the decline is still why it waits.
        var supporterAdded = new HashMap<>(declined);
        supporterAdded.put("at", "2026-12-01T08:40:00Z");
        supporterAdded.put("actor", "user-coordinator");
        supporterAdded.put("fromStatus", "NEEDS_REVIEW");
        supporterAdded.put("fromLead", null);
        supporterAdded.put("reason", null);
        supporterAdded.put("event", "SUPPORTER_ADDED");
        supporterAdded.put("supporter", "FIER");
        c.put("history", List.of(declined, supporterAdded));
        CaseServicesStub.answer("GET /api/cases/" + id, 200, c);
        page = Browser.as(Tokens.coordinator()).get("/board/cases/" + id + "/reassign").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("Afgewezen door Centrum Veilige Sport Nederland: “Geen sportcontext”"), page);

        // Reassigned since, and late again at its new lead: the old decline is not why it waits now.
        var reassigned = new HashMap<>(declined);
        reassigned.put("at", "2026-12-01T09:00:00Z");
        reassigned.put("actor", "user-coordinator");
        reassigned.put("fromStatus", "NEEDS_REVIEW");
        reassigned.put("toStatus", "OFFERED");
        reassigned.put("fromLead", null);
        reassigned.put("toLead", "VT");
        reassigned.put("reason", "Thuissituatie");
        c.put("status", "OFFERED");
        c.put("history", List.of(declined, supporterAdded, reassigned));
        CaseServicesStub.answer("GET /api/cases/" + id, 200, c);
        page = Browser.as(Tokens.coordinator()).get("/board/cases/" + id + "/reassign").then().statusCode(200)
                .extract().asString();
        assertFalse(page.contains("Afgewezen door"), page);
    }

    /** A refused reassignment comes back as it was filled in, the choice to keep the earlier lead included. */
    @Test
    void aRefusedReassignmentKeepsTheChoiceToKeepTheEarlierLead() {
        String id = UUID.randomUUID().toString();
        var offered = declined(id);
        offered.put("status", "OFFERED");
        offered.put("leadOrganisation", "CVSN");
        CaseServicesStub.answer("GET /api/cases/" + id, 200, offered);
        CaseServicesStub.answer("POST /api/cases/" + id + "/reassign", 400, Map.of("type",
                "urn:entree:problem:validation", "title", "Validation failed", "status", 400,
                "violations", List.of(Map.of("field", "reason", "message", "must not be blank"))));
        String coordinator = Tokens.coordinator();
        String page = Browser.as(coordinator).contentType(io.restassured.http.ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "leadOrganisation", "VT", "reason", "",
                        "keepPreviousLead", "true"))
                .post("/board/cases/" + id + "/reassign").then().statusCode(400).extract().asString();
        assertTrue(page.contains("name=\"keepPreviousLead\" value=\"true\" checked"), page);
    }

    @Test
    void aReassignmentGoesToTriageAndTheBoardSaysSo() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answer("POST /api/cases/" + id + "/reassign", 200, declined(id));
        String coordinator = Tokens.coordinator();
        Browser.as(coordinator).redirects().follow(false).contentType(io.restassured.http.ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "leadOrganisation", "VT",
                        "reason", "Thuissituatie", "keepPreviousLead", "true"))
                .post("/board/cases/" + id + "/reassign").then().statusCode(303)
                .header("Location", "/board?done=reassigned");
        String sent = CaseServicesStub.calls("POST /api/cases/" + id + "/reassign").get(0);
        assertTrue(sent.contains("\"leadOrganisation\":\"VT\"") && sent.contains("\"reason\":\"Thuissituatie\"")
                && sent.contains("\"keepPreviousLeadAsSupporter\":true"), sent);
        String page = Browser.as(coordinator).get("/board?done=reassigned").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("<p class=\"done\" role=\"status\" id=\"done\">"), page);
    }
}
