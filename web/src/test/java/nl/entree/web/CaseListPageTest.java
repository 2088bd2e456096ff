package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.stub.ScriptedServer;
import nl.entree.support.token.Tokens;

/**
 * The case list with cases in it, as triage and intake answer: a page of a long list with its place in the whole, and
 * a search by client code that reaches triage as contact ids only. The list with its services down is in
 * {@link CaseListTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServicesStub.class, restrictToAnnotatedClass = true)
class CaseListPageTest {

    private static final String LATE = UUID.randomUUID().toString();
    private static final String OFFERED = UUID.randomUUID().toString();
    private static final String CONTACT = UUID.randomUUID().toString();
    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @BeforeEach
    void services() {
        CaseServicesStub.reset();
        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(
                summary(LATE, "E-2026-000777", "ACCEPTED", "ACUTE", "CSG_ACUTE", "CSG", "VR13", true),
                summary(OFFERED, "E-2026-000778", "OFFERED", "NORMAL", null, null, null, false)),
                "page", 1, "size", 50, "total", 2653));
        CaseServicesStub.answer("POST /api/contacts/search", 200, Map.of("items", List.of(contact()), "page", 0,
                "size", 100, "total", 1));
    }

    /** As triage's CaseViews.CaseSummary writes it, every field. */
    private static Map<String, Object> summary(String id, String reference, String status, String priority,
            String caseType, String lead, String region, boolean overdue) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", id);
        c.put("contactId", CONTACT);
        c.put("reference", reference);
        c.put("region", region);
        c.put("status", status);
        c.put("leadOrganisation", lead);
        c.put("supportingOrganisations", lead == null ? List.of() : List.of("SHN"));
        c.put("caseType", caseType);
        c.put("priority", priority);
        c.put("emergency", false);
        c.put("receivedAt", "2026-12-01T09:15:00Z");
        c.put("respondBy", "2026-12-02T10:00:00Z");
        c.put("overdue", overdue);
        c.put("atRisk", overdue);
        // An accepted case's deadline is its milestone's, past the offer's respond-by; an offer's is its respond-by.
        c.put("nextDueAt", "CLOSED".equals(status) ? null
                : "ACCEPTED".equals(status) ? "2026-12-04T08:30:00Z" : "2026-12-02T10:00:00Z");
        c.put("escalatedAt", null);
        c.put("review", null);
        return c;
    }

    /** A contact as intake's ContactView writes it; the search reads its id only. */
    private static Map<String, Object> contact() {
        Map<String, Object> c = new HashMap<>();
        c.put("id", CONTACT);
        c.put("registeredBy", "CSG");
        c.put("receivedAt", "2026-12-01T09:00:00Z");
        c.put("status", "TRIAGED");
        c.put("detailsErased", false);
        return c;
    }

    @Test
    void aPageOfALongListSaysWhereItLiesAndLeadsToEachCase() {
        Browser.as(CSG).get("/cases?pagina=2&priority=ACUTE").then().statusCode(200)
                .body(containsString("<title>Casussen van Centrum Seksueel Geweld – Entree</title>"))
                .body(containsString("Casussen 51–52 van 2.653"))
                .body(containsString("<tr class=\"overdue\" data-case=\"" + LATE + "\">"))
                .body(containsString("<th scope=\"row\"><a href=\"/cases/" + LATE + "\">E-2026-000777</a></th>"))
                .body(containsString("<th scope=\"col\">Volgende termijn</th>"))
                .body(containsString("<strong class=\"badge overdue-badge\">TE LAAT</strong> "
                        + "<time datetime=\"2026-12-04T08:30:00Z\">04-12-2026 09:30</time>"))
                .body(containsString("<td><time datetime=\"2026-12-02T10:00:00Z\">02-12-2026 11:00</time></td>"))
                .body(containsString("<td class=\"prio prio-ACUTE\">Acuut</td>"))
                .body(containsString("<td>Aangeboden</td>"))
                .body(containsString("<td>Amsterdam-Amstelland (VR13)</td>"))
                .body(containsString("<td>geen (coördinator wijst toe)</td>"))
                .body(containsString("<time datetime=\"2026-12-01T09:15:00Z\">01-12-2026 10:15</time>"))
                .body(containsString("<span aria-current=\"page\">Pagina 2 van 54</span>"))
                .body(containsString("href=\"/cases?priority=ACUTE\" rel=\"prev\""))
                .body(containsString("href=\"/cases?priority=ACUTE&amp;pagina=3\" rel=\"next\""))
                .body(containsString("<option value=\"ACUTE\" selected>Acuut</option>"));
        List<String> asked = CaseServicesStub.calls("GET /api/cases?");
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("priority=ACUTE") && asked.get(0).contains("page=1")
                && asked.get(0).contains("size=50"), asked.toString());
    }

    @Test
    void theListInEnglish() {
        Browser.as(CSG).cookie("entree_lang", "en").get("/cases").then().statusCode(200)
                .body(containsString("Cases 1–2 of 2,653"))
                .body(containsString("<strong class=\"badge overdue-badge\">OVERDUE</strong>"))
                .body(containsString("<span aria-current=\"page\">Page 1 of 54</span>"))
                .body(containsString("rel=\"next\" id=\"page-next\">Next</a>"))
                .body(containsString("<legend>Search by</legend>"))
                .body(containsString("<label for=\"searchBy\">Reference</label>"))
                .body(containsString("<label for=\"searchBy-clientCode\">Client code</label>"));
    }

    @Test
    void aClientCodeIsAskedOfIntakeAndTriageGetsOnlyTheContacts() {
        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(
                summary(OFFERED, "E-2026-000778", "OFFERED", "NORMAL", null, null, null, false)),
                "page", 0, "size", 100, "total", 1));
        Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "client-7", "searchBy", "clientCode"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("1 gevonden. <a href=\"/cases\">Alle casussen tonen</a>"))
                .body(containsString("<a href=\"/cases/" + OFFERED + "\">E-2026-000778</a>"))
                .body(containsString("value=\"client-7\""))
                .body(not(containsString("id=\"pager\"")));
        List<ScriptedServer.Call> toIntake = CaseServicesStub.callsTo("POST /api/contacts/search");
        assertTrue(toIntake.get(0).body().contains("\"clientCode\":\"client-7\""), toIntake.toString());
        assertTrue(toIntake.stream().noneMatch(c -> c.query() != null && c.query().contains("client-7")),
                "the code never in a URL: " + toIntake);
        List<String> asked = CaseServicesStub.calls("GET /api/cases?");
        assertTrue(asked.get(0).contains("contact=" + CONTACT) && !asked.get(0).contains("client-7"),
                asked.toString());
    }

    @Test
    void aCaseWhoseContactDetailsNoKeyOpensIsMarkedInTheSearchAndTheOthersAreNot() {
        String readable = UUID.randomUUID().toString();
        Map<String, Object> unreadableContact = contact();
        unreadableContact.put("detailsUnreadable", true);
        Map<String, Object> readableContact = contact();
        readableContact.put("id", readable);
        CaseServicesStub.answer("POST /api/contacts/search", 200, Map.of("items",
                List.of(unreadableContact, readableContact), "page", 0, "size", 100, "total", 2));
        Map<String, Object> other = summary(LATE, "E-2026-000777", "ACCEPTED", "ACUTE", "CSG_ACUTE", "CSG", "VR13",
                false);
        other.put("contactId", readable);
        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(
                summary(OFFERED, "E-2026-000778", "OFFERED", "NORMAL", null, null, null, false), other),
                "page", 0, "size", 100, "total", 2));
        String page = Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "client-7", "searchBy", "clientCode"))
                .post("/cases/search").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<th scope=\"row\"><a href=\"/cases/" + OFFERED + "\">E-2026-000778</a>\n"
                + "      <span class=\"details-unreadable\" data-details-unreadable=\"" + CONTACT + "\">"
                + "Contactgegevens onleesbaar: meld dit bij de beheerder met referentie E-2026-000778.</span></th>"),
                page);
        assertTrue(page.contains("<th scope=\"row\"><a href=\"/cases/" + LATE + "\">E-2026-000777</a></th>"),
                "the readable one is not marked: " + page);
        assertEquals(1, page.split("data-details-unreadable=", -1).length - 1, page);

        Browser.as(CSG).cookie("entree_lang", "en").contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "client-7", "searchBy", "clientCode"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("Contact details unreadable: report this to the administrator with reference "
                        + "E-2026-000778."));
    }

    @Test
    void aSearchThatFoundMoreThanItShowsSaysSo() {
        CaseServicesStub.answer("POST /api/contacts/search", 200, Map.of("items", List.of(), "page", 0,
                "size", 100, "total", 0));
        Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "GE-2026", "searchBy", "reference"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("2.653 gevonden; hier de eerste 2. Maak de zoekterm preciezer"));
        // Signing in again from a search's answer, whose address is /cases/search, lands on the list.
        Browser.as(CSG).redirects().follow(false).get("/cases/search").then().statusCode(303)
                .header("Location", endsWith("/cases"));
    }

    @Test
    void aPageThatDoesNotExistIsNamedWhereTheSummaryLeadsAndOffersPageOne() {
        Browser.as(CSG).get("/cases?pagina=abc").then().statusCode(400)
                .body(containsString("href=\"#pagina\">Deze pagina bestaat niet"))
                .body(containsString("<div id=\"pagina\" tabindex=\"-1\">"))
                .body(containsString("<a href=\"/cases\">Naar pagina 1</a>"));
    }

    @Test
    void theLanguageSwitchKeepsTheFiltersAndThePage() {
        Browser.as(CSG).get("/cases?status=ACCEPTED&overdue=true&pagina=2").then().statusCode(200)
                .body(containsString("/language/en?back=%2Fcases%3Fstatus%3DACCEPTED%26overdue%3Dtrue%26pagina%3D2"));
        Browser.as(CSG).redirects().follow(false).queryParam("back", "/cases?status=ACCEPTED&overdue=true&pagina=2")
                .get("/language/en").then()
                .statusCode(303).header("Location", endsWith("/cases?status=ACCEPTED&overdue=true&pagina=2"));
    }

    @Test
    void aCoordinatorOfOneRegionIsOfferedThatRegionOnly() {
        String vr13 = Tokens.coordinator("VR13");
        String page = Browser.as(vr13).get("/cases").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<option value=\"VR13\"") && !page.contains("<option value=\"VR09\""), page);
        Browser.as(vr13).get("/cases?region=VR09").then().statusCode(400)
                .body(containsString("href=\"#region\">Kies de veiligheidsregio uit de lijst</a>"));
    }

    @Test
    void aClientCodeShapedLikeAReferenceThatIntakeDoesNotKnowNeverReachesTriageAsOne() {
        CaseServicesStub.answer("POST /api/contacts/search", 200, Map.of("items", List.of(), "page", 0,
                "size", 100, "total", 0));
        String page = Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "2026-000778", "searchBy", "clientCode"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("id=\"no-cases\""))
                .body(containsString("Geen casus gevonden met deze cliëntcode."))
                .body(containsString("Zoekt u een referentie, kies dan ‘Referentie’."))
                .extract().asString();
        assertTrue(!page.contains("E-2026-000778") && !page.contains(OFFERED), "another person's case: " + page);
        List<ScriptedServer.Call> toIntake = CaseServicesStub.callsTo("POST /api/contacts/search");
        assertEquals(1, toIntake.size());
        assertTrue(toIntake.get(0).body().contains("\"clientCode\":\"2026-000778\""), toIntake.toString());
        assertEquals(List.of(), CaseServicesStub.calls("GET /api/cases?"), "the code never in triage's address");
    }

    @Test
    void aReferenceSearchAsksTriageAloneAndNeverIntake() {
        Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "2026-000778", "searchBy", "reference"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("<a href=\"/cases/" + OFFERED + "\">E-2026-000778</a>"))
                .body(containsString("id=\"searchBy\" value=\"reference\" checked"));
        List<String> asked = CaseServicesStub.calls("GET /api/cases?");
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("reference=2026-000778"), asked.toString());
        assertEquals(List.of(), CaseServicesStub.callsTo("POST /api/contacts/search"), "intake is not asked");

        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(), "page", 0, "size", 100, "total", 0));
        Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "GE-2026-000999", "searchBy", "reference"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("Geen casus gevonden met deze referentie. Controleer de schrijfwijze."));
        assertEquals(List.of(), CaseServicesStub.callsTo("POST /api/contacts/search"), "intake is not asked");
    }

    @Test
    void aReferenceSearchForATermNotShapedLikeAReferenceIsNamedAndAsksNobody() {
        for (String term : List.of("K-7", "Jansen", "0612345678", "2026")) {
            Browser.as(CSG).contentType(ContentType.URLENC)
                    .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", term, "searchBy", "reference"))
                    .post("/cases/search").then().statusCode(400)
                    .body(containsString("href=\"#q\">Vul een referentie in zoals GE-2026-000123, of een deel "
                            + "ervan vanaf GE- of het jaar, zoals 2026-000123; zoekt u een cliëntcode, kies dan "
                            + "‘Cliëntcode’</a>"))
                    .body(containsString("id=\"q-error\""))
                    .body(containsString("id=\"searchBy\" value=\"reference\" checked"));
        }
        String coordinator = Tokens.coordinator();
        Browser.as(coordinator).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "q", "Jansen", "searchBy", "reference"))
                .post("/cases/search").then().statusCode(400)
                .body(containsString("href=\"#q\">Vul een referentie in zoals GE-2026-000123, of een deel ervan "
                        + "vanaf GE- of het jaar, zoals 2026-000123</a>"));
        assertEquals(List.of(), CaseServicesStub.calls("GET /api/cases?"), "no code or name in triage's address");
        assertEquals(List.of(), CaseServicesStub.callsTo("POST /api/contacts/search"));
    }

    @Test
    void aCoordinatorSearchesByReferenceAndCannotAskForAClientCode() {
        String coordinator = Tokens.coordinator();
        Browser.as(coordinator).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "q", "E-2026-000778", "searchBy", "reference"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("<a href=\"/cases/" + OFFERED + "\">E-2026-000778</a>"));
        List<String> asked = CaseServicesStub.calls("GET /api/cases?");
        assertTrue(asked.size() == 1 && asked.get(0).contains("reference=E-2026-000778"), asked.toString());
        Browser.as(coordinator).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "q", "client-7", "searchBy", "clientCode"))
                .post("/cases/search").then().statusCode(400)
                .body(containsString("href=\"#searchBy\">U kunt alleen op referentie zoeken</a>"))
                .body(containsString("<div id=\"searchBy\" tabindex=\"-1\">"))
                .body(not(containsString("cliëntcode")));
        assertEquals(List.of(), CaseServicesStub.callsTo("POST /api/contacts/search"), "intake is not asked");
        assertEquals(1, CaseServicesStub.calls("GET /api/cases?").size(), "nor triage, for the code");
        // Nothing typed: the reference is all a coordinator is asked for.
        Browser.as(coordinator).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "q", " ", "searchBy", "reference"))
                .post("/cases/search").then().statusCode(400)
                .body(containsString("href=\"#q\">Vul een referentie in zoals GE-2026-000123"))
                .body(not(containsString("cliëntcode")));
    }

    @Test
    void aCodeTheClientBroughtFromAnotherOrganisationIsSearchedAsThatOrganisations() {
        CaseServicesStub.answer("GET /api/cases", 200, Map.of("items", List.of(
                summary(OFFERED, "E-2026-000778", "OFFERED", "NORMAL", null, null, null, false)),
                "page", 0, "size", 100, "total", 1));
        Browser.as(CSG).get("/cases").then().statusCode(200)
                .body(containsString("<label for=\"clientCodeIssuer\">Code gegeven door</label>"))
                .body(containsString("<option value=\"\">Wij zelf</option>"));
        Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "client-7", "searchBy", "clientCode",
                        "clientCodeIssuer", "FIER"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("1 gevonden."))
                .body(containsString("<option value=\"FIER\" selected>"))
                .body(containsString("id=\"searchBy-clientCode\" value=\"clientCode\" checked"));
        List<ScriptedServer.Call> toIntake = CaseServicesStub.callsTo("POST /api/contacts/search");
        assertTrue(toIntake.get(0).body().contains("\"clientCodeIssuer\":\"FIER\""), toIntake.toString());

        Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "q", "client-7", "searchBy", "clientCode",
                        "clientCodeIssuer", "POLITIE"))
                .post("/cases/search").then().statusCode(400)
                .body(containsString("Kies wie de cliëntcode gaf"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"clientCodeIssuer-error\""));
    }
}
