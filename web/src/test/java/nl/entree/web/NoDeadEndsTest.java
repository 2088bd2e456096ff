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

/** A mistake in the input is named as such, never passed off as a service that is down. */
@QuarkusTest
class NoDeadEndsTest {

    @Test
    void aPeriodThatEndsBeforeItStartsSaysWhatToCorrect() {
        Browser.as(Tokens.ministry()).get("/projections?from=2027-06&to=2027-01").then().statusCode(200)
                .body(containsString("id=\"to\" name=\"to\" value=\"2027-01\" aria-invalid=\"true\""))
                .body(containsString("id=\"to-error\""))
                .body(containsString("Kies een eindmaand die niet vóór de beginmaand ligt."))
                .body(containsString("<div class=\"form-error\" role=\"alert\" id=\"form-error\">"));
    }

    @Test
    void aMonthThatIsNoMonthIsNamedNotReplacedOrAnError() {
        // A browser without a month picker shows a text field, in which anything can be typed.
        Browser.as(Tokens.ministry()).get("/projections?from=2027-13&to=2028-12").then().statusCode(200)
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"from-error\""))
                .body(containsString("id=\"from-error\""))
                .body(containsString("Vul een maand in als jjjj-mm, bijvoorbeeld 2027-01."))
                .body(not(containsString("id=\"projection-panel\"")));
        Browser.as(Tokens.ministry()).get("/projections?from=2027-01&to=2028-1").then().statusCode(200)
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"to-error\""))
                .body(containsString("id=\"to-error\""));
        Browser.as(Tokens.ministry()).get("/projections/export.csv?from=2027-00&to=2028-12").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("id=\"from-error\""))
                .body(not(containsString("JJJJ-MM")));
    }

    /** Issue 9, point 3: a form's address opened as a link (a reload, a restored tab) is a page, not problem+json. */
    @Test
    void aFormsAddressOpenedAsALinkIsAPageInTheUsersLanguage() {
        String casemanager = Tokens.casemanager(Organisation.CSG);
        for (String path : new String[] {"/contacts", "/cases/" + UUID.randomUUID() + "/decline", "/board/replay"}) {
            String token = path.startsWith("/board") ? Tokens.coordinator() : casemanager;
            Browser.as(token).redirects().follow(false).get(path).then().statusCode(405)
                    .contentType(containsString("text/html"))
                    .body(containsString("<h1 id=\"error-title\">Deze pagina opent zo niet</h1>"))
                    .body(containsString("Open het formulier opnieuw via het menu."))
                    .body(containsString("href=\"/cases\""))
                    .body(not(containsString("Method Not Allowed")));
        }
        Browser.as(casemanager).cookie("entree_lang", "en").get("/contacts").then().statusCode(405)
                .contentType(containsString("text/html"))
                .body(containsString("<h1 id=\"error-title\">This page does not open this way</h1>"));
    }

    /** Issue 9, point 3: a number field takes "1e3" and more digits than an int holds; the board names the field. */
    @Test
    void aReplayVersionThatIsNoVersionIsNamedOnTheBoard() {
        String coordinator = Tokens.coordinator();
        for (String version : new String[] {"99999999999", "1e3"}) {
            Browser.as(coordinator).contentType(ContentType.URLENC)
                    .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "version", version))
                    .post("/board/replay").then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("name=\"version\" min=\"1\" required value=\"" + version
                            + "\" aria-invalid=\"true\" aria-describedby=\"replay-version-error\""))
                    .body(containsString("Vul het nummer van een versie in, bijvoorbeeld 3."));
        }
    }
}
