package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.entree.support.stub.ScriptedServer;
import nl.entree.support.token.Tokens;

/**
 * The editor corrects a service, such as a national line, that no centre stands for: the form filled from the
 * service as stored, the whole service sent back with the editor's phones, hours and provenance, and a colleague's
 * correction not undone. {@link CorrectionFormTest} does the same for a centre.
 */
@QuarkusTest
@QuarkusTestResource(value = DirectoryStub.class, restrictToAnnotatedClass = true)
class ServiceCorrectionFormTest {

    private static final String EDITOR = Tokens.as("editor").sign();
    private static final String PATH = "/sociale-kaart/diensten/" + DirectoryAnswers.CSG_LINE;

    @BeforeEach
    void directory() {
        DirectoryStub.reset();
        DirectoryStub.answer("GET /services/" + DirectoryAnswers.CSG_LINE, 200, DirectoryAnswers.nationalLine(),
                Map.of("ETag", "\"3\""));
        DirectoryStub.answer("PUT /api/directory/services/" + DirectoryAnswers.CSG_LINE, 200,
                DirectoryAnswers.nationalLine());
    }

    private static Response post(Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf", Browser.csrfFor(EDITOR));
        return Browser.as(EDITOR).contentType(ContentType.URLENC).formParams(form).post(PATH);
    }

    /** The line now answers on weekdays only; its number stays. */
    private static Map<String, String> filledIn() {
        Map<String, String> form = new HashMap<>();
        form.put("status", "active");
        form.put("phoneId0", "3e5a7c9b-2d4f-4a6c-8e1b-5d7f9a2c4e61");
        form.put("phoneNumber0", "0800-0188");
        form.put("phoneDescription0", "gratis");
        form.put("phoneId1", "");
        form.put("phoneNumber1", "");
        form.put("phoneDescription1", "");
        form.put("hoursId0", "4f6b8d1c-3e5a-4b7d-9f2c-6e8a1b3d5f72");
        form.put("days0", "MO,TU,WE,TH,FR");
        form.put("opens0", "09:00");
        form.put("closes0", "17:00");
        form.put("hoursId1", "");
        form.put("days1", "");
        form.put("opens1", "");
        form.put("closes1", "");
        form.put("exId0", "5a7c9e2d-4f6b-4c8e-a1d3-7f9b2c4e6a83");
        form.put("exFrom0", DirectoryAnswers.CLOSED_FROM.toString());
        form.put("exTo0", "");
        form.put("exOpens0", "10:00");
        form.put("exCloses0", "14:00");
        form.put("exDescription0", "Feestdag: korter open");
        form.put("exFrom1", "");
        form.put("source", "Telefoongesprek met het CSG");
        form.put("verifiedOn", "2026-11-30");
        form.put("verified", "true");
        form.put("note", "");
        form.put("basedOn", "\"3\"");
        return form;
    }

    @Test
    void theFormShowsTheServiceWithItsOrganisationAreaAndHistory() {
        Browser.as(EDITOR).get(PATH).then().statusCode(200)
                .body(containsString("<title>Dienst corrigeren: Landelijk telefoonnummer (Centrum Seksueel Geweld) "
                        + "– Entree</title>"))
                .body(containsString("<form method=\"post\" action=\"" + PATH + "\""))
                .body(containsString("<dt>Regio&#39;s</dt><dd>heel Nederland</dd>"))
                .body(containsString("<dt>Gecontroleerd op</dt><dd>01-10-2026</dd>"))
                .body(containsString("<legend>Telefoonnummers van deze dienst</legend>"))
                .body(containsString("<input type=\"radio\" name=\"status\" id=\"status\" value=\"active\" checked>"
                        + "<label for=\"status\">In gebruik</label>"))
                .body(containsString("value=\"temporarily closed\"><label for=\"status-1\">Tijdelijk gesloten</label>"))
                .body(containsString("name=\"phoneNumber0\" value=\"0800-0188\""))
                .body(containsString("name=\"phoneNumber1\" value=\"\""))
                .body(containsString("<option value=\"MO,TU,WE,TH,FR,SA,SU\" selected>elke dag</option>"))
                .body(containsString("name=\"opens0\" value=\"00:00\""))
                .body(containsString("name=\"closes0\" value=\"24:00\""))
                .body(containsString("Geen regels: de tijden zijn onbekend."))
                .body(containsString("name=\"exOpens0\" value=\"10:00\""))
                .body(not(containsString("name=\"days2\"")))
                .body(containsString("<input type=\"hidden\" name=\"basedOn\" value=\"&quot;3&quot;\">"))
                .body(containsString("<td>Openingstijden</td>"))
                .body(containsString("MO,TU,WE,TH,FR,SA,SU 00:00-24:00"));
    }

