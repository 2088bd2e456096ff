package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;
import nl.entree.web.backend.ContactRequest;
import nl.entree.web.contacts.ContactForm;

/**
 * A casemanager in a chat hears "Almere", not "VR25": the form takes the municipality and derives the safety region
 * (issue 14, point 7). Only the region leaves web. (Registering needs intake, which is down here: see e2e
 * RegisterContactIT for the saved contact.)
 */
@QuarkusTest
class MunicipalityTest {

    private static final String CASEMANAGER = Tokens.casemanager(Organisation.CSG);

    @Test
    void theFormOffersEveryMunicipalityWithItsRegionNamedInFull() {
        Browser.as(CASEMANAGER).get("/contacts/new").then().statusCode(200)
                .body(containsString("<label for=\"municipality\">Gemeente waar de persoon woont (optioneel)</label>"))
                .body(containsString("list=\"municipalities\""))
                .body(containsString("<option value=\"Almere\" data-region=\"VR25\" data-region-name=\"Flevoland (VR25)\">"))
                .body(containsString("<option value=\"Den Haag\" data-region=\"VR15\" data-region-name=\"Haaglanden (VR15)\">"))
                .body(containsString("data-lies-in=\"NAME ligt in veiligheidsregio REGION.\""));
    }

    @Test
    void aMunicipalityNotOnTheListIsNamedAndKept() {
        post(Map.of("municipality", "Weesp")).then().statusCode(400)
                .body(containsString("<title>Fout: Nieuw contact registreren – Entree</title>"))
                .body(containsString("href=\"#municipality\">Kies een gemeente uit de lijst"))
                .body(containsString("value=\"Weesp\""))
                .body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void aMunicipalityInAnotherRegionThanTheOneChosenIsNamedRatherThanEitherWinning() {
        post(Map.of("municipality", "Almere", "region", "VR13")).then().statusCode(400)
                .body(containsString("href=\"#municipality\">"))
                .body(containsString("Almere ligt in veiligheidsregio Flevoland (VR25)."))
                .body(containsString("<option value=\"VR13\" selected>"));
    }

    @Test
    void aMunicipalityInTheChosenRegionIsNoError() {
        post(Map.of("municipality", "amstelveen", "region", "VR13")).then()
                .body(not(containsString("href=\"#municipality\"")));
    }

    @Test
    void onlyTheRegionGoesToTheServicesNeverTheMunicipality() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.putSingle("municipality", "Súdwest-Fryslân");
        fields.putSingle("incidentTypes", "RAPE");
        ContactRequest contact = new ContactForm(fields).contact();
        assertEquals("VR02", contact.region());
        assertFalse(new ObjectMapper().valueToTree(contact).has("municipality"));
    }

    private static io.restassured.response.Response post(Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("when", "WITHIN_7_DAYS");
        return Browser.postContact(CASEMANAGER, form);
    }
}
