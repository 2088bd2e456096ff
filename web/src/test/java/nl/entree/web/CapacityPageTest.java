package nl.entree.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.support.token.Tokens;
import nl.entree.web.backend.Staffing;

/** Screen 4, capacity: norms next to what closed cases measured, staffing, and utilisation, as capacity sends them. */
@QuarkusTest
@QuarkusTestResource(value = CaseServicesStub.class, restrictToAnnotatedClass = true)
class CapacityPageTest {

    @BeforeEach
    void capacity() {
        CaseServicesStub.reset();
        Map<String, Object> acute = new HashMap<>();
        acute.put("organisation", "CSG");
        acute.put("caseType", "CSG_ACUTE");
        acute.put("status", "REGISTERED");
        acute.put("lowHours", 11.0);
        acute.put("expectedHours", 12.0);
        acute.put("highHours", 13.5);
        acute.put("source", "Adviesbrief 2024, bijlage 2");
        acute.put("validFrom", "2024-01-01");
        acute.put("validTo", null);
        acute.put("note", null);
        Map<String, Object> safety = new HashMap<>(acute);
        safety.put("organisation", "VT");
        safety.put("caseType", "VT_SAFETY_ASSESSMENT");
        safety.put("status", "NO_NORM");
        safety.put("lowHours", null);
        safety.put("expectedHours", null);
        safety.put("highHours", null);
        safety.put("source", null);
        safety.put("validFrom", null);
        safety.put("note", "No norm registered for this case type on this date.");
        CaseServicesStub.answer("GET /api/norms", 200, List.of(acute, safety));

        Map<String, Object> measured = new HashMap<>();
        measured.put("caseType", "CSG_ACUTE");
        measured.put("closedCases", 40);
        measured.put("n", 37);
        measured.put("casesWithoutHours", 3);
        measured.put("meanHours", 12.4);
        measured.put("medianHours", 11.8);
        measured.put("p80Hours", 14.25);
        measured.put("norm", acute);
        measured.put("meanMinusExpected", 0.4);
        measured.put("medianMinusExpected", -0.2);
        measured.put("p80MinusHigh", 0.75);
        measured.put("suppressed", false);
        CaseServicesStub.answer("GET /api/norms/empirical", 200, Map.of("organisation", "CSG",
                "from", "2025-12-01", "to", "2026-11-30", "rows", List.of(measured)));

        // CSG has staff in a region and staff assigned to none: the page shows them together, as utilisation counts.
        Instant updated = Instant.parse("2026-11-01T09:00:00Z");
        Staffing unassigned = new Staffing(Organisation.CSG, null, 2.5, 36.0, false, 0.7, true, 63.0, updated, null);
        Staffing amsterdam = new Staffing(Organisation.CSG, Region.VR13, 40.0, 36.0, false, 0.75, false, 1008.0,
                updated, null);
        for (Organisation org : Organisation.values()) {
            CaseServicesStub.answer("GET /api/staffing/" + org + "/in-force", 200,
                    org == Organisation.CSG ? List.of(amsterdam, unassigned) : List.of());
        }

        Map<String, Object> csg = new HashMap<>();
        csg.put("organisation", "CSG");
        csg.put("openCases", 120);
        csg.put("caseTypes", List.of(Map.of("caseType", "CSG_ACUTE", "openCases", 120, "normStatus", "REGISTERED",
                "expectedHoursPerCase", 12.0, "hoursRegistered", 300.0, "openCasesOverNorm", 4,
                "committedHoursLow", 1320.0, "committedHoursExpected", 1440.0, "committedHoursHigh", 1620.0)));
        csg.put("hoursRegisteredOnOpenCases", 300.0);
        csg.put("committedHoursLow", 1320.0);
        csg.put("committedHoursExpected", 1440.0);
        csg.put("committedHoursHigh", 1620.0);
        csg.put("openCasesOverNorm", 4);
        csg.put("openCasesWithoutNorm", 0);
        csg.put("caseTypesWithoutNorm", List.of());
        csg.put("openCasesWithoutCaseType", 0);
        csg.put("supportHoursLastWeeks", null);
        csg.put("staffingRegistered", true);
        csg.put("fte", 42.5);
        csg.put("availableHours", 1500.0);
        csg.put("utilisationPercent", 76.0);
        csg.put("safetyAssessment", null);
        csg.put("notes", List.of());
        Map<String, Object> vt = new HashMap<>(csg);
        vt.put("organisation", "VT");
        vt.put("openCases", 30);
        vt.put("caseTypes", List.of());
        vt.put("committedHoursLow", null);
        vt.put("committedHoursExpected", null);
        vt.put("committedHoursHigh", null);
        vt.put("openCasesWithoutNorm", 30);
        vt.put("caseTypesWithoutNorm", List.of("VT_SAFETY_ASSESSMENT"));
        vt.put("staffingRegistered", false);
        vt.put("fte", null);
        vt.put("availableHours", null);
        vt.put("utilisationPercent", null);
        vt.put("safetyAssessment", Map.of("backlog", 12, "doneLast7Days", 20, "throughputPerDay", 2.86,
                "daysToClear", 4.2, "deadlineDays", 5, "withinDeadline", true, "overdue", 1));
        vt.put("notes", List.of("No staffing registered for VT: available hours and utilisation are unknown."));
        CaseServicesStub.answer("GET /api/utilisation", 200, Map.of("region", "VR13",
                "caseloadsGeneratedAt", "2026-12-04T08:00:00Z", "normsOn", "2026-12-04", "planningWeeks", 4,
                "organisations", List.of(csg, vt)));
    }

