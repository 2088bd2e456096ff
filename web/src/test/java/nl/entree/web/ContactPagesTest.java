package nl.entree.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import nl.entree.support.token.Tokens;

/**
 * Screen 1's normal path with intake and triage answering as they do: the routing preview, what goes to intake, and
 * the saved contact. The directory stays unreachable, so its panel says so.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServicesStub.class, restrictToAnnotatedClass = true)
class ContactPagesTest {

    private static final String CASEMANAGER = Tokens.casemanager(Organisation.CSG);

    @BeforeEach
    void services() {
        CaseServicesStub.reset();
    }

    @Test
    void thePreviewNamesTheLeadThePriorityTheDeadlineAndWhy() {
        Map<String, Object> decision = new HashMap<>();
        decision.put("leadOrganisation", "CSG");
        decision.put("supportingOrganisations", List.of("SHN"));
        decision.put("caseType", "CSG_ACUTE");
        decision.put("priority", "ACUTE");
        decision.put("acute", true);
        decision.put("emergency", false);
        decision.put("respondBy", "2026-12-04T12:00:00Z");
        decision.put("ruleSetVersion", 3);
        decision.put("matchedRules", List.of("acute-sexual-violence"));
        decision.put("rationale", List.of("Sexual violence less than 7 days ago: CSG acute casemanagement."));
        decision.put("rationaleNl", List.of("Seksueel geweld minder dan 7 dagen geleden: acuut casemanagement CSG."));
        CaseServicesStub.answer("POST /api/triage/evaluate", 200, decision);

        String fragment = Browser.as(CASEMANAGER).header("X-CSRF-Token", Browser.csrfFor(CASEMANAGER))
                .contentType(ContentType.URLENC).formParams(Map.of("incidentTypes", "RAPE", "when", "WITHIN_7_DAYS"))
                .post("/contacts/preview").then().statusCode(200).extract().asString();
        assertTrue(fragment.contains("<dd id=\"preview-lead\">CSG – Centrum Seksueel Geweld</dd>")
                && fragment.contains("<dd>SHN</dd>")
                && fragment.contains("<dd id=\"preview-priority\" class=\"prio prio-ACUTE\">Acuut</dd>")
                && fragment.contains("<time datetime=\"2026-12-04T12:00:00Z\">04-12-2026 13:00</time>")
                && fragment.contains("<li>Seksueel geweld minder dan 7 dagen geleden: acuut casemanagement CSG.</li>"),
                fragment);
        String sent = CaseServicesStub.calls("POST /api/triage/evaluate").get(0);
        assertTrue(sent.contains("\"channel\":\"CHAT\"") && sent.contains("\"callerRole\":\"VICTIM\"")
                && sent.contains("\"incidentTypes\":[\"RAPE\"]")
                && sent.contains("\"timeSinceIncident\":\"WITHIN_7_DAYS\"")
                && !sent.contains("incidentDate") && !sent.contains("summary"), sent);
    }

    @Test
    void aContactGoesToIntakeWithOnlyWhatWasFilledIn() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answer("POST /api/contacts", 201, saved(id));
        Browser.postContact(CASEMANAGER, Map.of("when", "DATE", "incidentDate", "2026-11-30", "region", "VR13",
                "summary", "Belde na het nieuws", "anonymous", "false", "contact.phone", "0612345678"))
                .then().statusCode(303).header("Location", "/contacts/" + id);
        List<String> sent = CaseServicesStub.calls("POST /api/contacts");
        assertEquals(1, sent.size(), sent.toString());
        String body = sent.get(0);
        assertTrue(body.contains("\"channel\":\"CHAT\"") && body.contains("\"region\":\"VR13\"")
                && body.contains("\"incidentDate\":\"2026-11-30\"") && !body.contains("timeSinceIncident")
                && body.contains("\"summary\":\"Belde na het nieuws\"")
                && body.contains("\"contact\":{\"phone\":\"0612345678\"}") && !body.contains("receivedAt")
                && !body.contains("\"setting\"") && !body.contains("null"), body);
    }

    @Test
    void aFormSentAgainWithChangesAfterItWasSavedSaysToLookUpTheContactFirst() {
        // intake stored the first sending but answered too late; the casemanager changed a word and sent it again.
        CaseServicesStub.answer("POST /api/contacts", 422, Map.of("status", 422, "title", "Unprocessable Entity",
                "detail", "This Idempotency-Key was used before with a different request. Use a new key for a new "
                        + "contact."));
        String page = Browser.postContact(CASEMANAGER, Map.of("summary", "Belde na het nieuws.",
                "idempotencyKey", "sent-before")).then().statusCode(409).extract().asString();
        assertTrue(page.contains("Dit formulier is al eerder verstuurd en toen opgeslagen, met andere gegevens dan nu."
                + " Zoek het contact eerst op onder Casussen"), page);
        assertTrue(!page.contains("Idempotency-Key"), "no English on a Dutch page");
        // Issue 9, point 2: "not saved" first would send the casemanager to register the person a second time.
        assertFalse(page.contains("Het contact is niet opgeslagen"), page);
        assertFalse(page.contains("Controleer de gemarkeerde velden"), page);
        assertTrue(page.contains("<a href=\"/cases\" id=\"saved-before-cases\">")
                && page.contains("<a href=\"/contacts/new\" id=\"saved-before-new\">Nieuw contact"), page);
    }

    /**
     * Issue 14, review b, point 1: the page that says the form was saved before tells the script the contact was
     * saved, so the draft of this tab is dropped and "Nieuw contact" opens an empty form, not the saved person's story.
     * A form refused for a wrong field keeps its draft.
     */
    @Test
    void theSavedBeforePageDropsTheDraftSoANewContactOpensEmpty() {
        CaseServicesStub.answer("POST /api/contacts", 422, Map.of("status", 422, "title", "Unprocessable Entity"));
        String page = Browser.postContact(CASEMANAGER, Map.of("summary", "Belde na het nieuws.",
                "idempotencyKey", "sent-before-draft")).then().statusCode(409).extract().asString();
        assertTrue(page.contains("id=\"form-error\" data-contact-saved>") && page.contains("id=\"saved-before-new\""),
                page);

        CaseServicesStub.answer("POST /api/contacts", 400, Map.of("status", 400, "title", "Bad Request",
                "detail", "Not a contact."));
        String refused = Browser.postContact(CASEMANAGER, Map.of("summary", "Belde na het nieuws."))
                .then().statusCode(400).extract().asString();
        assertTrue(refused.contains("id=\"form-error\"") && !refused.contains("data-contact-saved"), refused);
    }

    /** Issue 9, point 1: the browser stopped the summary at 4000 with each line break as one character. */
    @Test
    void aContactSummaryReachesIntakeWithTheLineBreaksTheBrowserCounted() {
        CaseServicesStub.answer("POST /api/contacts", 201, saved(UUID.randomUUID().toString()));
        Browser.postContact(CASEMANAGER, Map.of("summary", "Belde na het nieuws.\r\n".repeat(180))).then()
                .statusCode(303);
        String body = CaseServicesStub.calls("POST /api/contacts").get(0);
        assertFalse(body.contains("\\r"), body);
        assertTrue(body.contains("Belde na het nieuws.\\nBelde na het nieuws."), body);
    }

    @Test
    void theSavedContactShowsItsReferenceWhereItWentAndTheWayToTheCase() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answer("GET /api/contacts/" + id, 200, saved(id));
        String page = Browser.as(CASEMANAGER).get("/contacts/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h1>Contact geregistreerd</h1>")
                && page.contains("<dd id=\"reference\" class=\"reference\">E-2026-000777</dd>")
                && page.contains("<dd id=\"contact-status\">Doorgestuurd</dd>")
                && page.contains("<dd id=\"prompt\">Iets in het nieuws of op sociale media: "
                        + "<span class=\"user-text\">NOS-uitzending</span></dd>")
                && page.contains("CSG – Centrum Seksueel Geweld") && page.contains("Acuut")
                && page.contains("<time datetime=\"2026-12-04T12:00:00Z\">04-12-2026 13:00</time>"), page);
        assertTrue(page.contains("id=\"open-case\"") && page.contains("href=\"/cases/" + CASE + "\"")
                && !page.contains("id=\"routed-elsewhere\"") && !page.contains("id=\"routing-pending\""), page);
        assertTrue(page.contains("data-panel-error=\"directory\""), "the directory is down in this test: " + page);

        String english = Browser.as(CASEMANAGER).cookie("entree_lang", "en").get("/contacts/" + id).then()
                .statusCode(200).extract().asString();
        assertTrue(english.contains("<h1>Contact registered</h1>") && english.contains("Routed to")
                && english.contains("CSG – "), english);
    }

    @Test
    void aContactAnotherOrganisationLeadsSaysWhere() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answer("GET /api/contacts/" + id, 200, saved(id));
        String page = Browser.as(Tokens.casemanager(Organisation.VT)).get("/contacts/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"routed-elsewhere\"") && !page.contains("id=\"open-case\""), page);
    }

    @Test
    void aContactWhoseDetailsNoKeyOpensIsExplainedWithItsIdNotCalledUnreachable() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answerProblem("GET /api/contacts/" + id, CaseServicesStub.detailsUnreadable());
        String page = Browser.as(CASEMANAGER).get("/contacts/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<div class=\"panel-error\" role=\"alert\" id=\"details-unreadable\">Dit contact is "
                + "geregistreerd, maar de contactgegevens zijn onleesbaar geworden. Daarom kan deze pagina het contact "
                + "niet tonen. Opnieuw proberen helpt niet. Meld dit bij de beheerder met kenmerk " + id + ".</div>"),
                page);
        assertTrue(page.contains("<h1>Contact geregistreerd</h1>") && page.contains("id=\"another\""), page);
        assertTrue(!page.contains("niet bereikbaar") && !page.contains("data-panel-error")
                && !page.contains("Contact details unreadable") && !page.contains("decrypted"),
                "not 'unreachable', and none of intake's English: " + page);
        assertEquals(1, CaseServicesStub.calls("GET /api/contacts/" + id).size(), "asking again would not help");

        String english = Browser.as(CASEMANAGER).cookie("entree_lang", "en").get("/contacts/" + id).then()
                .statusCode(200).extract().asString();
        assertTrue(english.contains("its contact details have become unreadable")
                && english.contains("Report this to the administrator with identifier " + id + "."), english);
    }

    @Test
    void anotherFailureOfIntakeIsStillUnreachable() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answerProblem("GET /api/contacts/" + id, CaseServicesStub.incident());
        String page = Browser.as(CASEMANAGER).get("/contacts/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-panel-error=\"intake\"") && !page.contains("id=\"details-unreadable\""),
                page);
    }

    /**
     * The form's draft is marked sent when it is submitted; every version of the saved page tells the script that the
     * contact was saved, so the draft is dropped. Also when intake cannot show the contact it just saved: without the
     * mark, "Nieuw contact" would bring the draft back and saving it would register the person twice.
     */
    @Test
    void everyVersionOfTheSavedPageSaysTheContactWasSaved() {
        String id = UUID.randomUUID().toString();
        CaseServicesStub.answer("POST /api/contacts", 201, saved(id));
        Browser.postContact(CASEMANAGER, Map.of("summary", "Belde na het nieuws"))
                .then().statusCode(303).header("Location", "/contacts/" + id);
        CaseServicesStub.answerProblem("GET /api/contacts/" + id, CaseServicesStub.incident());
        String failed = Browser.as(CASEMANAGER).get("/contacts/" + id).then().statusCode(200).extract().asString();
        assertTrue(failed.contains("data-panel-error=\"intake\"") && failed.contains("<div data-contact-saved>"),
                failed);

        CaseServicesStub.answerProblem("GET /api/contacts/" + id, CaseServicesStub.detailsUnreadable());
        String unreadable = Browser.as(CASEMANAGER).get("/contacts/" + id).then().statusCode(200).extract()
                .asString();
        assertTrue(unreadable.contains("id=\"details-unreadable\"")
                && unreadable.contains("<div data-contact-saved>"), unreadable);

        CaseServicesStub.answer("GET /api/contacts/" + id, 200, saved(id));
        String shown = Browser.as(CASEMANAGER).get("/contacts/" + id).then().statusCode(200).extract().asString();
        assertTrue(shown.contains("id=\"reference\"") && shown.contains("<div data-contact-saved>"), shown);

        String form = Browser.as(CASEMANAGER).get("/contacts/new").then().statusCode(200).extract().asString();
        assertTrue(!form.contains("data-contact-saved"), "the form itself never drops its draft");
    }

    private static final String CASE = UUID.randomUUID().toString();

    @Test
    void savingAContactWhileTriageIsSlowReadsItBackAtMostThreeTimes() {
        // Each read of a contact is audited by intake and decrypts its details: waiting for the routing must not
        // fill the contact's audit trail.
        String id = UUID.randomUUID().toString();
        var received = saved(id);
        received.put("status", "RECEIVED");
        CaseServicesStub.answer("POST /api/contacts", 201, received);
        CaseServicesStub.answer("GET /api/contacts/" + id, 200, received);
        Browser.postContact(CASEMANAGER, Map.of("summary", "Belde na het nieuws"))
                .then().statusCode(303).header("Location", "/contacts/" + id);
        int reads = CaseServicesStub.callsTo("GET /api/contacts/" + id).size();
        assertTrue(reads >= 1 && reads <= 3, reads + " reads");
    }

    /** A routed contact as intake answers it: intake leaves out null fields. */
    private static Map<String, Object> saved(String id) {
        Map<String, Object> routing = new HashMap<>();
        routing.put("leadOrganisation", "CSG");
        routing.put("supportingOrganisations", List.of());
        routing.put("caseType", "CSG_ACUTE");
        routing.put("priority", "ACUTE");
        routing.put("respondBy", "2026-12-04T12:00:00Z");
        routing.put("caseId", CASE);
        routing.put("caseStatus", "OFFERED");
        routing.put("routedAt", "2026-12-04T11:00:01Z");
        Map<String, Object> contact = new HashMap<>();
        contact.put("id", id);
        contact.put("reference", "E-2026-000777");
        contact.put("registeredBy", "CSG");
        contact.put("status", "ROUTED");
        contact.put("receivedAt", "2026-12-04T11:00:00Z");
        contact.put("channel", "PHONE");
        contact.put("callerRole", "VICTIM");
        contact.put("anonymous", true);
        contact.put("incidentTypes", List.of("RAPE"));
        contact.put("setting", "UNKNOWN");
        contact.put("timeSinceIncident", "WITHIN_7_DAYS");
        contact.put("acute", true);
        contact.put("victimAgeGroup", "UNKNOWN");
        contact.put("region", "VR13");
        contact.put("needs", List.of("MEDICAL"));
        contact.put("immediateDanger", false);
        contact.put("consentToShare", false);
        contact.put("prompt", "MEDIA");
        contact.put("promptLabel", "NOS-uitzending");
        contact.put("detailsErased", false);
        contact.put("routing", routing);
        contact.put("createdAt", "2026-12-04T11:00:00Z");
        return contact;
    }
}
