package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/** Issue 18 on the new-contact form: what prompted the contact, asked in words, sent to intake as it was chosen. */
@QuarkusTest
@QuarkusTestResource(value = CaseServicesStub.class, restrictToAnnotatedClass = true)
class ContactPromptFormTest {

    private static final String CASEMANAGER = Tokens.casemanager(Organisation.SHN);

    @BeforeEach
    void reset() {
        CaseServicesStub.reset();
    }

    @Test
    void theFormAsksWhyNowWithEveryAnswerInWords() {
        Browser.as(CASEMANAGER).get("/contacts/new").then().statusCode(200)
                .body(containsString("<legend>Aanleiding</legend>"))
                .body(containsString("<label for=\"prompt\">Waarom nu?</label>"))
                .body(containsString("<option value=\"\">Niet gevraagd</option>"))
                .body(containsString("<option value=\"MEDIA\">Iets in het nieuws of op sociale media</option>"))
                .body(containsString("<option value=\"ADVICE\">Advies van iemand (vriend, huisarts, school)</option>"))
                .body(containsString("id=\"promptLabel\" name=\"promptLabel\" maxlength=\"80\""));
    }

    @Test
    void thePromptAndItsLabelGoToIntake() {
        String id = "6f1d8a36-0c1e-4a55-9d53-3f0e8d7a1b22";
        CaseServicesStub.answer("POST /api/contacts", 201, Map.of("id", id, "reference", "E-2026-000777",
                "status", "ROUTED"));
        Browser.postContact(CASEMANAGER, Map.of("when", "MORE_THAN_7_DAYS", "prompt", "MEDIA",
                "promptLabel", "NOS-uitzending")).then().statusCode(303);
        List<String> sent = CaseServicesStub.calls("POST /api/contacts");
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).contains("\"prompt\":\"MEDIA\"")
                && sent.get(0).contains("\"promptLabel\":\"NOS-uitzending\""), sent.get(0));
    }

    @Test
    void aLabelIntakeRefusesIsNamedAtTheFieldAndKept() {
        CaseServicesStub.answer("POST /api/contacts", 400, Map.of("title", "Bad Request", "status", 400,
                "violations", List.of(Map.of("field", "promptLabel",
                        "message", "only with a prompt of MEDIA, CAMPAIGN, NEW_LAW or OTHER"))));
        Browser.postContact(CASEMANAGER, Map.of("when", "MORE_THAN_7_DAYS", "prompt", "ADVICE",
                "promptLabel", "mijn huisarts")).then().statusCode(400)
                .body(containsString("href=\"#promptLabel\""))
                .body(containsString("value=\"mijn huisarts\""))
                .body(containsString("<option value=\"ADVICE\" selected>"))
                // What to do about it, not "Controleer dit veld": a label goes only with these answers.
                .body(containsString("Kies bij ‘Waarom nu?’ nieuws of sociale media, een campagne, "
                        + "een nieuwe wet of anders, of laat dit veld leeg; hoogstens 80 tekens"))
                .body(not(containsString("Controleer dit veld")));
    }
}
