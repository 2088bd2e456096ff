package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * "Direct gevaar" puts a script for the casemanager at the top of the form the moment it is ticked, whatever else is
 * filled in. The browser test (e2e ImmediateDangerIT) shows it pinned at 390 px; these check what the server renders.
 */
@QuarkusTest
class ImmediateDangerTest {

    @Test
    void theNewContactFormCarriesTheDangerScriptAtTheTopReadyToShow() {
        String page = Browser.as(Tokens.casemanager(Organisation.CSG)).get("/contacts/new").then().statusCode(200)
                .extract().asString();
        int alert = page.indexOf("id=\"danger-alert\" role=\"alert\" hidden");
        assertTrue(alert > 0 && alert < page.indexOf("<h1>"),
                "the alert comes before the heading");
        assertTrue(page.contains("Vraag waar de persoon nu is")
                && page.contains("Bel dan zelf 112"), "the script says who calls");
    }

    @Test
    void aFormDrawnAgainWithDangerTickedShowsTheAlertAtOnce() {
        String session = Tokens.casemanager(Organisation.CSG);
        Browser.as(session).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(session), "immediateDanger", "true", "idempotencyKey", "k-danger"))
                .post("/contacts")
                .then().statusCode(503)
                .body(containsString("id=\"danger-alert\" role=\"alert\">"))
                .body(not(containsString("id=\"danger-alert\" role=\"alert\" hidden")));
    }

    @Test
    void thePreviewWithOnlyDangerTickedSaysWhoCalls112() {
        String session = Tokens.casemanager(Organisation.CSG);
        Browser.as(session).header("X-CSRF-Token", Browser.csrfFor(session))
                .contentType(ContentType.URLENC).formParams(Map.of("immediateDanger", "true"))
                .post("/contacts/preview")
                .then().statusCode(200)
                .body(containsString("id=\"emergency\""))
                .body(containsString("bel zelf 112"));
    }

    @Test
    void theEnglishFormSaysItInEnglish() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).cookie("entree_lang", "en").get("/contacts/new").then()
                .statusCode(200)
                .body(containsString("Ask where the person is now"))
                .body(containsString("call 112 yourself"));
    }
}
