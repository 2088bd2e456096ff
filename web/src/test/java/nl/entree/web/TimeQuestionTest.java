package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * "Datum van het incident" and "Hoe lang geleden?" were two questions about one thing, and the date silently won when
 * they disagreed. Now it is one question, with "Weet niet", and a disagreement is said next to the date, never
 * resolved by guessing. (Registering itself needs intake, which is down here: see e2e RegisterContactIT.)
 */
@QuarkusTest
class TimeQuestionTest {

    private static final String CASEMANAGER = Tokens.casemanager(Organisation.CSG);

    @Test
    void theFormAsksOnceWithAnAnswerForNotKnowing() {
        Browser.as(CASEMANAGER).get("/contacts/new").then().statusCode(200)
                .body(containsString("<legend>Wanneer gebeurde het?</legend>"))
                .body(containsString("id=\"timeSinceIncident\" value=\"WITHIN_7_DAYS\""))
                .body(containsString("<label for=\"when-UNKNOWN\">Weet niet</label>"))
                .body(containsString("<label for=\"when-DATE\">Op een bekende datum</label>"))
                .body(not(containsString("<select id=\"timeSinceIncident\"")));
    }

    @Test
    void aKnownDateWithoutADateIsNamedAndTheAnswerKept() {
        post(Map.of("when", "DATE")).then().statusCode(400)
                .body(containsString("<title>Fout: Nieuw contact registreren – Entree</title>"))
                .body(containsString("href=\"#incidentDate\">Kies ‘Op een bekende datum’ en vul een datum in"))
                .body(containsString("id=\"when-DATE\" value=\"DATE\" aria-controls=\"incidentDate\" checked"));
    }

    @Test
    void aDateNextToAnotherAnswerIsNamedRatherThanEitherWinning() {
        post(Map.of("when", "MORE_THAN_7_DAYS", "incidentDate", "2026-11-30")).then().statusCode(400)
                .body(containsString("href=\"#incidentDate\">"))
                .body(containsString("value=\"2026-11-30\" aria-invalid=\"true\""));
    }

    private static io.restassured.response.Response post(Map<String, String> time) {
        return Browser.postContact(CASEMANAGER, time);
    }
}