    @Test
    void theNormsStandNextToWhatClosedCasesMeasuredAndAMissingNormIsNamed() {
        String page = Browser.as(Tokens.coordinator()).get("/capacity").then().statusCode(200).extract().asString();
        String norms = table(page, "norms");
        assertTrue(norms.contains("<th scope=\"row\">CSG</th>") && norms.contains("<td>CSG acuut</td>")
                && norms.contains("<td>11,0–12,0–13,5</td>")
                && norms.contains("<td class=\"user-text\">Adviesbrief 2024, bijlage 2</td>")
                && norms.contains("<td>n=37, 11,8, 14,3</td>"), norms);
        assertTrue(norms.contains("<tr class=\"missing\">") && norms.contains("<th scope=\"row\">VT</th>")
                && norms.contains("<strong class=\"badge missing-badge\">Geen norm geregistreerd</strong>")
                && norms.contains("Geen norm geregistreerd voor deze soort casus op deze datum."), norms);
    }

    @Test
    void aCoordinatorOfOneRegionIsToldTheMeasuredHoursAreNationalAndCapacityIsNotAskedForThem() {
        String page = Browser.as(Tokens.coordinator("VR13")).get("/capacity").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("De gemeten uren zijn landelijk. Voor een regio zijn ze hier niet te zien."), page);
        assertTrue(table(page, "norms").contains("<td>11,0–12,0–13,5</td>"), "the registered norms still show");
        assertEquals(List.of(), CaseServicesStub.calls("GET /api/norms/empirical"));

        String national = Browser.as(Tokens.coordinator()).get("/capacity").then().statusCode(200).extract()
                .asString();
        assertFalse(national.contains("measured-national"), national);
    }

    @Test
    void staffingIsShownPerOrganisationAndAnUnregisteredOneIsNamed() {
        String page = Browser.as(Tokens.coordinator()).get("/capacity").then().statusCode(200).extract().asString();
        String staffing = table(page, "staffing");
        assertTrue(staffing.contains("<th scope=\"row\">CSG – Centrum Seksueel Geweld</th>")
                && staffing.contains("<td class=\"num\">42,5</td>")
                && staffing.contains("<td class=\"num\">1.071,0 (aangenomen)</td>"), staffing);
        assertTrue(staffing.contains("<th scope=\"row\">VT – Veilig Thuis</th>")
                && staffing.contains("Geen bezetting geregistreerd"), staffing);
        assertTrue(page.contains("Alle regio’s samen, met wie aan geen regio is toegewezen"), page);
    }

    /** capacity keeps a regional coordinator to their region's rows; the page says whose staff it shows. */
    @Test
    void aRegionalCoordinatorIsToldTheStaffingIsTheirRegions() {
        String page = Browser.as(Tokens.coordinator("VR13")).get("/capacity").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("De bezetting in Amsterdam-Amstelland"), page);
    }

    @Test
    void utilisationShowsTheHoursCommittedAgainstThoseAvailable() {
        String page = Browser.as(Tokens.coordinator()).get("/capacity").then().statusCode(200).extract().asString();
        String utilisation = table(page, "utilisation");
        assertTrue(utilisation.contains("<th scope=\"row\">CSG – Centrum Seksueel Geweld</th><td class=\"num\">120</td>"
                + "<td class=\"num\">1.440,0</td>") && utilisation.contains("<td class=\"num\">1.500,0</td>")
                && utilisation.contains("<td class=\"num\">76%</td>"), utilisation);
        assertTrue(utilisation.contains("<strong class=\"badge missing-badge\">VT veiligheidsbeoordeling</strong>"),
                utilisation);
        assertTrue(utilisation.contains("Geen bezetting geregistreerd voor VT"), utilisation);
        // None of VT's open cases has a norm: its committed hours are unknown, not 0.
        assertTrue(utilisation.contains("<th scope=\"row\">VT – Veilig Thuis</th><td class=\"num\">30</td>"
                + "<td class=\"num\">–</td>"), utilisation);
    }

    /** Staff and no hours committed (no open case, or every norm already booked) is 0%, not "no figure". */
    @Test
    void aUtilisationOfNothingIsZeroPercentNotADash() {
        CaseServicesStub.answer("GET /api/utilisation", 200, Map.of("region", "VR13",
                "caseloadsGeneratedAt", "2026-12-04T08:00:00Z", "normsOn", "2026-12-04", "planningWeeks", 4,
                "organisations", List.of(Map.of("organisation", "CVSN", "openCases", 0, "caseTypes", List.of(),
                        "committedHoursExpected", 0.0, "staffingRegistered", true, "fte", 2.0,
                        "availableHours", 201.6, "utilisationPercent", 0.0, "caseTypesWithoutNorm", List.of(),
                        "notes", List.of()))));
        String utilisation = table(Browser.as(Tokens.coordinator()).get("/capacity").then().statusCode(200).extract()
                .asString(), "utilisation");
        assertTrue(utilisation.contains("<td class=\"num\">201,6</td><td class=\"num\">0%</td>"), utilisation);
    }

    @Test
    void theScreenSpeaksEnglishToo() {
        String page = Browser.as(Tokens.coordinator()).cookie("entree_lang", "en").get("/capacity").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Hour norms: registered next to measured") && page.contains("No norm registered")
                && page.contains("No staffing registered") && page.contains("(assumed)")
                && page.contains("<td>n=37, 11.8, 14.3</td>"), page);
    }

    private static String table(String page, String id) {
        int at = page.indexOf("<table id=\"" + id + "\">");
        assertTrue(at >= 0, page);
        return page.substring(at, page.indexOf("</table>", at));
    }
}
