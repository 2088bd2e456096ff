package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.entree.support.token.Tokens;

/**
 * The editor's correction screen against a directory that answers: the form filled from the centre as stored, the
 * whole record sent back with the editor's phones, hours and provenance, and a refusal shown at its field.
 * {@link CorrectionTest} has a directory that is down.
 */
@QuarkusTest
@QuarkusTestResource(value = DirectoryStub.class, restrictToAnnotatedClass = true)
class CorrectionFormTest {

    private static final String EDITOR = Tokens.as("editor").sign();
    private static final String PATH = "/sociale-kaart/centra/" + DirectoryAnswers.CSG_AMSTERDAM;

    @BeforeEach
    void directory() {
        DirectoryStub.reset();
        DirectoryStub.answer("GET /service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 200,
                DirectoryAnswers.centre(), Map.of("ETag", "\"7\""));
        DirectoryStub.answer("PUT /api/directory/service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 200,
                DirectoryAnswers.centre());
    }

    private static Response post(Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf", Browser.csrfFor(EDITOR));
        return Browser.as(EDITOR).contentType(ContentType.URLENC).formParams(form).post(PATH);
    }

    private static Map<String, String> filledIn() {
        Map<String, String> form = new HashMap<>();
        form.put("phoneId0", "b8c1d3e5-7f92-4a64-9e1b-3d5f7a9c2e14");
        form.put("phoneNumber0", "020 566 3001");
        form.put("phoneDescription0", "dag en nacht");
        form.put("phoneId1", "");
        form.put("phoneNumber1", "");
        form.put("phoneDescription1", "");
        form.put("hoursId0", "d4e6f8a1-3b5c-4d7e-9f2a-1c3e5b7d9f62");
        form.put("days0", "MO,TU,WE,TH,FR,SA,SU");
        form.put("opens0", "00:00");
        form.put("closes0", "24:00");
        form.put("hoursId1", "");
        form.put("days1", "");
        form.put("opens1", "");
        form.put("closes1", "");
        form.put("exId0", "e5f7a9b2-4c6d-4e8f-a1b3-2d4f6a8c1e73");
        form.put("exFrom0", DirectoryAnswers.CLOSED_FROM.toString());
        form.put("exTo0", DirectoryAnswers.CLOSED_TO.toString());
        form.put("exOpens0", "");
        form.put("exCloses0", "");
        form.put("exDescription0", "Kerst: gesloten");
        form.put("exId1", "");
        form.put("exFrom1", "");
        form.put("exTo1", "");
        form.put("exOpens1", "");
        form.put("exCloses1", "");
        form.put("exDescription1", "");
        form.put("source", "https://centrumseksueelgeweld.nl/amsterdam/contact");
        form.put("verifiedOn", "2026-11-30");
        form.put("verified", "true");
        form.put("note", "");
        form.put("basedOn", "\"7\"");
        return form;
    }

