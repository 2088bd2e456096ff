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
 * No service runs in these tests (their URLs point at a closed port): every page still opens, and the part that needed
 * the missing service says so.
 */
@QuarkusTest
class BackendDownTest {

    @Test
    void myCasesSaysTheRoutingServiceIsDownAndKeepsTheRestOfThePage() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/cases").then().statusCode(200)
                .body(containsString("<h1 id=\"cases-title\">Casussen van Centrum Seksueel Geweld</h1>"))
                .body(containsString("data-panel-error=\"triage\""))
                .body(containsString("De routeringsdienst (triage) is nu niet bereikbaar"))
                .body(containsString("href=\"/contacts/new\""));
    }

    @Test
    void theNewContactFormOpensWithoutAnyService() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/contacts/new").then().statusCode(200)
                .body(containsString("<legend>Kanaal *</legend>"))
                .body(containsString("<label for=\"channel\">Chat</label>"))
                .body(containsString("id=\"contact-details\" hidden"))
                .body(containsString("aria-live=\"polite\""));
    }

    @Test
    void savingWhileIntakeIsDownKeepsTheInputAndSaysNothingWasSaved() {
        String token = Tokens.casemanager(Organisation.CSG);
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "channel", "PHONE", "callerRole", "VICTIM",
                        "incidentTypes", "SEXUAL_HARASSMENT", "summary", "kept text", "idempotencyKey", "k-1"))
                .post("/contacts")
                .then().statusCode(503)
                .body(containsString("het is niet zeker dat het contact is opgeslagen"))
                .body(containsString("Verstuur het formulier zo opnieuw zonder iets te wijzigen"))
                .body(containsString("name=\"channel\" id=\"channel-PHONE\" value=\"PHONE\" checked"))
                .body(containsString("value=\"SEXUAL_HARASSMENT\" checked"))
                .body(containsString(">kept text</textarea>"))
                .body(containsString("name=\"idempotencyKey\" value=\"k-1\""));
    }

    @Test
    void theBoardShowsEachPanelsFailureOnItsOwn() {
        Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200)
                .body(containsString("id=\"caseloads-panel\""))
                .body(containsString("id=\"review-panel\""))
                .body(containsString("id=\"rules-panel\""))
                .body(containsString("data-panel-error=\"triage\""))
                // The replay form is the board's own: it is there even when triage is not.
                .body(containsString("id=\"replay-version\""));
    }

    @Test
    void aReplayRunsOnlyOnAPostWithTheFormToken() {
        String coordinator = Tokens.coordinator();
        // A GET changes nothing: a link or a reload with ?version= runs no replay (triage audits each one).
        Browser.as(coordinator).get("/board?version=2").then().statusCode(200)
                .body(not(containsString("id=\"replay-result\"")));
        Browser.as(coordinator).contentType(ContentType.URLENC).formParams(Map.of("version", "2"))
                .post("/board/replay").then().statusCode(403);
        Browser.as(coordinator).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "version", "2"))
                .post("/board/replay").then().statusCode(200)
                .body(containsString("id=\"replay-result\""));
    }

    @Test
    void capacityAndProjectionsSayWhichServiceIsDown() {
        Browser.as(Tokens.coordinator()).get("/capacity").then().statusCode(200)
                .body(containsString("De capaciteitsdienst is nu niet bereikbaar"));
        Browser.as(Tokens.ministry()).get("/projections").then().statusCode(200)
                .body(containsString("De prognosedienst is nu niet bereikbaar"))
                .body(containsString("id=\"projection-form\""))
                .body(not(containsString("<img id=\"chart\"")));
        Browser.as(Tokens.ministry()).get("/projections/chart.svg").then().statusCode(503);
        Browser.as(Tokens.ministry()).get("/projections/export.csv").then().statusCode(503);
    }

    /** Issue 9, point 4: as the publications' downloads on /monitoring answer, with the menu and Retry-After. */
    @Test
    void aProjectionDownloadWithForecastDownIsTheDutchPageThatNamesIt() {
        for (String path : new String[] {"/projections/export.csv", "/projections/export-nl.csv"}) {
            Browser.as(Tokens.ministry()).get(path).then().statusCode(503).header("Retry-After", "30")
                    .contentType(containsString("text/html"))
                    .body(containsString("De prognosedienst is nu niet bereikbaar"))
                    .body(containsString("href=\"/projections\""))
                    .body(not(containsString("forecast-service is unavailable")));
        }
        Browser.as(Tokens.ministry()).cookie("entree_lang", "en").get("/projections/export-nl.csv").then()
                .statusCode(503).contentType(containsString("text/html"))
                .body(containsString("cannot be reached right now"));
    }

    @Test
    void aCasePageWithTriageDownStillRenders() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/cases/" + UUID.randomUUID()).then().statusCode(200)
                .body(containsString("data-panel-error=\"triage\""));
    }

    @Test
    void anActionWhileTriageIsDownIsReportedOnThePage() {
        String token = Tokens.casemanager(Organisation.CSG);
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token))).post("/cases/" + UUID.randomUUID() + "/accept")
                .then().statusCode(503)
                .body(containsString("data-panel-error=\"triage\""));
    }

    @Test
    void theQuestionsWithIntakeDownAre503AndATypedAnswerIsKept() {
        String token = Tokens.casemanager(Organisation.CSG);
        String question = "/questions/" + UUID.randomUUID();
        Browser.as(token).get("/questions").then().statusCode(503)
                .body(containsString("data-panel-error=\"intake\""))
                .body(containsString("De registratiedienst (intake) is nu niet bereikbaar"));
        Browser.as(token).get(question).then().statusCode(503)
                .body(containsString("data-panel-error=\"intake\""))
                .body(not(containsString("id=\"answer-form\"")));
        Browser.as(token).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(token), "answer", "Je kunt ons bellen."))
                .post(question + "/answer").then().statusCode(503)
                .body(containsString("Uw antwoord is NIET verstuurd"))
                .body(containsString(">Je kunt ons bellen.</textarea>"));
    }
}
