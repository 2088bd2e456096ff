package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * The case list's search, filters and paging, and the review queue's reassignment page, with triage and intake down
 * (their URLs point at closed ports). Lists with real cases are tested in e2e ({@code CaseListIT}).
 */
@QuarkusTest
class CaseListTest {

    @Test
    void theListOffersASearchAndFiltersByNameAndKeepsTheChosenFilters() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/cases?status=OFFERED&priority=ACUTE&region=VR13&overdue=true")
                .then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/cases/search\""))
                .body(containsString("<legend>Zoeken op</legend>"))
                .body(containsString("id=\"searchBy\" value=\"reference\" required><label for=\"searchBy\">"
                        + "Referentie</label>"))
                .body(containsString("id=\"searchBy-clientCode\" value=\"clientCode\" checked required>"
                        + "<label for=\"searchBy-clientCode\">Cliëntcode</label>"))
                .body(containsString("<label for=\"q\">Referentie of cliëntcode</label>"))
                .body(containsString("<option value=\"OFFERED\" selected>Aangeboden</option>"))
                .body(containsString("<option value=\"ACUTE\" selected>Acuut</option>"))
                .body(containsString("<option value=\"VR13\" selected>Amsterdam-Amstelland (VR13)</option>"))
                .body(containsString("id=\"overdue\" name=\"overdue\" value=\"true\" checked"))
                .body(containsString("<option value=\"deadline\" selected>Eerst wat het snelst moet</option>"))
                // Filters in use are shown, not folded away.
                .body(containsString("id=\"case-filters\" open"))
                .body(containsString("data-panel-error=\"triage\""));
    }

    @Test
    void aCoordinatorSearchesByReferenceOnly() {
        Browser.as(Tokens.coordinator()).get("/cases").then().statusCode(200)
                .body(containsString("<label for=\"q\">Zoek op referentie</label>"))
                .body(containsString("<input type=\"hidden\" name=\"searchBy\" value=\"reference\">"))
                .body(not(containsString("type=\"radio\" name=\"searchBy\"")))
                .body(not(containsString("cliëntcode")));
    }

    @Test
    void aFilterValueTheFormDoesNotOfferIsNamedAndNothingIsAsked() {
        Browser.as(Tokens.casemanager(Organisation.VT)).get("/cases?status=LOST&priority=URGENT&sort=up&pagina=0")
                .then().statusCode(400)
                .body(containsString("<title>Fout: Casussen van Veilig Thuis – Entree</title>"))
                .body(containsString("href=\"#status\">Kies een status uit de lijst</a>"))
                .body(containsString("href=\"#priority\">Kies een prioriteit uit de lijst</a>"))
                .body(containsString("href=\"#sort\">Kies een volgorde uit de lijst</a>"))
                .body(containsString("Deze pagina bestaat niet; begin bij pagina 1"))
                .body(not(containsString("data-panel-error")));
    }

    @Test
    void aSearchIsAPostWithItsCsrfTokenAndAnEmptyTermIsNamed() {
        String token = Tokens.casemanager(Organisation.CSG);
        Browser.as(token).contentType(ContentType.URLENC).formParams(Map.of("q", "CL-123", "searchBy", "clientCode"))
                .post("/cases/search").then().statusCode(403);
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "q", "  ", "searchBy", "clientCode"))
                .post("/cases/search").then().statusCode(400)
                .body(containsString("href=\"#q\">Vul een referentie of cliëntcode in van hoogstens 64 tekens</a>"))
                .body(containsString("id=\"q-error\""));
    }

    @Test
    void aSearchThatDoesNotSayWhatTheTermIsIsNamedAndKeepsTheTerm() {
        String token = Tokens.casemanager(Organisation.CSG);
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "q", "2026-000123"))
                .post("/cases/search").then().statusCode(400)
                .body(containsString("<title>Fout: Casussen van Centrum Seksueel Geweld – Entree</title>"))
                .body(containsString("href=\"#searchBy\">Kies of u zoekt op referentie of op cliëntcode</a>"))
                .body(containsString("id=\"searchBy-error\""))
                .body(containsString("value=\"2026-000123\""))
                .body(not(containsString("data-panel-error")));
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "q", "2026-000123", "searchBy", "both"))
                .post("/cases/search").then().statusCode(400)
                .body(containsString("href=\"#searchBy\">Kies of u zoekt op referentie of op cliëntcode</a>"))
                .body(not(containsString(" checked required")));
        Browser.as(token).cookie("entree_lang", "en").contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "q", "2026-000123"))
                .post("/cases/search").then().statusCode(400)
                .body(containsString("href=\"#searchBy\">Choose whether you search by reference or by client "
                        + "code</a>"));
    }

    @Test
    void aClientCodeSearchWithIntakeDownSaysSoAndKeepsTheTermAndTheChoice() {
        String token = Tokens.casemanager(Organisation.CSG);
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "q", "client-7", "searchBy", "clientCode"))
                .post("/cases/search").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("data-panel-error=\"intake\""))
                .body(containsString("value=\"client-7\""))
                .body(containsString("id=\"searchBy-clientCode\" value=\"clientCode\" checked"));
    }

    @Test
    void aReferenceSearchWithTriageDownSaysSoAndKeepsTheChoice() {
        String token = Tokens.casemanager(Organisation.CSG);
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "q", "GE-2026-000123", "searchBy", "reference"))
                .post("/cases/search").then().statusCode(200)
                .body(containsString("data-panel-error=\"triage\""))
                .body(containsString("id=\"searchBy\" value=\"reference\" checked"))
                .body(not(containsString("id=\"searchBy-clientCode\" value=\"clientCode\" checked")));
    }

    @Test
    void theReassignPageWithTriageDownSaysSo() {
        Browser.as(Tokens.coordinator()).get("/board/cases/" + UUID.randomUUID() + "/reassign").then().statusCode(200)
                .body(containsString("data-panel-error=\"triage\""));
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/board/cases/" + UUID.randomUUID() + "/reassign")
                .then().statusCode(403);
    }

    @Test
    void aReassignmentWhileTriageIsDownIsA503ThatSaysSo() {
        String token = Tokens.coordinator();
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "leadOrganisation", "SHN",
                        "reason", "Praktische ondersteuning"))
                .post("/board/cases/" + UUID.randomUUID() + "/reassign").then().statusCode(503)
                .body(containsString("data-panel-error=\"triage\""));
    }
}