    @Test
    void theFormShowsTheCentreAsStoredWithItsHistory() {
        Browser.as(EDITOR).get(PATH).then().statusCode(200)
                .body(containsString("<title>Centrum corrigeren: CSG Amsterdam-Amstelland – Entree</title>"))
                .body(containsString("<dt>Regio&#39;s</dt><dd>Amsterdam-Amstelland (VR13)</dd>"))
                .body(containsString("<dt>Bron nu</dt><dd><a href=\"https://centrumseksueelgeweld.nl/amsterdam\" "
                        + "rel=\"noopener noreferrer\" class=\"user-text\">"))
                .body(containsString("<dt>Gecontroleerd op</dt><dd>01-10-2026</dd>"))
                // Its own phone, and a spare row to add one.
                .body(containsString("<input type=\"hidden\" name=\"phoneId0\" "
                        + "value=\"b8c1d3e5-7f92-4a64-9e1b-3d5f7a9c2e14\">"))
                .body(containsString("<label for=\"phones-number\">Telefoonnummer 1</label>"))
                .body(containsString("name=\"phoneNumber0\" value=\"020-566 3000\""))
                .body(containsString("name=\"phoneDescription0\" value=\"dag en nacht\""))
                .body(containsString("<label for=\"phones-number-1\">Telefoonnummer 2</label>"))
                .body(containsString("name=\"phoneNumber1\" value=\"\""))
                // Its weekly rule.
                .body(containsString("<option value=\"MO,TU,WE,TH,FR\" selected>maandag t/m vrijdag</option>"))
                .body(containsString("name=\"opens0\" value=\"09:00\""))
                .body(containsString("name=\"closes0\" value=\"17:00\""))
                .body(containsString("<label for=\"schedules-byday-1\">Dagen (regel 2)</label>"))
                .body(not(containsString("name=\"days2\"")))
                // The coming closure is a row, with a spare one for the next; last year's Christmas is not.
                .body(containsString("<input type=\"date\" id=\"exceptions-valid_from\" name=\"exFrom0\" value=\""
                        + DirectoryAnswers.CLOSED_FROM + "\">"))
                .body(containsString("name=\"exTo0\" value=\"" + DirectoryAnswers.CLOSED_TO + "\""))
                .body(containsString("name=\"exOpens0\" value=\"\""))
                .body(containsString("name=\"exDescription0\" value=\"Kerst: gesloten\""))
                .body(containsString("<label for=\"exceptions-valid_from-1\">Eerste dag (afwijking 2)</label>"))
                .body(not(containsString("name=\"exFrom2\"")))
                .body(not(containsString("Kerst 2025")))
                // Nothing checked yet: the editor says where and when.
                .body(containsString("id=\"provenance-source\" name=\"source\" value=\"\""))
                .body(containsString("id=\"provenance-verified_on\" name=\"verifiedOn\" value=\"\""))
                .body(containsString("<input type=\"checkbox\" id=\"provenance-verified\" name=\"verified\" "
                        + "value=\"true\">"))
                // A note beside a call is for editors only (the directory's PublicSources): no names there either.
                .body(containsString("aria-describedby=\"provenance-note-hint\""))
                .body(containsString("<p class=\"hint\" id=\"provenance-note-hint\">Geen namen. Is de bron een "
                        + "gesprek, dan leest alleen de redactie deze toelichting.</p>"))
                .body(containsString("<button type=\"submit\" id=\"save-correction\">Correctie opslaan</button>"))
                .body(containsString("<td><time datetime=\"2026-11-02T14:30:00Z\">02-11-2026 15:30</time></td>\n"
                        + "    <td class=\"user-text\">editor-1</td>\n    <td>Telefoonnummers</td>\n"
                        + "    <td class=\"user-text history-value\">020-000 0000</td>\n"
                        + "    <td class=\"user-text history-value\">020-566 3000</td>"))
                .body(not(containsString("id=\"done\"")));
    }

    @Test
    void inEnglishAfterASavedCorrection() {
        Browser.as(EDITOR).cookie("entree_lang", "en").get(PATH + "?done=corrected").then().statusCode(200)
                .body(containsString("<h1>Correct a centre: CSG Amsterdam-Amstelland</h1>"))
                .body(containsString("<p class=\"done\" role=\"status\" id=\"done\">Correction saved. "
                        + "The old values are in the history below.</p>"))
                .body(containsString("<legend>This centre&#39;s own phone numbers</legend>"))
                .body(containsString("<legend>Weekly opening hours</legend>"))
                .body(containsString("<h2 id=\"history-title\">History</h2>"));
    }

