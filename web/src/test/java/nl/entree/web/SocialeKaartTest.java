package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * The sociale kaart screen with directory-service down (its URL points at a closed port): the form works, a search
 * says the directory is unavailable in its own panel, and a value the form does not offer is named, not sent on.
 * Results from a running directory are tested in e2e ({@code SocialeKaartIT}).
 */
@QuarkusTest
class SocialeKaartTest {

    @Test
    void theFormHasALabelForEveryFieldAndEveryRegionByName() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/sociale-kaart").then().statusCode(200)
                .body(containsString("<title>Sociale kaart – Entree</title>"))
                .body(containsString("<form method=\"get\" action=\"/sociale-kaart\""))
                .body(containsString("<label for=\"region\">"))
                .body(containsString("<label for=\"need\">"))
                .body(containsString("<label for=\"channel\">"))
                .body(containsString("<label for=\"openNow\">"))
                .body(containsString("<option value=\"VR13\">Amsterdam-Amstelland (VR13)</option>"))
                .body(containsString("<option value=\"VR02\">Fryslân (VR02)</option>"))
                .body(containsString("<option value=\"WALK_IN\">Inloop</option>"))
                // Only the ways the directory records: a referral is how a contact came in, not how to reach help.
                .body(not(containsString("value=\"POLICE_REFERRAL\"")))
                .body(containsString("id=\"nav-directory\" aria-current=\"page\""))
                // Nothing searched yet: no results and no call to the directory.
                .body(not(containsString("id=\"results\"")));
    }

    @Test
    void aSearchWithTheDirectoryDownSaysSoAndKeepsTheChoices() {
        Browser.as(Tokens.coordinator()).get("/sociale-kaart?zoek=1&region=VR13&need=MEDICAL&channel=PHONE&openNow=true")
                .then().statusCode(200)
                .body(containsString("id=\"results\""))
                .body(containsString("data-panel-error=\"directory\""))
                .body(containsString("De sociale kaart (directory) is nu niet bereikbaar"))
                .body(containsString("<option value=\"VR13\" selected>"))
                .body(containsString("<option value=\"MEDICAL\" selected>"))
                .body(containsString("<option value=\"PHONE\" selected>"))
                .body(containsString("id=\"openNow\" name=\"openNow\" value=\"true\" checked"));
    }

    @Test
    void aValueTheFormDoesNotOfferIsNamedNextToItsField() {
        Browser.as(Tokens.casemanager(Organisation.VT)).get("/sociale-kaart?region=VR99&need=MEDICAL&channel=FAX")
                .then().statusCode(400)
                .body(containsString("<title>Fout: Sociale kaart – Entree</title>"))
                .body(containsString("id=\"error-summary\""))
                .body(containsString("href=\"#region\">Kies de veiligheidsregio uit de lijst</a>"))
                .body(containsString("href=\"#channel\">Kies het kanaal</a>"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"region-error\""))
                .body(not(containsString("aria-describedby=\"need-error\"")))
                // Not sent to the directory: there is no results panel, so no "unavailable".
                .body(not(containsString("data-panel-error")));
    }

    @Test
    void casemanagersAndCoordinatorsHaveItMinistriesDoNot() {
        Browser.as(Tokens.casemanager(Organisation.SHN)).get("/contacts/new").then().statusCode(200)
                .body(containsString("href=\"/sociale-kaart\""));
        Browser.as(Tokens.coordinator()).get("/board").then().statusCode(200)
                .body(containsString("href=\"/sociale-kaart\""));
        Browser.as(Tokens.ministry()).get("/projections").then().statusCode(200)
                .body(not(containsString("href=\"/sociale-kaart\"")));
        Browser.as(Tokens.ministry()).get("/sociale-kaart").then().statusCode(403);
    }

    @Test
    void inEnglishToo() {
        Browser.as(Tokens.coordinator()).cookie("entree_lang", "en").get("/sociale-kaart?zoek=1").then()
                .statusCode(200)
                .body(startsWith("<!DOCTYPE html>"))
                .body(containsString("<h1>Directory of help (sociale kaart)</h1>"))
                .body(containsString("The directory of help (directory) cannot be reached"))
                .body(containsString("<option value=\"\">All regions</option>"));
    }
}
