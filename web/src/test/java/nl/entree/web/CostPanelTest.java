package nl.entree.web;

import static nl.entree.web.DirectoryAnswers.json;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.entree.common.problem.Problem;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.stub.ScriptedServer;
import nl.entree.support.token.Tokens;

/**
 * Screen 4's costs panel: what an FTE costs each organisation as capacity keeps it, with its source, and for a
 * national coordinator the form that registers a new version there.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServicesStub.class, restrictToAnnotatedClass = true)
class CostPanelTest {

    private static final String SOURCE = "Cao Sociaal Werk 2026, schaal 9, met 30% opslag";

    @BeforeEach
    void capacity() {
        CaseServicesStub.reset();
        // The costs panel loads after the norms, as staffing does: without norms capacity counts as down.
        CaseServicesStub.answer("GET /api/norms", 200, List.of());
        var inForce = new ArrayList<>();
        for (Organisation org : Organisation.values()) {
            inForce.add(org == Organisation.CSG ? csg(72500.0, SOURCE, true, "2026-01-01", null) : unknown(org));
            CaseServicesStub.answer("GET /api/costs/" + org + "/history", 200, List.of());
        }
        CaseServicesStub.answer("GET /api/costs", 200, inForce);
        CaseServicesStub.answer("GET /api/costs/CSG/history", 200, List.of(
                csg(65000.0, "Begroting 2025", false, "2025-01-01", "2026-01-01"),
                csg(72500.0, SOURCE, true, "2026-01-01", null)));
    }

    @Test
    void theCostInForceShowsWithItsSourceAndThatItIsAnAssumption() {
        String page = Browser.as(Tokens.coordinator()).get("/capacity").then().statusCode(200).extract().asString();
        String costs = table(page, "costs");
        assertTrue(costs.contains("<th scope=\"row\">CSG – Centrum Seksueel Geweld</th>")
                && costs.contains("<td class=\"num\">€ 72.500,00 <strong class=\"badge\">aanname</strong></td>")
                && costs.contains("<td class=\"user-text\">" + SOURCE + "</td><td>01-01-2026</td>"), costs);
        assertTrue(costs.contains("<th scope=\"row\">VT – Veilig Thuis</th>")
                && costs.contains("<strong class=\"badge missing-badge\">Geen bedrag geregistreerd</strong>"), costs);
        String history = table(page, "cost-history");
        assertTrue(history.contains("<td class=\"num\">€ 65.000,00</td>")
                && history.contains("<td class=\"user-text\">Begroting 2025</td><td>01-01-2025</td><td>01-01-2026</td>")
                && history.contains("<td>01-01-2026</td><td>–</td>"), history);
    }

    @Test
    void aNationalCoordinatorsFormSendsTheNewVersionToCapacity() throws Exception {
        CaseServicesStub.answer("PUT /api/costs/CSG", 200, csg(74000.5, "Begroting 2027", false, "2027-01-01", null));
        String page = Browser.as(Tokens.coordinator()).get("/capacity").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<form method=\"post\" action=\"/capacity/costs\"") && page.contains(
                "<label for=\"cost-eurosPerFtePerYear\">Euro per FTE per jaar *</label>"), page);

        post(Tokens.coordinator(), Map.of("org", "CSG", "eurosPerFtePerYear", "74.000,50", "source",
                " Begroting 2027 ", "validFrom", "2027-01-01"))
                .then().statusCode(303).header("Location", "/capacity?done=cost#costs-panel");
        List<ScriptedServer.Call> puts = CaseServicesStub.callsTo("PUT /api/costs/CSG");
        assertEquals(1, puts.size());
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.readTree("{\"eurosPerFtePerYear\": 74000.5, \"source\": \"Begroting 2027\", "
                + "\"assumption\": false, \"validFrom\": \"2027-01-01\"}"), mapper.readTree(puts.get(0).body()));
        assertTrue(puts.get(0).authorization().startsWith("Bearer "), "as the signed-in coordinator");

        Browser.as(Tokens.coordinator()).get("/capacity?done=cost").then().statusCode(200)
                .body(containsString("Bedrag per FTE geregistreerd."));
    }

    @Test
    void aVersionThatDoesNotFollowTheOneInForceIsNamedNextToValidFrom() {
        CaseServicesStub.answerProblem("PUT /api/costs/CSG", Problem.of(409, "Conflict", "The cost in force for CSG "
                + "starts on 2027-03-01; a new version must start after that."));
        String page = post(Tokens.coordinator(), Map.of("org", "CSG", "eurosPerFtePerYear", "74000",
                "source", "Begroting 2027", "assumption", "true", "validFrom", "2027-01-01"))
                .then().statusCode(409).extract().asString();
        assertTrue(page.contains("<title>Fout:"), page);
        assertTrue(page.contains("<input type=\"date\" id=\"cost-validFrom\" name=\"validFrom\" value=\"2027-01-01\" "
                + "aria-describedby=\"cost-validFrom-hint cost-validFrom-error\" aria-invalid=\"true\">"), page);
        assertTrue(page.contains("<p class=\"error\" id=\"cost-validFrom-error\"><span class=\"sr\">Fout: </span>"
                + "Vul een dag in die niet in het verleden ligt en na de ingangsdatum van het bedrag dat nu geldt</p>"),
                page);
        assertTrue(page.contains("<a href=\"#cost-validFrom\">"), "the error summary leads to the field: " + page);
        // What was typed stays, so that only the date needs changing.
        assertTrue(page.contains("value=\"74000\"") && page.contains(">Begroting 2027</textarea>")
                && page.contains("<option value=\"CSG\" selected>") && page.contains("id=\"cost-assumption\" "
                + "name=\"assumption\" value=\"true\" checked"), page);
    }

    @Test
    void aFieldCapacityRefusesIsNamedNextToIt() {
        CaseServicesStub.answerProblem("PUT /api/costs/CSG", Problem.of(400, "Bad Request", "Invalid input",
                List.of(new Problem.Violation("eurosPerFtePerYear", "must be less than or equal to 1000000"))));
        String page = post(Tokens.coordinator(), Map.of("org", "CSG", "eurosPerFtePerYear", "2.000.000",
                "source", "Begroting 2027")).then().statusCode(400).extract().asString();
        assertTrue(page.contains("<p class=\"error\" id=\"cost-eurosPerFtePerYear-error\">"), page);
        assertTrue(page.contains("Vul een bedrag in euro in van 0,01 tot 1.000.000, zoals 72.500"), page);
        assertFalse(page.contains("id=\"cost-validFrom-error\""), page);
    }

    @Test
    void anAmountWebCannotReadIsNotSent() {
        String page = post(Tokens.coordinator(), Map.of("org", "CSG", "eurosPerFtePerYear", "zeventigduizend",
                "source", "Begroting 2027")).then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"cost-eurosPerFtePerYear-error\"") && page.contains("value=\"zeventigduizend\""),
                page);
        assertEquals(List.of(), CaseServicesStub.calls("PUT /api/costs"));
    }

    @Test
    void aFormWithoutItsCsrfTokenReachesNoService() {
        Browser.as(Tokens.coordinator()).contentType(ContentType.URLENC).formParams(Map.of("org", "CSG",
                "eurosPerFtePerYear", "74000", "source", "Begroting 2027")).post("/capacity/costs")
                .then().statusCode(403).body(containsString("Formulier verlopen"));
        assertEquals(List.of(), CaseServicesStub.calls("PUT /api/costs"));
    }

    @Test
    void capacityDownKeepsWhatWasTyped() {
        CaseServicesStub.answer("PUT /api/costs/CSG", 503, json("status", 503));
        String page = post(Tokens.coordinator(), Map.of("org", "CSG", "eurosPerFtePerYear", "74000",
                "source", "Begroting 2027")).then().statusCode(503).extract().asString();
        assertTrue(page.contains("<div class=\"panel-error\" role=\"alert\" id=\"action-error\">"), page);
        assertTrue(page.contains("value=\"74000\"") && page.contains(">Begroting 2027</textarea>"), page);
    }

    /** A cost applies in every region: capacity takes it only from a token bound to none, so web offers no form. */
    @Test
    void aRegionalCoordinatorSeesTheCostsButNoForm() {
        String page = Browser.as(Tokens.coordinator("VR13")).get("/capacity").then().statusCode(200).extract()
                .asString();
        assertTrue(table(page, "costs").contains("€ 72.500,00"), page);
        assertFalse(page.contains("cost-form") || page.contains("/capacity/costs"), page);
        assertTrue(page.contains("Alleen een landelijke coördinator of een beheerder registreert het."), page);

        post(Tokens.coordinator("VR13"), Map.of("org", "CSG", "eurosPerFtePerYear", "74000", "source", "x"))
                .then().statusCode(403);
        assertEquals(List.of(), CaseServicesStub.calls("PUT /api/costs"));
    }

    @Test
    void thePanelSpeaksEnglishToo() {
        String page = Browser.as(Tokens.coordinator()).cookie("entree_lang", "en").get("/capacity").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("<h2 id=\"costs-title\">Cost per FTE</h2>")
                && table(page, "costs").contains("€ 72,500.00 <strong class=\"badge\">assumption</strong>")
                && page.contains("No amount registered") && page.contains("Register a new amount"), page);
    }

    private static Response post(String token, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf", Browser.csrfFor(token));
        return Browser.as(token).contentType(ContentType.URLENC).formParams(form).post("/capacity/costs");
    }

    private static Object csg(double euros, String source, boolean assumption, String from, String to) {
        return json("organisation", "CSG", "registered", true, "eurosPerFtePerYear", euros, "source", source,
                "assumption", assumption, "validFrom", from, "validTo", to);
    }

    private static Object unknown(Organisation org) {
        return json("organisation", org.name(), "registered", false, "eurosPerFtePerYear", null, "source", null,
                "assumption", null, "validFrom", null, "validTo", null);
    }

    private static String table(String page, String id) {
        int at = page.indexOf("<table id=\"" + id + "\">");
        assertTrue(at >= 0, page);
        return page.substring(at, page.indexOf("</table>", at));
    }
}