    @Test
    void aCorrectionSendsTheWholeRecordWithTheEditorsPhonesHoursAndProvenance() throws Exception {
        post(filledIn()).then().statusCode(303)
                .header("Location", PATH + "?done=corrected");
        List<String> puts = DirectoryStub.calls("PUT /api/directory/service_at_locations/"
                + DirectoryAnswers.CSG_AMSTERDAM + " ");
        assertEquals(1, puts.size());
        assertEquals("\"7\"", DirectoryStub.callsTo("PUT /api/directory/service_at_locations/"
                + DirectoryAnswers.CSG_AMSTERDAM).get(0).header("If-Match"), "the version the form was drawn from");
        // The coming closure (sent back as its row), last year's, the regions, the old note and a field web does not
        // know (languages) stay; the old quote and "phones unknown" go; the location and the history are not part of
        // the record.
        String expected = """
                {
                    "id": "5f0b6c1e-3d2a-4c8e-9a51-0c6e2f7d1a13",
                    "service_id": "a1d4e2b7-6f38-4b09-8c2d-5e7f1a9b3c42",
                    "location_id": "9d2e4f6a-8b1c-4e3d-a5f7-2c9b1d8e6a40",
                    "description": "De acute hulp van het CSG in de regio",
                    "phones": [
                        {
                            "id": "b8c1d3e5-7f92-4a64-9e1b-3d5f7a9c2e14",
                            "number": "020 566 3001",
                            "type": "voice",
                            "description": "dag en nacht",
                            "provenance": {
                                "source": "https://centrumseksueelgeweld.nl/amsterdam/contact",
                                "verified": true
                            }
                        }
                    ],
                    "schedules": [
                        {
                            "id": "d4e6f8a1-3b5c-4d7e-9f2a-1c3e5b7d9f62",
                            "freq": "WEEKLY",
                            "byday": "MO,TU,WE,TH,FR,SA,SU",
                            "opens_at": "00:00",
                            "closes_at": "23:59"
                        },
                        {
                            "id": "e5f7a9b2-4c6d-4e8f-a1b3-2d4f6a8c1e73",
                            "valid_from": "%s",
                            "valid_to": "%s",
                            "description": "Kerst: gesloten"
                        },
                        {
                            "id": "a3c5e7f9-2b4d-4f6a-8c1e-5b7d9f2a4c60",
                            "valid_from": "2025-12-25",
                            "valid_to": "2025-12-26",
                            "description": "Kerst 2025: gesloten"
                        }
                    ],
                    "service_areas": [
                        {
                            "id": "f6a8b1c3-5d7e-4f9a-b2c4-3e5a7c9e2f84",
                            "name": "Amsterdam-Amstelland",
                            "extent": "VR13",
                            "extent_type": "safety_region",
                            "provenance": {
                                "source": "https://centrumseksueelgeweld.nl/amsterdam",
                                "caution": "%s"
                            }
                        }
                    ],
                    "languages": [
                        {
                            "id": "c2e4a6b8-1d3f-4a5c-9e7b-8d1f3a5c7e90",
                            "name": "Nederlands",
                            "code": "nl"
                        }
                    ],
                    "provenance": {
                        "source": "https://centrumseksueelgeweld.nl/amsterdam/contact",
                        "verified": true,
                        "verified_on": "2026-11-30",
                        "check_before_use": false,
                        "note": "Dekt ook Zaanstreek-Waterland.",
                        "caution": "%s",
                        "unknown": []
                    }
                }""".formatted(DirectoryAnswers.CLOSED_FROM, DirectoryAnswers.CLOSED_TO, DirectoryAnswers.AREA_CAUTION,
                DirectoryAnswers.AREA_CAUTION);
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(expected), json.readTree(puts.get(0).substring(puts.get(0).indexOf('{'))));
    }

    @Test
    void aNumberTheSourceDoubtsKeepsThatDoubtUntilTheNumberItselfIsChanged() throws Exception {
        // Only a closure added: the number is as it was, and so is what the source says about it.
        Map<String, String> form = filledIn();
        form.put("phoneNumber0", "020-566 3000");
        post(form).then().statusCode(303);
        JsonNode phone = sentPhone();
        assertEquals(DirectoryAnswers.PHONE_CAUTION, phone.path("provenance").path("caution").asText());
        assertEquals("voice", phone.path("type").asText());

        DirectoryStub.reset();
        directory();
        post(filledIn()).then().statusCode(303);
        assertTrue(sentPhone().path("provenance").path("caution").isMissingNode(),
                "a new number is not the one the source doubted");
    }

    /**
     * CSG's number for professionals keeps office hours nobody has published, beside the line's 24/7: the directory
     * marks its own hours unknown. A correction of the centre, even one that changes that number, keeps the mark, or
     * the number would be shown open day and night.
     */
    @Test
    void aNumberWhoseOwnHoursAreUnknownKeepsThemUnknownWhenTheCentreIsCorrected() throws Exception {
        var centre = new HashMap<>(DirectoryAnswers.centre());
        centre.put("phones", List.of(DirectoryAnswers.json("id", "b8c1d3e5-7f92-4a64-9e1b-3d5f7a9c2e14",
                "number", "020-566 3000", "type", "voice", "description", "voor professionals",
                "provenance", DirectoryAnswers.json("source", "https://centrumseksueelgeweld.nl/amsterdam",
                        "unknown", List.of("schedules")))));
        DirectoryStub.answer("GET /service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 200, centre,
                Map.of("ETag", "\"7\""));

        post(filledIn()).then().statusCode(303);

        JsonNode phone = sentPhone();
        assertEquals("020 566 3001", phone.path("number").asText());
        assertEquals("[\"schedules\"]", phone.path("provenance").path("unknown").toString(),
                "its own hours stay unknown: " + phone);
    }

    private static JsonNode sentPhone() throws Exception {
        return sentRecord().path("phones").path(0);
    }

    /** The record the last correction sent to the directory. */
    private static JsonNode sentRecord() throws Exception {
        List<String> puts = DirectoryStub.calls("PUT /api/directory/service_at_locations/"
                + DirectoryAnswers.CSG_AMSTERDAM + " ");
        String body = puts.get(puts.size() - 1);
        return new ObjectMapper().readTree(body.substring(body.indexOf('{')));
    }

    @Test
    void aRefusalOfTheSecondNumberIsShownAtTheSecondNumberNotTheFirst() {
        DirectoryStub.answer("PUT /api/directory/service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 400,
                DirectoryAnswers.json("type", "about:blank", "title", "Bad Request", "status", 400, "detail",
                        "The service_at_location is not valid.", "violations", List.of(DirectoryAnswers.json(
                                "field", "body.phones[1].number", "message",
                                "must be a phone number of digits, spaces and dashes"))));
        Map<String, String> form = filledIn();
        form.put("phoneNumber1", "bel ons");
        form.put("phoneId2", "");
        form.put("phoneNumber2", "");
        form.put("phoneDescription2", "");
        String page = post(form).then().statusCode(400).extract().asString();
        // The error summary links to #phones-number: that is now the second row, the one at fault.
        assertTrue(page.contains("id=\"phones-number\" name=\"phoneNumber1\" value=\"bel ons\""), page);
        assertTrue(page.contains("id=\"phones-number-0\" name=\"phoneNumber0\" value=\"020 566 3001\" maxlength=\"40\" "
                + "aria-describedby=\"phones-hint\">"), "the first, correct number is not marked");
        assertTrue(page.contains("href=\"#phones-number\""));
    }

    @Test
    void aRefusalIsShownAtItsFieldAndTheFormKeepsWhatWasTyped() {
        DirectoryStub.answer("PUT /api/directory/service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 400,
                DirectoryAnswers.json("type", "about:blank", "title", "Bad Request", "status", 400, "detail",
                        "The service_at_location is not valid.", "violations", List.of(DirectoryAnswers.json(
                                "field", "body.phones[0].number", "message",
                                "must be a phone number of digits, spaces and dashes"))));
        Map<String, String> form = filledIn();
        form.put("phoneNumber0", "bel ons");
        post(form).then().statusCode(400)
                .body(containsString("<title>Fout: Centrum corrigeren: CSG Amsterdam-Amstelland – Entree</title>"))
                .body(containsString("id=\"error-summary\""))
                .body(containsString("name=\"phoneNumber0\" value=\"bel ons\" maxlength=\"40\" "
                        + "aria-describedby=\"phones-hint phones-number-error\" aria-invalid=\"true\""))
                .body(containsString("<p class=\"error\" id=\"phones-number-error\"><span class=\"sr\">Fout: </span>"
                        + "Vul telefoonnummers in met cijfers, spaties en streepjes, zoals 0800-0188</p>"))
                .body(containsString("name=\"source\" value=\"https://centrumseksueelgeweld.nl/amsterdam/contact\""))
                .body(containsString("<option value=\"MO,TU,WE,TH,FR,SA,SU\" selected>elke dag</option>"));
    }

    @Test
    void anEditorAddsAHolidayWithOtherHoursAndRemovesTheClosure() throws Exception {
        Map<String, String> form = filledIn();
        // The closure is called off (its row emptied); New Year's Eve gets short hours.
        form.put("exFrom0", "");
        form.put("exTo0", "");
        form.put("exDescription0", "");
        form.put("exFrom1", "2026-12-31");
        form.put("exOpens1", "09:00");
        form.put("exCloses1", "13:00");
        form.put("exDescription1", "Oudejaarsdag");
        post(form).then().statusCode(303);
        JsonNode schedules = sentRecord().get("schedules");
        assertEquals(3, schedules.size(), schedules.toString());
        assertEquals("MO,TU,WE,TH,FR,SA,SU", schedules.get(0).get("byday").asText());
        JsonNode newYear = schedules.get(1);
        assertEquals("2026-12-31", newYear.get("valid_from").asText());
        assertTrue(newYear.get("valid_to") == null, "one day");
        assertEquals("09:00", newYear.get("opens_at").asText());
        assertEquals("13:00", newYear.get("closes_at").asText());
        assertEquals("Oudejaarsdag", newYear.get("description").asText());
        assertTrue(newYear.get("byday") == null && newYear.get("freq") == null, newYear.toString());
        assertEquals("Kerst 2025: gesloten", schedules.get(2).get("description").asText(), "the past stays");
    }

    @Test
    void aWeeklyRuleKeepsItsDatesAndOneThatEndedStaysWithoutARow() throws Exception {
        String ended = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
        var centre = new HashMap<>(DirectoryAnswers.centre());
        centre.put("schedules", List.of(
                Map.of("id", "d4e6f8a1-3b5c-4d7e-9f2a-1c3e5b7d9f62", "freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR",
                        "opens_at", "09:00", "closes_at", "17:00", "valid_from", "2026-01-01",
                        "description", "Sinds januari"),
                Map.of("id", ended, "freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR", "opens_at", "10:00",
                        "closes_at", "16:00", "valid_to", "2025-12-31")));
        DirectoryStub.answer("GET /service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 200, centre,
                Map.of("ETag", "\"7\""));
        String page = Browser.as(EDITOR).get(PATH).then().statusCode(200).extract().asString();
        assertFalse(page.contains(ended), "the hours that ended last year get no row");

        post(filledIn()).then().statusCode(303);
        JsonNode schedules = sentRecord().get("schedules");
        JsonNode kept = schedules.get(0);
        assertEquals("MO,TU,WE,TH,FR,SA,SU", kept.get("byday").asText(), "the hours as the editor set them");
        assertEquals("2026-01-01", kept.get("valid_from").asText(), "from the day they held");
        assertEquals("Sinds januari", kept.get("description").asText());
        boolean endedKept = false;
        for (JsonNode s : schedules) {
            endedKept |= ended.equals(s.get("id").asText()) && "2025-12-31".equals(s.get("valid_to").asText());
        }
        assertTrue(endedKept, schedules.toString());
    }

    @Test
    void anExceptionThatEndsBeforeItStartsOrHasOneTimeIsNamedAtItsRowAndNotSent() {
        Map<String, String> form = filledIn();
        form.put("exFrom1", "2027-01-02");
        form.put("exTo1", "2027-01-01");
        post(form).then().statusCode(400)
                .body(containsString("id=\"error-summary\""))
                .body(containsString("<a href=\"#exceptions-valid_to\">Vul een laatste dag in die niet vóór de "
                        + "eerste ligt</a>"))
                // The second row carries the error; the first keeps its numbered ids.
                .body(containsString("id=\"exceptions-valid_from-0\" name=\"exFrom0\""))
                .body(containsString("<input type=\"date\" id=\"exceptions-valid_to\" name=\"exTo1\" "
                        + "value=\"2027-01-01\" aria-invalid=\"true\" "
                        + "aria-describedby=\"exceptions-valid_to-error\">"));
        form.put("exTo1", "");
        form.put("exOpens1", "10:00");
        post(form).then().statusCode(400)
                .body(containsString("id=\"exceptions-opens_at-error\""))
                .body(containsString("name=\"exOpens1\" value=\"10:00\""));
        form.put("exOpens1", "10 uur");
        form.put("exCloses1", "14:00");
        post(form).then().statusCode(400)
                .body(containsString("id=\"exceptions-opens_at-error\""))
                .body(containsString("name=\"exOpens1\" value=\"10 uur\""));
        form.put("exOpens1", "10:00");
        form.put("exCloses1", "24:30");
        post(form).then().statusCode(400)
                .body(containsString("<a href=\"#exceptions-closes_at\">Vul een sluitingstijd in als UU:MM, of 24:00 "
                        + "voor het einde van de dag</a>"))
                .body(containsString("id=\"exceptions-closes_at\" name=\"exCloses1\" value=\"24:30\""))
                .body(containsString("id=\"exceptions-closes_at-error\""));
        assertEquals(List.of(), DirectoryStub.calls("PUT "));
    }

    /** New Year's Eve until midnight: a time field could not say 24:00, this form can. */
    @Test
    void aDayWithOtherHoursMayBeOpenUntilMidnight() throws Exception {
        Map<String, String> form = filledIn();
        form.put("exFrom1", "2026-12-31");
        form.put("exOpens1", "18:00");
        form.put("exCloses1", "24:00");
        form.put("exDescription1", "Oudejaarsavond");
        post(form).then().statusCode(303);
        JsonNode schedules = sentRecord().get("schedules");
        JsonNode newYearsEve = null;
        for (JsonNode schedule : schedules) {
            if ("Oudejaarsavond".equals(schedule.path("description").asText())) {
                newYearsEve = schedule;
            }
        }
        assertTrue(newYearsEve != null, schedules.toString());
        assertEquals("18:00", newYearsEve.get("opens_at").asText());
        assertEquals("23:59", newYearsEve.get("closes_at").asText(), "HSDS's end of the day");
    }

    /**
     * The directory writes the end of the day as HSDS does, 23:59. The form shows it as 24:00, as the editor entered
     * it, and sends it back as 23:59 with the rule's own source, since the editor changed nothing.
     */
    @Test
    void theEndOfTheDayIsShownAsMidnightAndSentBackAsHsdsWritesIt() throws Exception {
        var centre = new HashMap<>(DirectoryAnswers.centre());
        centre.put("schedules", List.of(
                Map.of("id", "d4e6f8a1-3b5c-4d7e-9f2a-1c3e5b7d9f62", "freq", "WEEKLY", "byday",
                        "MO,TU,WE,TH,FR,SA,SU", "opens_at", "00:00", "closes_at", "23:59", "provenance",
                        Map.of("source", "https://centrumseksueelgeweld.nl/amsterdam/uren", "verified", true)),
                Map.of("id", "e5f7a9b2-4c6d-4e8f-a1b3-2d4f6a8c1e73", "valid_from",
                        DirectoryAnswers.CLOSED_FROM.toString(), "opens_at", "18:00", "closes_at", "23:59",
                        "description", "Tot middernacht")));
        DirectoryStub.answer("GET /service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 200, centre,
                Map.of("ETag", "\"7\""));
        String page = Browser.as(EDITOR).get(PATH).then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"closes0\" value=\"24:00\""), "the week until midnight");
        assertTrue(page.contains("name=\"exCloses0\" value=\"24:00\""), "the day until midnight");
        assertFalse(page.contains("23:59"), "no minute that seems left out");

        Map<String, String> form = filledIn();
        form.put("exOpens0", "18:00");
        form.put("exCloses0", "24:00");
        form.put("exDescription0", "Tot middernacht");
        post(form).then().statusCode(303);
        JsonNode schedules = sentRecord().get("schedules");
        JsonNode week = schedules.get(0);
        assertEquals("23:59", week.get("closes_at").asText(), schedules.toString());
        assertEquals("https://centrumseksueelgeweld.nl/amsterdam/uren", week.path("provenance").path("source")
                .asText(), "unchanged hours keep their own source");
        assertEquals("23:59", schedules.get(1).get("closes_at").asText(), schedules.toString());
    }

    @Test
    void theFormCarriesTheVersionItWasDrawnFrom() {
        Browser.as(EDITOR).get(PATH).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"basedOn\" value=\"&quot;7&quot;\">"));
    }

    @Test
    void aCorrectionAfterAColleaguesIsNotSentAgainButShownWithTheCentreAsItIsNow() {
        DirectoryStub.answer("PUT /api/directory/service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 412,
                DirectoryAnswers.json("type", "about:blank", "title", "Precondition Failed", "status", 412, "detail",
                        "This centre was corrected by someone else after you read it. Read it again and repeat "
                                + "your correction."));
        DirectoryStub.answer("GET /service_at_locations/" + DirectoryAnswers.CSG_AMSTERDAM, 200,
                DirectoryAnswers.centre(), Map.of("ETag", "\"8\""));
        Map<String, String> form = filledIn();
        form.put("phoneNumber0", "020 000 0000");
        post(form).then().statusCode(409)
                .body(containsString("<title>Fout: Centrum corrigeren: CSG Amsterdam-Amstelland – Entree</title>"))
                .body(containsString("Er ging iets mis: Iemand anders heeft dit centrum gecorrigeerd nadat u het "
                        + "opende."))
                .body(containsString("<input type=\"hidden\" name=\"basedOn\" value=\"&quot;8&quot;\">"))
                .body(not(containsString("value=\"020 000 0000\"")));
        assertEquals(1, DirectoryStub.calls("PUT ").size(), "sent once, and not again over the colleague's");
    }

    @Test
    void aDateThatIsNotADateIsNamedAtItsFieldAndNotSent() {
        Map<String, String> form = filledIn();
        form.put("verifiedOn", "30-11-2026");
        post(form).then().statusCode(400)
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"provenance-verified_on-error\""))
                .body(containsString("id=\"provenance-verified_on-error\""));
        assertEquals(List.of(), DirectoryStub.calls("PUT "));
    }
}