    @Test
    void inEnglish() {
        Browser.as(EDITOR).cookie("entree_lang", "en").get(PATH + "?done=corrected").then().statusCode(200)
                .body(containsString("<h1>Correct a service: Landelijk telefoonnummer (Centrum Seksueel Geweld)</h1>"))
                .body(containsString("<dt>Regions</dt><dd>the whole country</dd>"))
                .body(containsString("<legend>This service&#39;s phone numbers</legend>"))
                .body(containsString("id=\"done\""));
    }

    @Test
    void aCorrectionSendsTheWholeServiceWithTheEditorsHoursAndKeepsWhatTheFormDoesNotShow() throws Exception {
        post(filledIn()).then().statusCode(303).header("Location", PATH + "?done=corrected");
        List<ScriptedServer.Call> puts = DirectoryStub.callsTo("PUT /api/directory/services/"
                + DirectoryAnswers.CSG_LINE);
        assertEquals(1, puts.size());
        assertEquals("\"3\"", puts.get(0).header("If-Match"), "the version the form was drawn from");
        // The url, channel, needs, languages, status, area and the holiday stay; the old quote goes; the
        // organisation, the centres and the history are not part of the record.
        String expected = """
                {
                    "id": "7b2d4f6a-1c3e-4a5b-8d9f-0e2a4c6b8d13",
                    "organization_id": "1a3c5e7b-9d2f-4b6a-8c1e-3f5b7d9a2c46",
                    "name": "Landelijk telefoonnummer",
                    "url": "https://www.centrumseksueelgeweld.nl",
                    "status": "active",
                    "last_modified": "2026-11-02T14:30:00Z",
                    "phones": [
                        {
                            "id": "3e5a7c9b-2d4f-4a6c-8e1b-5d7f9a2c4e61",
                            "number": "0800-0188",
                            "type": "voice",
                            "description": "gratis",
                            "provenance": {"source": "Telefoongesprek met het CSG", "verified": true}
                        }
                    ],
                    "schedules": [
                        {
                            "id": "4f6b8d1c-3e5a-4b7d-9f2c-6e8a1b3d5f72",
                            "freq": "WEEKLY",
                            "byday": "MO,TU,WE,TH,FR",
                            "opens_at": "09:00",
                            "closes_at": "17:00"
                        },
                        {
                            "id": "5a7c9e2d-4f6b-4c8e-a1d3-7f9b2c4e6a83",
                            "opens_at": "10:00",
                            "closes_at": "14:00",
                            "valid_from": "%s",
                            "description": "Feestdag: korter open"
                        }
                    ],
                    "service_areas": [
                        {
                            "id": "6b8d1f3e-5a7c-4d9f-b2e4-8a1c3e5f7b94",
                            "name": "Nederland (landelijk)",
                            "extent": "NL",
                            "extent_type": "country"
                        }
                    ],
                    "languages": [{"id": "d3f5b7c9-2e4a-4b6d-8f1c-9e2a4c6e8b05", "name": "Nederlands", "code": "nl"}],
                    "channel": "PHONE",
                    "needs": ["MEDICAL", "FORENSIC", "PSYCHOLOGICAL"],
                    "provenance": {
                        "source": "Telefoongesprek met het CSG",
                        "verified": true,
                        "verified_on": "2026-11-30",
                        "check_before_use": false,
                        "note": "Doorgezet naar het regionale CSG.",
                        "unknown": []
                    }
                }""".formatted(DirectoryAnswers.CLOSED_FROM);
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(expected), json.readTree(puts.get(0).body()));
    }

    @Test
    void aServiceClosedForTheTimeBeingIsTakenBackIntoUse() throws Exception {
        Map<String, Object> closed = DirectoryAnswers.nationalLine();
        closed.put("status", "temporarily closed");
        closed.put("metadata", List.of(DirectoryAnswers.json("id", "c9e2a4b6-8d1f-4c3e-b5a7-2d4f6b8c1e17",
                "resource_id", DirectoryAnswers.CSG_LINE, "resource_type", "service",
                "last_action_date", "2026-11-20T09:00:00Z", "last_action_type", "retire", "field_name", "status",
                "previous_value", "active", "replacement_value", "temporarily closed", "updated_by", "editor-2")));
        DirectoryStub.answer("GET /services/" + DirectoryAnswers.CSG_LINE, 200, closed, Map.of("ETag", "\"5\""));
        Browser.as(EDITOR).get(PATH).then().statusCode(200)
                .body(containsString("value=\"temporarily closed\" checked><label for=\"status-1\">"
                        + "Tijdelijk gesloten</label>"))
                .body(not(containsString("value=\"active\" checked")))
                // The history says in Dutch what the status was and became.
                .body(containsString("<td>Status</td>"))
                .body(containsString("<td class=\"history-value\">In gebruik</td>"))
                .body(containsString("<td class=\"history-value\">Tijdelijk gesloten</td>"));

        Map<String, String> form = filledIn();
        form.put("basedOn", "\"5\"");
        post(form).then().statusCode(303).header("Location", PATH + "?done=corrected");
        List<ScriptedServer.Call> puts = DirectoryStub.callsTo("PUT /api/directory/services/"
                + DirectoryAnswers.CSG_LINE);
        assertEquals(1, puts.size());
        assertEquals("\"5\"", puts.get(0).header("If-Match"));
        assertEquals("active", new ObjectMapper().readTree(puts.get(0).body()).get("status").asText());
    }

    @Test
    void aStatusTheFormDoesNotOfferIsNamedAndNothingIsSent() {
        Map<String, String> form = filledIn();
        form.put("status", "open");
        post(form).then().statusCode(400)
                .body(containsString("id=\"error-summary\""))
                .body(containsString("id=\"status-error\""))
                .body(containsString("Kies een status uit de lijst"));
        Map<String, String> without = filledIn();
        without.remove("status");
        post(without).then().statusCode(400).body(containsString("id=\"status-error\""));
        assertEquals(0, DirectoryStub.calls("PUT ").size());
    }

    @Test
    void aCorrectionAfterAColleaguesIsNotSentAgainButShownWithTheServiceAsItIsNow() {
        DirectoryStub.answer("PUT /api/directory/services/" + DirectoryAnswers.CSG_LINE, 412,
                DirectoryAnswers.json("type", "about:blank", "title", "Precondition Failed", "status", 412, "detail",
                        "This service was changed by someone else after you read it. Read it again and repeat your "
                                + "change."));
        DirectoryStub.answer("GET /services/" + DirectoryAnswers.CSG_LINE, 200, DirectoryAnswers.nationalLine(),
                Map.of("ETag", "\"4\""));
        post(filledIn()).then().statusCode(409)
                .body(containsString("<title>Fout: Dienst corrigeren: Landelijk telefoonnummer"))
                .body(containsString("Er ging iets mis: Iemand anders heeft deze dienst gewijzigd nadat u hem "
                        + "opende."))
                .body(containsString("<input type=\"hidden\" name=\"basedOn\" value=\"&quot;4&quot;\">"))
                // The form shows the line as it is now (every day), not the editor's weekdays.
                .body(containsString("<option value=\"MO,TU,WE,TH,FR,SA,SU\" selected>elke dag</option>"))
                .body(not(containsString("name=\"opens0\" value=\"09:00\"")));
        assertEquals(1, DirectoryStub.calls("PUT ").size(), "sent once, and not again over the colleague's");
    }

    @Test
    void aRefusalIsShownAtItsFieldOnTheServiceForm() {
        DirectoryStub.answer("PUT /api/directory/services/" + DirectoryAnswers.CSG_LINE, 400,
                DirectoryAnswers.json("type", "about:blank", "title", "Bad Request", "status", 400, "detail",
                        "The service is not valid.", "violations", List.of(DirectoryAnswers.json(
                                "field", "schedules[0].opens_at", "message", "must be a time of day, HH:MM"))));
        Map<String, String> form = filledIn();
        form.put("opens0", "9 uur");
        post(form).then().statusCode(400)
                .body(containsString("<form method=\"post\" action=\"" + PATH + "\""))
                .body(containsString("id=\"error-summary\""))
                .body(containsString("name=\"opens0\" value=\"9 uur\""))
                .body(containsString("id=\"schedules-opens_at-error\""));
    }

    @Test
    void onlyEditorsAndAdminsCorrectAServiceAndADirectoryThatIsDownIsSaid() {
        Browser.as(Tokens.coordinator()).get(PATH).then().statusCode(403);
        DirectoryStub.answer("GET /services/" + DirectoryAnswers.CSG_LINE, 503, DirectoryAnswers.json("status", 503));
        Browser.as(EDITOR).get(PATH).then().statusCode(200)
                .body(containsString("<h1>Dienst corrigeren</h1>"))
                .body(containsString("data-panel-error=\"directory\""))
                .body(not(containsString("id=\"correction\"")));
    }
}
