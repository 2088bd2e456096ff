package nl.entree.help;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.support.log.LogLines;
import nl.entree.support.stub.ScriptedServer.Call;
import nl.entree.support.stub.StubHttp;

/** The help finder as a visitor uses it, with triage and directory as stand-ins that record what help asked. */
@QuarkusTest
@QuarkusTestResource(value = FrontDoorServicesStub.class, restrictToAnnotatedClass = true)
class HelpFinderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What triage decides for an acute rape: its own record, as triage writes it. */
    private static final TriageDecision CSG_ACUTE = new TriageDecision(Organisation.CSG, Set.of(Organisation.SHN),
            CaseType.CSG_ACUTE, Priority.ACUTE, true, false, Instant.parse("2026-12-03T10:00:00Z"), 1,
            List.of("acute-sexual-violence"), List.of("Sexual violence within 7 days"),
            List.of("Seksueel geweld, minder dan 7 dagen geleden"));

    private static final Map<String, Object> CSG_AMSTERDAM = Map.of("organisation", "CSG", "organisation_name", "Centrum Seksueel Geweld", "name", "CSG hulplijn",
            "location_name", "CSG Amsterdam-Amstelland", "scope", "REGIONAL", "channel", "PHONE",
            "phones", List.of(Map.of("number", "0800-0188", "description", "24/7", "verified", true),
                    Map.of("number", "0800-0188", "description", "Zelfde nummer voor professionals")),
            "url", "https://www.centrumseksueelgeweld.nl",
            "openness", Map.of("state", "OPEN", "hours", "24/7"));

    private static final Map<String, Object> CSG_NATIONAL = Map.of("service_id", "svc-1", "organisation", "CSG",
            "organisation_name", "Centrum Seksueel Geweld", "name", "CSG landelijk", "scope", "NATIONAL",
            "channel", "CHAT", "phones", List.of(), "openness", Map.of("state", "UNKNOWN", "hours", "onbekend"),
            "regions", List.of("VR13"),
            "check_before_use", true);

    @BeforeEach
    void services() {
        FrontDoorServicesStub.reset();
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, CSG_ACUTE);
        FrontDoorServicesStub.answer("GET /api/directory/where", 200,
                Map.of("organisation", "CSG", "region", "VR13", "at", "2026-12-03T10:00:00Z", "regional",
                        sent(CSG_AMSTERDAM, true), "options", List.of(sent(CSG_AMSTERDAM, true),
                                sent(CSG_NATIONAL, false)), "check_before_use", false));
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(sent(CSG_AMSTERDAM, true),
                sent(CSG_NATIONAL, false)));
    }

    /**
     * {@code option} as the directory sends it: its {@code way_in} (here a line with a number, a chat with its
     * address, a walk-in with a known address) and {@code open_now}, that way in within its hours.
     */
    private static Map<String, ?> sent(Map<String, ?> option, boolean wayIn) {
        boolean openNow = wayIn && "OPEN".equals(((Map<?, ?>) option.get("openness")).get("state"));
        return java.util.stream.Stream.concat(option.entrySet().stream(),
                        Map.of("way_in", wayIn, "open_now", openNow).entrySet().stream())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false);
    }

    /** Every question answered: an acute rape, told by the person it happened to, in Amsterdam. */
    private static RequestSpecification acuteRapeInAmsterdam() {
        return rape("WITHIN_7_DAYS", "VR13");
    }

    /** Every question answered for a rape, told by the person it happened to: a field posted twice is ambiguous. */
    private static RequestSpecification rape(String when, String region) {
        return form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", when)
                .formParam("age", "ADULT").formParam("region", region);
    }

    @Test
    void hoursThatAreUnknownAreNotCalledClosed() {
        // Only a chat whose hours the directory does not know: it may well be open, so nobody is sent to 112 for it.
        var unknownHours = new java.util.HashMap<>(CSG_NATIONAL);
        unknownHours.put("url", "https://chat.example.org");
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T10:00:00Z", "options", List.of(sent(unknownHours, true)), "check_before_use", true));
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(200)
                .body(containsString("CSG landelijk"), not(containsString("Er is nu niemand open")));

        Map<String, Object> closed = new java.util.HashMap<>(CSG_AMSTERDAM);
        closed.put("openness", Map.of("state", "CLOSED", "hours", "ma–vr 09:00–17:00"));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T10:00:00Z", "options", List.of(sent(closed, true)), "check_before_use", false));
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(200)
                .body(containsString("Er is nu niemand open"));
    }

    /** One way in as the page shows it: from its title to the end of its item. */
    private static String card(String page, String title) {
        // An English page marks the directory's Dutch title as Dutch.
        int start = Math.max(page.indexOf("<h3>" + title + "</h3>"),
                page.indexOf("<h3 lang=\"nl\">" + title + "</h3>"));
        assertTrue(start >= 0, title + ": " + page);
        return page.substring(start, page.indexOf("\n</li>", start));
    }

    /** The directory's CSG chat: 24/7 as a partner page says, and nobody found its address. */
    private static Map<String, ?> chat(String url) {
        var chat = new java.util.HashMap<>(Map.of("organisation", "CSG", "organisation_name",
                "Centrum Seksueel Geweld", "name", "CSG chat", "scope", "NATIONAL", "channel", "CHAT",
                "phones", List.of(), "openness", ROUND_THE_CLOCK));
        if (url != null) {
            chat.put("url", url);
        }
        return sent(chat, url != null);
    }

    /** Every day 00:00–24:00, as the directory sends a 24/7 week: the rules, and its word that they are 24/7. */
    private static final Map<String, ?> ROUND_THE_CLOCK = Map.of("state", "OPEN", "hours", "24/7", "week",
            List.of(Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                    "SUNDAY"), "opens_at", "00:00", "closes_at", "24:00")), "round_the_clock", true);

    private static final List<Map<String, ?>> OFFICE_WEEK = List.of(Map.of("days", List.of("MONDAY", "TUESDAY",
            "WEDNESDAY", "THURSDAY", "FRIDAY"), "opens_at", "09:00", "closes_at", "17:00"));

    @Test
    void anEnglishPageWordsTheWeekInEnglishAndADutchPageKeepsTheDirectorysWords() {
        // A centre with office hours of its own that lists the 24/7 line, as the directory words it (ReachHoursTest),
        // a walk-in open on two days, and a chat whose week nobody knows.
        var centre = new java.util.HashMap<>(CSG_AMSTERDAM);
        centre.put("phones", List.of(
                Map.of("number", "0800-0188", "description", "24/7", "openness", ROUND_THE_CLOCK),
                Map.of("number", "020-000 00 00", "description", "Eigen nummer", "openness", Map.of("state",
                        "CLOSED", "hours", "ma–vr 09:00–17:00", "week", OFFICE_WEEK, "round_the_clock", false)),
                Map.of("number", "0800-0188", "description", "Zelfde nummer voor professionals", "openness",
                        Map.of("state", "UNKNOWN", "hours", "onbekend", "round_the_clock", false))));
        centre.put("openness", Map.of("state", "OPEN", "hours", "ma–vr 09:00–17:00; 0800-0188: 24/7", "week",
                OFFICE_WEEK, "round_the_clock", false, "open_via", List.of("0800-0188")));
        var walkIn = Map.of("organisation", "CSG", "name", "CSG inloop", "location_name", "CSG Inloop",
                "scope", "REGIONAL", "channel", "WALK_IN", "address", Map.of("known", true, "text", "Straat 1"),
                "openness", Map.of("state", "CLOSED", "hours", "ma, di 10:00–12:00; dagelijks 19:00–21:00",
                        "week", List.of(Map.of("days", List.of("MONDAY", "TUESDAY"), "opens_at", "10:00",
                                "closes_at", "12:00"), Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                                "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "opens_at", "19:00",
                                "closes_at", "21:00")), "round_the_clock", false));
        var unknownWeek = new java.util.HashMap<>(CSG_NATIONAL);
        unknownWeek.put("url", "https://chat.example.org");
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T22:00:00Z", "options", List.of(sent(centre, true), sent(walkIn, true),
                        sent(unknownWeek, true)), "check_before_use", false));

        String english = acuteRapeInAmsterdam().formParam("lang", "en").post("/vragen").then().statusCode(200)
                .extract().asString();
        assertTrue(card(english, "CSG Amsterdam-Amstelland")
                .contains("Opening hours: Mon–Fri 09:00–17:00; 0800-0188: 24/7\n"), english);
        assertTrue(card(english, "CSG Inloop").contains("Opening hours: Mon, Tue 10:00–12:00; daily 19:00–21:00\n"),
                english);
        assertTrue(card(english, "CSG landelijk").contains("Opening hours: unknown\n"), english);
        assertFalse(english.contains("ma–vr") || english.contains("dagelijks") || english.contains("onbekend"),
                english);

        String dutch = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();
        assertTrue(card(dutch, "CSG Amsterdam-Amstelland")
                .contains("Openingstijden: ma–vr 09:00–17:00; 0800-0188: 24/7\n"), dutch);
        assertTrue(card(dutch, "CSG Inloop")
                .contains("Openingstijden: ma, di 10:00–12:00; dagelijks 19:00–21:00\n"), dutch);
        assertTrue(card(dutch, "CSG landelijk").contains("Openingstijden: onbekend\n"), dutch);
    }

    @Test
    void aChatWithoutAnAddressIsNotSaidToBeOpenNowNorTakenForAWayInThatIsOpen() {
        var closedLine = new java.util.HashMap<>(CSG_AMSTERDAM);
        closedLine.put("openness", Map.of("state", "CLOSED", "hours", "ma–vr 09:00–17:00"));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T22:00:00Z", "options", List.of(sent(closedLine, true), chat(null)),
                "check_before_use", false));

        String page = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();
        String chat = card(page, "CSG chat");
        assertTrue(chat.contains("Chatadres: onbekend"), chat);
        assertTrue(chat.contains("Openingstijden: 24/7"), "its hours are still said: " + chat);
        assertFalse(chat.contains("Nu open") || chat.contains("Nu gesloten") || chat.contains("weten we niet"), chat);
        // The one way in that the person can take is closed, and a chat they cannot open does not hide that.
        assertTrue(page.contains("id=\"nobody-open\""), page);
        String english = acuteRapeInAmsterdam().formParam("lang", "en").post("/vragen").then().statusCode(200)
                .extract().asString();
        String englishChat = card(english, "CSG chat");
        assertTrue(englishChat.contains("Chat address: unknown") && englishChat.contains("Opening hours: 24/7"),
                englishChat);
        assertFalse(englishChat.contains("Open now"), englishChat);
        assertTrue(english.contains("Nobody is open right now"), english);

        // With its address the same chat is open now, and someone is.
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T22:00:00Z", "options", List.of(sent(closedLine, true),
                chat("https://chat.example.nl")),
                "check_before_use", false));
        String withAddress = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();
        assertTrue(card(withAddress, "CSG chat").contains("<strong class=\"open\">Nu open</strong>"), withAddress);
        assertFalse(withAddress.contains("id=\"nobody-open\""), withAddress);
    }

    @Test
    void aChatAddressThatIsNotAWebAddressNeverBecomesALink() {
        var closedLine = new java.util.HashMap<>(CSG_AMSTERDAM);
        closedLine.put("openness", Map.of("state", "CLOSED", "hours", "ma–vr 09:00–17:00"));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T22:00:00Z", "options", List.of(sent(closedLine, true),
                        chat("javascript:alert(document.cookie)")),
                "check_before_use", false));

        String page = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();
        assertFalse(page.contains("javascript:"), page);
        assertTrue(card(page, "CSG chat").contains("Chatadres: onbekend"), page);
    }

    @Test
    void aLineWithoutANumberOrAWalkInWithoutAnAddressIsNotSaidToBeOpenNow() {
        // Fier's line: the directory has its hours, but nobody found its number.
        var noNumber = Map.of("organisation", "CSG", "name", "CSG regiolijn",
                "location_name", "CSG Zaanstreek", "scope", "REGIONAL", "channel", "PHONE", "phones", List.of(),
                "openness", Map.of("state", "OPEN", "hours", "ma–vr 09:00–17:00"));
        var noAddress = Map.of("organisation", "CSG", "name", "CSG inloop",
                "location_name", "CSG Elders", "scope", "REGIONAL", "channel", "WALK_IN",
                "address", Map.of("known", false, "text", "onbekend"),
                "openness", Map.of("state", "OPEN", "hours", "di 13:00–16:00"));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-08T14:00:00Z", "options", List.of(sent(noNumber, false), sent(noAddress, false)),
                "check_before_use", false));

        String page = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();
        String line = card(page, "CSG Zaanstreek");
        assertTrue(line.contains("Telefoonnummer: onbekend") && line.contains("Openingstijden: ma–vr 09:00–17:00"),
                line);
        assertFalse(line.contains("Nu open"), line);
        String walkIn = card(page, "CSG Elders");
        assertTrue(walkIn.contains("Adres: onbekend") && walkIn.contains("Openingstijden: di 13:00–16:00"), walkIn);
        assertFalse(walkIn.contains("Nu open"), walkIn);
        assertTrue(page.contains("id=\"nobody-open\""), "neither can be taken now, so 112 is named: " + page);
    }

    @Test
    void whetherAWayInCanBeTakenIsTheDirectorysWordAndAnEmailAddressIsShown() {
        // An e-mail line an editor added: its address is its way in, as the directory says; the page shows it.
        var email = Map.of("organisation", "CSG", "name", "CSG mail", "scope", "NATIONAL", "channel", "EMAIL",
                "email", "hulp@example.nl", "openness", Map.of("state", "OPEN", "hours", "24/7"));
        // A number the directory does not count as this option's way in: the page does not overrule it.
        var notTaken = new java.util.HashMap<>(CSG_AMSTERDAM);
        notTaken.put("location_name", "CSG Elders");
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T10:00:00Z", "options", List.of(sent(email, true), sent(notTaken, false)),
                "check_before_use", false));

        String page = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();
        String mail = card(page, "CSG mail");
        assertTrue(mail.contains("E-mail: <a href=\"mailto:hulp@example.nl\">hulp@example.nl</a>"), mail);
        assertTrue(mail.contains("<strong class=\"open\">Nu open</strong>"), mail);
        String elders = card(page, "CSG Elders");
        assertFalse(elders.contains("Nu open"), elders);
        assertTrue(elders.contains("Openingstijden: 24/7"), elders);
    }

    @Test
    void whenTriageIsDownANationalChatWithoutAnAddressIsNotSaidToBeOpenNow() {
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 503, Map.of("status", 503));
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(chat(null)));

        String page = acuteRapeInAmsterdam().post("/vragen").then().statusCode(503).extract().asString();
        String chat = card(page, "CSG chat");
        assertTrue(chat.contains("Chatadres: onbekend") && chat.contains("Openingstijden: 24/7"), chat);
        assertFalse(chat.contains("Nu open"), chat);
    }

    @Test
    void aHolidayInTheComingFortnightIsSaidBeforeThePersonGoes() {
        Map<String, Object> withHolidays = new java.util.HashMap<>(CSG_AMSTERDAM);
        withHolidays.put("openness", Map.of("state", "OPEN", "hours", "ma–vr 09:00–17:00", "other_hours", List.of(
                Map.of("from", "2026-12-24", "to", "2026-12-24", "opens_at", "09:00", "closes_at", "13:00"),
                Map.of("from", "2026-12-25", "to", "2026-12-26", "description", "Kerst"))));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-14T10:00:00Z", "options", List.of(sent(withHolidays, true)), "check_before_use",
                false));
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(200)
                .body(containsString("<span class=\"other-hours\">Let op: donderdag 24 december open van 09:00 tot "
                        + "13:00</span>"))
                .body(containsString("<span class=\"other-hours\">Let op: vrijdag 25 december tot en met zaterdag "
                        + "26 december gesloten</span>"));
        acuteRapeInAmsterdam().formParam("lang", "en").post("/vragen").then().statusCode(200)
                .body(containsString("Note: closed from Friday 25 December to Saturday 26 December"));
    }

    @Test
    void aDoubtfulNumberAnUnsureRegionAndAWalkInAddressAreShownAsTheDirectoryKnowsThem() {
        Map<String, Object> doubtful = new java.util.HashMap<>(CSG_AMSTERDAM);
        doubtful.put("location_name", "CSG Friesland");
        doubtful.put("phones", List.of(Map.of("number", "088-208 00 88", "description", "Regionaal nummer",
                "caution", "seen in a ~2016 article; current validity unknown", "openness",
                Map.of("state", "UNKNOWN"))));
        doubtful.put("uncertain_regions", List.of("VR13"));
        Map<String, Object> walkIn = Map.of("organisation", "CSG", "name", "CSG spreekuur",
                "location_name", "CSG Amsterdam-Amstelland", "scope", "REGIONAL", "channel", "WALK_IN",
                "address", Map.of("known", true, "text", "Elisabeth Wolffstraat, Amsterdam"),
                "openness", Map.of("state", "UNKNOWN"));
        Map<String, Object> walkInUnknown = Map.of("organisation", "CSG", "name", "CSG inloop",
                "location_name", "CSG Elders", "scope", "REGIONAL", "channel", "WALK_IN",
                "address", Map.of("known", false, "text", "onbekend"), "openness", Map.of("state", "UNKNOWN"));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T10:00:00Z", "options", List.of(sent(doubtful, true), sent(walkIn, true),
                        sent(walkInUnknown, false)),
                "check_before_use", false));

        String page = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();

        assertTrue(page.contains("in een andere of oudere bron. Het werkt misschien niet meer. Bel bij twijfel het "
                + "landelijke nummer."), page);
        assertTrue(page.contains("Tijden van dit nummer: onbekend"), "not the line's 24/7: " + page);
        assertTrue(page.contains("Of dit centrum jouw regio helpt, is niet zeker"), page);
        // The label above it says the same, not "In jouw regio"; the centres the directory is sure of keep theirs.
        assertTrue(page.contains("<h3>CSG Friesland</h3>\n  <p class=\"scope\">Mogelijk in jouw regio · Bellen</p>"),
                page);
        assertTrue(page.contains("<p class=\"scope\">In jouw regio · Langsgaan</p>"), "one word: " + page);
        assertFalse(page.contains("angs gaan"), page);
        assertTrue(page.contains("Adres: Elisabeth Wolffstraat, Amsterdam"), page);
        assertTrue(page.contains("Adres: onbekend"), "an unknown address is said, not left out: " + page);
    }

    /** CVSN's only number is its national line, seen on a sport federation's page: no other number to call. */
    @Test
    void aDoubtedNationalLineIsNotSentToTheNationalLineItIs() {
        var cvsn = Map.of("organisation", "CVSN", "name", "Meldpunt CVSN", "scope", "NATIONAL", "channel", "PHONE",
                "phones", List.of(Map.of("number", "0900-202 55 90", "caution",
                        "seen on a sport-federation (KBN) page, not on CVSN's own stored pages",
                        "openness", Map.of("state", "UNKNOWN"))),
                "openness", Map.of("state", "UNKNOWN"));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T10:00:00Z", "options", List.of(sent(cvsn, true)), "check_before_use", false));

        String page = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();

        assertTrue(page.contains("in een andere of oudere bron. Het werkt misschien niet meer.</span>"), page);
        assertFalse(page.contains("Bel bij twijfel het landelijke nummer"), page);
    }

    @Test
    void theStartPageSaysHowToLeaveAndThatNothingIsKept() {
        given().get("/").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Set-Cookie", nullValue())
                .body(containsString("Snel weg"), containsString("rel=\"noreferrer\""),
                        containsString("href=\"https://www.buienradar.nl\""), containsString("tel:112"),
                        containsString("We bewaren ze niet, behalve als je zelf een vraag stelt"),
                        not(containsString("We bewaren niets")), containsString("Er zijn 7 korte vragen"),
                        // Danger and "Wie ben jij?" have no such answer.
                        containsString("Bij de meeste vragen kun je ook kiezen voor"),
                        not(containsString("Bij elke vraag")));
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("Most of them also let you choose"), not(containsString("Each one also")));
    }

    @Test
    void theQuestionsComeOneAtATimeAndDangerIsFirst() {
        form().formParam("lang", "nl").post("/vragen").then().statusCode(200)
                .body(containsString("Is iemand nu in gevaar?"), containsString("Vraag 1 van 7"),
                        not(containsString("Wie ben jij?")));
        form().formParam("asked", "DANGER").formParam("danger", "NO").post("/vragen").then().statusCode(200)
                .body(containsString("Wie ben jij?"), containsString("Vraag 2 van 7"),
                        containsString("name=\"danger\" value=\"NO\""));
        form().formParam("asked", "WHO").formParam("danger", "NO").formParam("who", "BYSTANDER").post("/vragen")
                .then().statusCode(200).body(containsString("Wat is er gebeurd?"), containsString("type=\"checkbox\""));
        form().formParam("asked", "WHAT").formParam("danger", "NO").formParam("who", "BYSTANDER")
                .formParam("what", "RAPE").formParam("what", "SEXTORTION").post("/vragen").then().statusCode(200)
                .body(containsString("Waar gebeurde het?"), containsString("Vraag 4 van 7"),
                        containsString("name=\"what\" value=\"RAPE\""),
                        containsString("name=\"what\" value=\"SEXTORTION\""));
        form().formParam("asked", "SETTING").formParam("danger", "NO").formParam("who", "BYSTANDER")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").post("/vragen").then().statusCode(200)
                .body(containsString("Hoe lang geleden is het gebeurd?"), containsString("de eerste 7 dagen"),
                        containsString("name=\"setting\" value=\"UNKNOWN\""));
        assertTrue(FrontDoorServicesStub.calls().isEmpty(), "nothing is asked of a service before the last answer");
    }

    @Test
    void immediateDangerGoesStraightTo112() {
        form().formParam("asked", "DANGER").formParam("danger", "YES").post("/vragen").then().statusCode(200)
                .body(containsString("Bel nu 112"), containsString("href=\"tel:112\""),
                        containsString("Verder met de vragen"));
        form().formParam("asked", "DANGER").formParam("danger", "YES").formParam("proceed", "yes").post("/vragen")
                .then().statusCode(200).body(containsString("Wie ben jij?"));
    }

    @Test
    void anAcuteRapeInAmsterdamLeadsToTheCentreSeksueelGeweldWithItsNumberAndWhetherItIsOpen() throws Exception {
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(200)
                .body(containsString("Centrum Seksueel Geweld"), containsString("een week geleden of korter"),
                        containsString("CSG Amsterdam-Amstelland"), containsString("href=\"tel:08000188\""),
                        containsString("0800-0188"), containsString("Nu open"), containsString("24/7"),
                        containsString("Chatadres: onbekend"), containsString("Slachtofferhulp Nederland"),
                        not(containsString("Zelfde nummer voor professionals")));

        Call evaluation = FrontDoorServicesStub.calls("POST /api/triage/evaluate").get(0);
        JsonNode assessment = JSON.readTree(evaluation.body());
        assertEquals("SELF_CHECK", assessment.get("channel").asText());
        assertTrue(assessment.get("anonymous").asBoolean());
        assertTrue(assessment.get("summary").isNull(), "no free text leaves the page");
        assertEquals("VR13", assessment.get("region").asText());
        assertEquals("WITHIN_7_DAYS", assessment.get("timeSinceIncident").asText());
        assertTrue(StubHttp.hasRole(evaluation.authorization(), "public"), "the front door's own token");
        assertEquals("urn:entree:front-door", StubHttp.claims(evaluation.authorization()).get("iss").asText());
        assertEquals(List.of("public"), JSON.convertValue(StubHttp.claims(evaluation.authorization()).get("groups"),
                List.class));
        assertEquals("organisation=CSG&region=VR13",
                FrontDoorServicesStub.calls("GET /api/directory/where").get(0).query());
    }

    @Test
    void withoutSayingWhenItHappenedThePersonIsToldThatAWeekOrLessStillAllowsMedicalCareAndTraces() {
        // What triage's rules decide for sexual violence without a date: the CSG, not acute.
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, new TriageDecision(Organisation.CSG, Set.of(),
                CaseType.CSG_NON_ACUTE, Priority.NORMAL, false, false, Instant.parse("2026-12-10T10:00:00Z"), 1,
                List.of("non-acute-sexual-violence"), List.of("Sexual violence, not acute"),
                List.of("Seksueel geweld, niet acuut")));
        rape("UNKNOWN", "VR13").post("/vragen").then().statusCode(200)
                .body(containsString("ook als het langer geleden is"),
                        containsString("Was het een week geleden of korter? Bel dan snel: dan zijn medische hulp en "
                                + "sporenonderzoek nog mogelijk."),
                        containsString("href=\"tel:08000188\""));
        rape("UNKNOWN", "VR13").formParam("lang", "en").post("/vragen").then()
                .statusCode(200).body(containsString("Was it a week ago or less? Then call soon: medical care and a "
                        + "forensic examination are still possible then."));
        rape("MORE_THAN_7_DAYS", "VR13").post("/vragen").then().statusCode(200)
                .body(containsString("ook als het langer geleden is"), not(containsString("Was het een week")));
        // Should a rule set send harassment to the CSG too: there are no traces to keep, so no haste to tell of.
        form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "SEXUAL_HARASSMENT").formParam("setting", "UNKNOWN").formParam("when", "UNKNOWN")
                .formParam("age", "ADULT").formParam("region", "VR13").post("/vragen").then().statusCode(200)
                .body(containsString("ook als het langer geleden is"), not(containsString("Was het een week")));
    }

    @Test
    void theSameWeekdayAWeekAgoIsChosenAsAcuteAsTriageCountsIt() throws Exception {
        // Only the date is known, so common's Acuteness counts 7 days ago as acute: the choices must say so too.
        String when = form().formParam("asked", "SETTING").formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").post("/vragen").then().statusCode(200)
                .extract().asString();
        assertTrue(when.contains("id=\"when-first\" name=\"when\" value=\"WITHIN_7_DAYS\""), when);
        assertTrue(when.contains("<label for=\"when-first\">Een week geleden of korter</label>"), when);
        assertTrue(when.contains("<label for=\"when-MORE_THAN_7_DAYS\">Langer dan een week geleden</label>"), when);
        assertFalse(when.contains("7 dagen geleden of langer"), when);
        form().formParam("lang", "en").formParam("asked", "SETTING").formParam("danger", "NO")
                .formParam("who", "VICTIM").formParam("what", "RAPE").formParam("setting", "UNKNOWN").post("/vragen")
                .then().statusCode(200).body(containsString("<label for=\"when-first\">A week ago or less</label>"),
                        containsString("<label for=\"when-MORE_THAN_7_DAYS\">More than a week ago</label>"));

        // The choice goes as it is, with no date made up from it, so triage applies its acute rule to it.
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(200);
        rape("MORE_THAN_7_DAYS", "VR13").post("/vragen").then().statusCode(200);
        List<Call> evaluations = FrontDoorServicesStub.calls("POST /api/triage/evaluate");
        JsonNode acute = JSON.readTree(evaluations.get(0).body());
        assertEquals("WITHIN_7_DAYS", acute.get("timeSinceIncident").asText());
        assertTrue(acute.get("incidentDate").isNull());
        assertEquals("MORE_THAN_7_DAYS", JSON.readTree(evaluations.get(1).body()).get("timeSinceIncident").asText());
    }

    @Test
    void withoutARegionTheNationalLinesAreShown() {
        form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS")
                .formParam("age", "ADULT").formParam("region", "UNKNOWN").post("/vragen").then().statusCode(200)
                .body(containsString("landelijke nummers"), containsString("CSG landelijk"),
                        not(containsString("CSG Amsterdam-Amstelland")));
        assertTrue(FrontDoorServicesStub.calls("GET /api/directory/where").isEmpty());
    }

    @Test
    void aPersonWhoKnowsTheirMunicipalityButNotTheirRegionIsHelpedNearby() throws Exception {
        form().formParam("asked", "AGE").formParam("danger", "NO").formParam("who", "VICTIM").formParam("what", "RAPE")
                .formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS").formParam("age", "ADULT")
                .post("/vragen").then().statusCode(200)
                .body(containsString("<label for=\"place\">Of typ je gemeente</label>"),
                        containsString("<option value=\"Amstelveen\">"), containsString("<option value=\"Den Haag\">"));

        form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "VICTIM").formParam("what", "RAPE")
                .formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS").formParam("age", "ADULT")
                .formParam("region", "").formParam("place", "amstelveen").post("/vragen").then()
                .statusCode(200).body(containsString("CSG Amsterdam-Amstelland"), not(containsString("amstelveen")));
        assertEquals("VR13", JSON.readTree(FrontDoorServicesStub.calls("POST /api/triage/evaluate").get(0).body())
                .get("region").asText());
        assertEquals("organisation=CSG&region=VR13",
                FrontDoorServicesStub.calls("GET /api/directory/where").get(0).query());
    }

    @Test
    void aMunicipalityNotOnTheListOrInAnotherRegionIsAskedAgainWithTheAnswersKept() {
        form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "VICTIM").formParam("what", "RAPE")
                .formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS").formParam("age", "ADULT")
                .formParam("place", "Atlantis")
                .post("/vragen").then().statusCode(400)
                .body(containsString("href=\"#place\">Kies je gemeente uit de lijst"), containsString("value=\"Atlantis\""),
                        containsString("aria-invalid=\"true\""), containsString("name=\"what\" value=\"RAPE\""),
                        not(containsString("id=\"error\"")));
        acuteRapeInAmsterdam().formParam("place", "Almere").post("/vragen").then().statusCode(400)
                .body(containsString("href=\"#place\""), containsString("<option value=\"VR13\" selected>"));
        assertTrue(FrontDoorServicesStub.calls().isEmpty(), "nothing is asked of a service until the region is clear");
    }

    @Test
    void aMunicipalityInAnotherRegionThanTheOneChosenIsNamedWithItsRegion() {
        // Eemnes lies in VR09 Utrecht, not in the Gooi en Vechtstreek around it.
        String page = rape("WITHIN_7_DAYS", "VR14").formParam("place", "eemnes ")
                .post("/vragen").then().statusCode(400).extract().asString();
        assertTrue(page.contains("<a href=\"#place\">Eemnes hoort bij veiligheidsregio Utrecht. Kies die regio, "
                + "of laat de regio leeg.</a>"), page);
        assertTrue(page.contains("id=\"place-error\">Eemnes hoort bij veiligheidsregio Utrecht."), page);
        assertFalse(page.contains("Kies je gemeente uit de lijst"), page);
        assertTrue(page.contains("<option value=\"VR14\" selected>"), page);
        rape("WITHIN_7_DAYS", "VR14").formParam("lang", "en").formParam("place", "Eemnes")
                .post("/vragen").then().statusCode(400)
                .body(containsString("Eemnes is in the Utrecht safety region. Choose that region, or leave the region "
                        + "empty."), not(containsString("Choose your municipality from the list")));

        // A name not on the list is still never repeated in the message.
        rape("WITHIN_7_DAYS", "VR14").formParam("place", "Atlantis").post("/vragen").then()
                .statusCode(400).body(containsString("id=\"place-error\">Kies je gemeente uit de lijst"),
                        not(containsString("Atlantis hoort")));
        assertTrue(FrontDoorServicesStub.calls().isEmpty(), "nothing is asked of a service until the region is clear");
    }

    /** A town typed that is not a municipality (Badhoevedorp) does not hold up going back to change an answer. */
    @Test
    void vorigeVraagOnTheRegionQuestionGoesBackWhateverIsTypedAsTheMunicipality() {
        rape("WITHIN_7_DAYS", "VR13").formParam("again", "AGE").formParam("place", "Badhoevedorp")
                .post("/vragen").then().statusCode(200)
                .body(containsString("name=\"asked\" value=\"AGE\""), containsString("name=\"what\" value=\"RAPE\""),
                        not(containsString("href=\"#place\"")), not(containsString("Badhoevedorp")));
        // A municipality of another region than the one chosen, too.
        rape("WITHIN_7_DAYS", "VR14").formParam("again", "AGE").formParam("place", "Eemnes")
                .post("/vragen").then().statusCode(200)
                .body(containsString("name=\"asked\" value=\"AGE\""), not(containsString("href=\"#place\"")));
        // Going on still asks for a name from the list.
        rape("WITHIN_7_DAYS", "VR13").formParam("place", "Badhoevedorp").post("/vragen").then().statusCode(400)
                .body(containsString("href=\"#place\""));
        assertTrue(FrontDoorServicesStub.calls().isEmpty(), "going back asks nothing of a service");
    }

    /**
     * The sticky header must not cover the field focus goes to (WCAG 2.2 2.4.11). help has no browser to measure
     * it in (e2e's HelpIT has): this checks that the stylesheet and the script say so.
     */
    @Test
    void theStickyHeaderLeavesRoomAboveTheFieldThatTakesFocus() {
        given().get("/help.css").then().statusCode(200)
                .body(containsString("position: sticky"), containsString("html { scroll-padding-top: 9rem; }"));
        given().get("/quick-exit.js").then().statusCode(200)
                .body(containsString("document.documentElement.style.scrollPaddingTop"),
                        containsString("target.focus({ preventScroll: true })"));
    }

    @Test
    void whenTheRulesLeaveItToAProfessionalEveryoneInTheRegionIsShown() {
        TriageDecision review = new TriageDecision(null, Set.of(), null, Priority.NORMAL, true, false,
                Instant.parse("2026-12-04T09:00:00Z"), 1, List.of("review"), List.of("No lead rule matched"),
                List.of("Geen regel past"));
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, review);
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(200)
                .body(containsString("We weten niet zeker welke hulp het beste past"),
                        containsString("CSG Amsterdam-Amstelland"), containsString("CSG landelijk"));
        assertEquals("region=VR13", FrontDoorServicesStub.calls("GET /api/directory/search").get(0).query());
    }

    @Test
    void whenTheRulesLeaveItOpenTheNationalLinesComeBeforeACentreThatMayNotServeTheRegionOrAnyCentreAtAll() {
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, new TriageDecision(null, Set.of(), null,
                Priority.NORMAL, true, false, Instant.parse("2026-12-04T09:00:00Z"), 1, List.of("review"),
                List.of("No lead rule matched"), List.of("Geen regel past")));
        Map<String, Object> unsure = new java.util.HashMap<>(CSG_AMSTERDAM);
        unsure.put("location_name", "CSG Haarlem");
        unsure.put("uncertain_regions", List.of("VR13"));
        // Every one with a way in: which comes first is a matter of area alone.
        var nationalChat = new java.util.HashMap<>(CSG_NATIONAL);
        nationalChat.put("url", "https://example.org/chat");
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(sent(unsure, true),
                sent(nationalChat, true), sent(CSG_AMSTERDAM, true)));

        String inRegion = acuteRapeInAmsterdam().post("/vragen").then().statusCode(200).extract().asString();
        assertTrue(inRegion.indexOf("CSG Amsterdam-Amstelland") < inRegion.indexOf("CSG landelijk")
                && inRegion.indexOf("CSG landelijk") < inRegion.indexOf("CSG Haarlem"), inRegion);

        String nowhere = form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS")
                .formParam("age", "ADULT").formParam("region", "UNKNOWN").post("/vragen").then().statusCode(200)
                .extract().asString();
        // Without a region no centre is known to be near: the national lines, and no centre from elsewhere.
        assertTrue(nowhere.contains("CSG landelijk") && !nowhere.contains("CSG Amsterdam-Amstelland"), nowhere);
    }

    @Test
    void whenTheRulesLeaveItOpenAWayThatCannotBeTakenComesAfterEveryOneThatCanWhateverItsArea() {
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, new TriageDecision(null, Set.of(), null,
                Priority.NORMAL, true, false, Instant.parse("2026-12-04T09:00:00Z"), 1, List.of("review"),
                List.of("No lead rule matched"), List.of("Geen regel past")));
        // Haaglanden's centre is not sure to serve the region, but it has a number; the national chat has no address.
        var unsureCentre = new java.util.HashMap<>(CSG_AMSTERDAM);
        unsureCentre.put("location_name", "CSG Haaglanden");
        unsureCentre.put("uncertain_regions", List.of("VR15"));
        // As the directory sends them: every option with a way in before every one without.
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(sent(unsureCentre, true),
                sent(CSG_NATIONAL, false)));
        assertEquals(List.of("CSG Haaglanden", "CSG landelijk"), cardTitles(rape("WITHIN_7_DAYS", "VR15")));

        // Nor does a centre sure of the region go above a national line that answers when it cannot be reached.
        var sureChat = new java.util.HashMap<>(CSG_AMSTERDAM);
        sureChat.putAll(Map.of("location_name", "CSG Haaglanden", "channel", "CHAT", "phones", List.of()));
        sureChat.remove("url");
        var nationalLine = new java.util.HashMap<>(CSG_NATIONAL);
        nationalLine.putAll(Map.of("channel", "PHONE", "phones", List.of(Map.of("number", "0800-0188"))));
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(sent(nationalLine, true),
                sent(sureChat, false)));
        assertEquals(List.of("CSG landelijk", "CSG Haaglanden"), cardTitles(rape("WITHIN_7_DAYS", "VR15")));
    }

    /** The titles of the advice's cards, top to bottom, as the person reads them. */
    private static List<String> cardTitles(RequestSpecification answers) {
        String page = answers.post("/vragen").then().statusCode(200).extract().asString();
        Matcher title = Pattern.compile("<li class=\"option\">\\s*<h3>([^<]*)</h3>").matcher(page);
        List<String> titles = new java.util.ArrayList<>();
        while (title.find()) {
            titles.add(title.group(1));
        }
        return titles;
    }

    @Test
    void aQuestionLeftUnansweredIsAskedAgainWithTheReason() {
        form().formParam("asked", "WHO").formParam("danger", "NO").post("/vragen").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Er is een probleem"), containsString("Kies een antwoord om verder te gaan."),
                        containsString("Wie ben jij?"));
    }

    @Test
    void aValueThatIsNotAChoiceIsRefusedNamingTheField() {
        form().formParam("asked", "WHO").formParam("danger", "NO").formParam("who", "<script>").post("/vragen")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("who"));
        form().formParam("asked", "REGION").formParam("region", "VR99").post("/vragen").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("region"));
        assertTrue(FrontDoorServicesStub.calls().isEmpty());
    }

    @Test
    void whenTriageIsDownThePageSaysSoAndStillShows112() {
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 503, Map.of("status", 503));
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(503).header("Retry-After", "30")
                .contentType(containsString("text/html"))
                .body(containsString("Dit lukt nu even niet"), containsString("tel:112"),
                        containsString("name=\"region\" value=\"VR13\""));
    }

    @Test
    void whenTheDirectoryIsDownTheAdviceStillStands() {
        FrontDoorServicesStub.answer("GET /api/directory/where", 503, Map.of("status", 503));
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(200)
                .body(containsString("Centrum Seksueel Geweld"),
                        containsString("konden de gegevens van deze organisatie nu niet ophalen"));
    }

    /** Every address a page can lead to: links, forms' targets, scripts. */
    private static final Pattern ADDRESS = Pattern.compile("(?:href|action|formaction|src)=\"([^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>");
    private static final Pattern ANSWER_PARAMETER =
            Pattern.compile("[?&](?:danger|who|what|setting|when|age|region|place)=");
    private static final List<String> ANSWER_VALUES = List.of("YES", "VICTIM", "RAPE", "WITHIN_7_DAYS", "ADULT", "VR13");

    @Test
    void theAnswersNeverAppearInAnAddress() {
        // A step reloaded, or answers put in the address by hand: the start, without them.
        form().get("/vragen?danger=YES&who=VICTIM&region=VR13").then().statusCode(303)
                .header("Location", equalTo("/"));

        // Each kind of page that carries the answers on: a question, the 112 page, the advice, the question form.
        noAnswerInAnAddress(form().formParam("asked", "WHO").formParam("danger", "YES").formParam("proceed", "yes")
                .formParam("who", "VICTIM").post("/vragen"), "Wat is er gebeurd?");
        noAnswerInAnAddress(form().formParam("asked", "DANGER").formParam("danger", "YES").post("/vragen"),
                "Bel nu 112");
        noAnswerInAnAddress(acuteRapeInAmsterdam().post("/vragen"),
                "name=\"region\" value=\"VR13\"");
        noAnswerInAnAddress(acuteRapeInAmsterdam().post("/vraag"), "Stel je vraag");

        List<Call> calls = FrontDoorServicesStub.calls("POST /api/triage/evaluate");
        assertFalse(calls.isEmpty(), "triage was asked");
        calls.forEach(call -> assertEquals(null, call.query(), "the assessment goes in the body"));
    }

    /** The page is shown, its answers are in it (in hidden fields), every form posts, and no address holds one. */
    private static void noAnswerInAnAddress(Response response, String shows) {
        String page = response.then().statusCode(200).header("Location", nullValue()).extract().asString();
        assertTrue(page.contains(shows), page);
        assertTrue(page.contains("value=\"VICTIM\"") || page.contains("value=\"YES\""), "answers carried: " + page);
        Matcher form = FORM.matcher(page);
        int forms = 0;
        while (form.find()) {
            forms++;
            assertTrue(form.group().contains("method=\"post\""), "a form that posts: " + form.group());
        }
        assertTrue(forms > 0, page);
        Matcher address = ADDRESS.matcher(page);
        while (address.find()) {
            String url = address.group(1);
            assertFalse(ANSWER_PARAMETER.matcher(url).find(), "an answer's field in an address: " + url);
            ANSWER_VALUES.forEach(value -> assertFalse(url.contains(value), "an answer in an address: " + url));
        }
    }

    @Test
    void theAnswersNeverReachALogLine() {
        LogLines log = LogLines.capture();
        try {
            acuteRapeInAmsterdam().post("/vragen").then().statusCode(200);
            FrontDoorServicesStub.answer("GET /api/directory/where", 500, Map.of("status", 500));
            acuteRapeInAmsterdam().post("/vragen").then().statusCode(200);
            FrontDoorServicesStub.answer("POST /api/triage/evaluate", 500, Map.of("status", 500));
            acuteRapeInAmsterdam().post("/vragen").then().statusCode(503);
        } finally {
            log.close();
        }
        List<String> lines = log.lines();
        assertFalse(lines.isEmpty(), "the failures were logged");
        for (String line : lines) {
            for (String answer : List.of("VR13", "RAPE", "VICTIM", "WITHIN_7_DAYS", "ADULT")) {
                assertFalse(line.contains(answer), "an answer in a log line: " + line);
            }
        }
    }

    @Test
    void everyPageIsInEnglishOnRequest() {
        given().get("/?lang=en").then().statusCode(200)
                .body(allOf(containsString("lang=\"en\""), containsString("Exit this page"),
                        containsString("Finding help after sexual violence")));
        acuteRapeInAmsterdam().formParam("lang", "en").post("/vragen").then().statusCode(200)
                .body(containsString("lang=\"en\""), containsString("a week ago or less"),
                        containsString("Open now"));
        given().get("/veilig-internetten?lang=en").then().statusCode(200).body(containsString("private window"));
    }

    /** Sends the page's language control as a browser without JavaScript does: its form, or its link. */
    private static ValidatableResponse switchLanguage(String page) {
        Matcher form = Pattern.compile("<form method=\"post\" action=\"(/[a-z]*)\" class=\"inline\">(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        if (!form.find() || !form.group(2).contains("id=\"language\"")) {
            Matcher link = Pattern.compile("<a id=\"language\" href=\"([^\"]*)\"").matcher(page);
            assertTrue(link.find(), "a language control");
            return given().redirects().follow(false).get(link.group(1)).then();
        }
        RequestSpecification request = form();
        Matcher field = Pattern.compile("name=\"(\\w+)\" value=\"([^\"]*)\"").matcher(form.group(2));
        while (field.find()) {
            request.formParam(field.group(1), field.group(2));
        }
        return request.post(form.group(1)).then();
    }

    @Test
    void theLanguageSwitchOnThe112PageStaysOnItWithTheAnswersKept() {
        String page = form().formParam("asked", "DANGER").formParam("danger", "YES").post("/vragen").then()
                .statusCode(200).body(containsString("Bel nu 112")).extract().asString();
        String english = switchLanguage(page).statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Call 112 now"),
                        containsString("href=\"tel:112\""), not(containsString("Is anyone in danger right now?")))
                .extract().asString();
        switchLanguage(english).statusCode(200)
                .body(containsString("Bel nu 112"), containsString("<html lang=\"nl\">"));
    }

    @Test
    void theLanguageSwitchWhenTriageIsDownKeepsTheAnswersAndAsksAgain() {
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 503, Map.of("status", 503));
        String page = acuteRapeInAmsterdam().post("/vragen").then().statusCode(503)
                .body(containsString("Dit lukt nu even niet")).extract().asString();
        String english = switchLanguage(page).statusCode(503)
                .body(containsString("<html lang=\"en\">"), containsString("This is not working right now"),
                        containsString("tel:112"), containsString("name=\"region\" value=\"VR13\""),
                        containsString("name=\"what\" value=\"RAPE\""))
                .extract().asString();

        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, CSG_ACUTE);
        switchLanguage(english).statusCode(200)
                .body(containsString("<html lang=\"nl\">"), containsString("Centrum Seksueel Geweld"),
                        containsString("een week geleden of korter"));
    }

    @Test
    void whatAQuestionLeavesBehindIsSaidAsItIs() {
        // A question is kept as an anonymous contact with the finder's answers, which outlive the question's erasure.
        given().get("/veilig-internetten").then().statusCode(200)
                .body(containsString("Je antwoorden op de vragen bewaren we niet."),
                        containsString("Een deel van je antwoorden gaat mee: of iemand nu in gevaar is, wie je bent, "
                                + "wat er gebeurd is, waar het gebeurde, hoe lang geleden, hoe oud degene is die het "
                                + "overkwam en je regio."),
                        containsString("Alleen een hulpverlener van die organisatie leest je vraag."),
                        containsString("We wissen je vraag en het antwoord 30 dagen na het antwoord. Komt er geen "
                                + "antwoord, dan wissen we je vraag na 60 dagen."),
                        containsString("Je antwoorden op de vragen blijven wel bewaard, zonder je vraag."),
                        not(containsString("bewaren we alleen die vraag")));
        given().get("/veilig-internetten?lang=en").then().statusCode(200)
                .body(containsString("Your answers to the questions are kept, without your question."),
                        containsString("who you are, what happened, where it happened, how long ago,"),
                        not(containsString("we keep only that question")));
    }

    @Test
    void theSafeBrowsingPageExplainsPrivateWindowsHistoryAndSharedDevices() {
        given().get("/veilig-internetten").then().statusCode(200)
                .body(containsString("privévenster"), containsString("geschiedenis"),
                        containsString("gedeeld apparaat"), containsString("Snel weg"),
                        // Without JavaScript the button is a plain link, which Back returns from.
                        containsString("Staat JavaScript uit? Dan kom je met de terugknop wel terug."),
                        containsString("Staat JavaScript aan, dan kan het ook met 2 keer Escape"),
                        not(containsString("en met de terugknop kom je niet terug op deze pagina")));
    }

    @Test
    void whenTriageIsDownTheNationalLinesFromTheDirectoryAreShownBeside112() {
        Map<String, Object> nationalLine = Map.of("organisation", "SHN", "organisation_name",
                "Slachtofferhulp Nederland", "name", "Slachtofferhulp landelijk", "scope", "NATIONAL",
                "channel", "PHONE", "phones", List.of(Map.of("number", "0900-0101")),
                "openness", Map.of("state", "OPEN", "hours", "ma–vr 08:00–20:00", "other_hours", List.of(
                        Map.of("from", "2026-12-25", "to", "2026-12-26", "description", "Kerst"))));
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 503, Map.of("status", 503));
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(sent(CSG_AMSTERDAM, true),
                sent(nationalLine, true)));

        acuteRapeInAmsterdam().post("/vragen").then().statusCode(503).header("Retry-After", "30")
                .body(containsString("Dit lukt nu even niet"), containsString("href=\"tel:112\""),
                        containsString("Slachtofferhulp landelijk"), containsString("href=\"tel:09000101\""),
                        containsString("Nu open"), containsString("Probeer opnieuw"),
                        // Said here as on the advice: a line closed at Christmas is not a way in then.
                        containsString("<span class=\"other-hours\">Let op: vrijdag 25 december tot en met zaterdag "
                                + "26 december gesloten</span>"),
                        not(containsString("CSG Amsterdam-Amstelland")));

        FrontDoorServicesStub.answer("GET /api/directory/search", 503, Map.of("status", 503));
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(503).header("Retry-After", "30")
                .body(containsString("href=\"tel:112\""), containsString("Probeer opnieuw"),
                        not(containsString("0900-0101")), not(containsString("id=\"national-lines\"")));
    }

    /** The directory's own words are Dutch: an English page marks them so, for a screen reader's pronunciation. */
    @Test
    void anEnglishPageMarksTheDirectorysDutchWordsAsDutchWhereverItShowsThem() {
        var line = new java.util.HashMap<>(CSG_AMSTERDAM);
        line.put("phones", List.of(Map.of("number", "0800-0188", "description", "Landelijk gratis nummer")));
        var walkIn = Map.of("organisation", "CSG", "name", "CSG inloop", "location_name", "CSG Inloop",
                "scope", "REGIONAL", "channel", "WALK_IN", "address", Map.of("known", true, "text", "Straat 1"),
                "openness", Map.of("state", "CLOSED", "hours", "ma 10:00–12:00"));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T10:00:00Z", "options", List.of(sent(line, true), sent(walkIn, true)),
                "check_before_use", false));

        acuteRapeInAmsterdam().formParam("lang", "en").post("/vragen").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"),
                        containsString("<span class=\"hint\" lang=\"nl\">Landelijk gratis nummer</span>"),
                        containsString("<h3 lang=\"nl\">CSG Amsterdam-Amstelland</h3>"),
                        containsString("<span lang=\"nl\">Straat 1</span>"));
        // On a Dutch page they are the page's own language.
        acuteRapeInAmsterdam().post("/vragen").then().statusCode(200)
                .body(containsString("<span class=\"hint\">Landelijk gratis nummer</span>"),
                        containsString("<h3>CSG Amsterdam-Amstelland</h3>"), containsString("Adres: Straat 1"));

        // The national lines of the page that cannot give advice, too.
        var national = Map.of("organisation", "SHN", "organisation_name", "Slachtofferhulp Nederland",
                "name", "Slachtofferhulp landelijk", "scope", "NATIONAL", "channel", "PHONE",
                "phones", List.of(Map.of("number", "0900-0101", "description", "Hulplijn; gratis en anoniem")),
                "openness", Map.of("state", "OPEN", "hours", "ma–vr 08:00–20:00"));
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 503, Map.of("status", 503));
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(sent(national, true)));
        acuteRapeInAmsterdam().formParam("lang", "en").post("/vragen").then().statusCode(503)
                .body(containsString("<h3 lang=\"nl\">Slachtofferhulp landelijk</h3>"),
                        containsString("<span class=\"hint\" lang=\"nl\">Hulplijn; gratis en anoniem</span>"));
    }

    @Test
    void withoutAKnownRegionNoCentreIsSaidToBeInThePersonsRegion() {
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, new TriageDecision(null, Set.of(), null,
                Priority.NORMAL, false, false, Instant.parse("2026-12-04T09:00:00Z"), 1, List.of("review"),
                List.of("No lead rule matched"), List.of("Geen regel past")));
        RequestSpecification somethingElseSomewhere = form().formParam("asked", "REGION").formParam("danger", "NO")
                .formParam("who", "VICTIM").formParam("what", "OTHER").formParam("setting", "UNKNOWN")
                .formParam("when", "UNKNOWN").formParam("age", "UNKNOWN").formParam("region", "UNKNOWN");

        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(sent(CSG_AMSTERDAM, true),
                sent(CSG_NATIONAL, false)));
        somethingElseSomewhere.post("/vragen").then().statusCode(200)
                .body(containsString("CSG landelijk"), not(containsString("In jouw regio")));

        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(sent(CSG_AMSTERDAM, true)));
        somethingElseSomewhere.post("/vragen").then().statusCode(200)
                .body(containsString("CSG Amsterdam-Amstelland"), containsString("Regionaal centrum"),
                        not(containsString("In jouw regio")));
    }

    @Test
    void changingTheAnswersGoesThroughEveryQuestionWithTheAnswersKept() {
        // The advice page's "Antwoorden aanpassen": every answer, and the first question asked again.
        form().formParam("again", "DANGER").formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS")
                .formParam("age", "ADULT").formParam("region", "VR13").post("/vragen").then().statusCode(200)
                .body(containsString("Is iemand nu in gevaar?"),
                        containsString("name=\"danger\" value=\"NO\" checked"));
        List<String> order = List.of("DANGER", "WHO", "WHAT", "SETTING", "WHEN", "AGE", "REGION");
        List<String> next = List.of("Wie ben jij?", "Wat is er gebeurd?", "Waar gebeurde het?",
                "Hoe lang geleden is het gebeurd?", "Hoe oud is degene die het overkwam?", "In welke regio woon je?");
        List<String> kept = List.of("name=\"who\" value=\"VICTIM\" checked", "name=\"what\" value=\"RAPE\" checked",
                "name=\"setting\" value=\"UNKNOWN\" checked", "name=\"when\" value=\"WITHIN_7_DAYS\" checked",
                "name=\"age\" value=\"ADULT\" checked", "<option value=\"VR13\" selected>");
        for (int i = 0; i < next.size(); i++) {
            form().formParam("asked", order.get(i)).formParam("danger", "NO").formParam("who", "VICTIM")
                    .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS")
                    .formParam("age", "ADULT").formParam("region", "VR13").post("/vragen").then().statusCode(200)
                    .body(containsString(next.get(i)), containsString(kept.get(i)));
        }
        assertTrue(FrontDoorServicesStub.calls().isEmpty(), "no advice until the last question is passed again");
    }

    /** The advice for an acute rape in Amsterdam, as the finder shows it to {@code who}. */
    private static String adviceFor(String who, String lang) {
        return form().formParam("lang", lang).formParam("asked", "REGION").formParam("danger", "NO")
                .formParam("who", who).formParam("what", "RAPE").formParam("setting", "UNKNOWN")
                .formParam("when", "WITHIN_7_DAYS").formParam("age", "ADULT").formParam("region", "VR13")
                .post("/vragen").then().statusCode(200).extract().htmlPath().getString("**.find { it.@id == 'why' }");
    }

    @Test
    void thePersonItHappenedToIsToldWhatTheCentreCanDoForThem() {
        assertEquals("Het is een week geleden of korter. Het Centrum Seksueel Geweld kan nu nog medische hulp geven en "
                + "sporen bewaren. Je krijgt ook hulp voor hoe je je voelt. Je kiest zelf of je aangifte doet.",
                adviceFor("VICTIM", "nl"));
        assertTrue(adviceFor("VICTIM", "en").contains("You decide yourself whether to report to the police."));
    }

    /** Someone close is told what the centre does for the person it happened to, and that they may ask too. */
    @Test
    void someoneCloseIsToldWhatTheCentreDoesForThePersonItHappenedTo() {
        String why = adviceFor("RELATIVE", "nl");
        assertTrue(why.contains("kan de persoon die het is overkomen nu nog medische hulp geven en sporen bewaren"),
                why);
        assertTrue(why.contains("Diegene kiest zelf of die aangifte doet."), why);
        assertTrue(why.contains("Je kunt ook zelf contact opnemen om te vragen wat jij kunt doen."), why);
        assertFalse(why.contains("Je kiest zelf") || why.contains("hoe je je voelt"), why);
        String english = adviceFor("RELATIVE", "en");
        assertTrue(english.contains("can still give the person it happened to medical care"), english);
        assertTrue(english.contains("That person decides whether to report to the police."), english);
        assertFalse(english.contains("You decide"), english);
    }

    @Test
    void someoneWhoSawItIsToldWhatTheCentreDoesForThePersonItHappenedTo() {
        String why = adviceFor("BYSTANDER", "nl");
        assertTrue(why.contains("de persoon die het is overkomen") && why.contains("Diegene kiest zelf"), why);
        assertFalse(why.contains("Je kiest zelf"), why);
        assertTrue(adviceFor("BYSTANDER", "en").contains("the person it happened to"));
    }

    @Test
    void aProfessionalIsToldWhatTheCentreDoesForThePersonItHappenedTo() {
        String why = adviceFor("PROFESSIONAL", "nl");
        assertTrue(why.contains("de persoon die het is overkomen") && why.contains("Diegene kiest zelf"), why);
        assertFalse(why.contains("Je kiest zelf"), why);
        assertTrue(adviceFor("PROFESSIONAL", "en").contains("the person it happened to"));
    }

    /**
     * The person who did it is not spoken to as the one it happened to: the organisations are for that person, and
     * help for themselves is their GP's. directory-facts.json lists no service for people who did it.
     */
    @Test
    void thePersonWhoDidItIsNotSpokenToAsTheOneItHappenedTo() {
        String page = form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "PERPETRATOR")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS")
                .formParam("age", "ADULT").formParam("region", "VR13").post("/vragen").then().statusCode(200)
                .body(containsString("href=\"tel:08000188\""), not(containsString("Deze hulp past bij jou")))
                .extract().asString();
        String why = adviceFor("PERPETRATOR", "nl");
        assertTrue(why.contains("De organisaties hieronder helpen de persoon die het is overkomen."), why);
        assertTrue(why.contains("Heeft die persoon nu hulp nodig?"), why);
        assertTrue(why.contains("huisarts"), why);
        assertFalse(why.contains("Je kiest zelf") || why.contains("hoe je je voelt") || why.contains("aangifte"), why);
        assertTrue(page.contains("Hulp voor de persoon die het is overkomen"), page);
        String english = adviceFor("PERPETRATOR", "en");
        assertTrue(english.contains("The organisations below help the person it happened to."), english);
        assertTrue(english.contains("GP"), english);
        assertFalse(english.contains("You decide"), english);
    }

    @Test
    void aChildUnder12AbusedAtHomeIsAdvisedVeiligThuis() throws Exception {
        form().formParam("asked", "WHAT").formParam("danger", "NO").formParam("who", "RELATIVE")
                .formParam("what", "SEXUAL_ABUSE").post("/vragen").then().statusCode(200)
                .body(containsString("Waar gebeurde het?"), containsString("Thuis, of in de familie"),
                        containsString("Weet ik niet, of zeg ik liever niet"));
        form().formParam("lang", "en").formParam("asked", "WHAT").formParam("danger", "NO")
                .formParam("who", "RELATIVE").formParam("what", "SEXUAL_ABUSE").post("/vragen").then().statusCode(200)
                .body(containsString("Where did it happen?"), containsString("At home, or within the family"));
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, new TriageDecision(Organisation.VT, Set.of(),
                CaseType.VT_SAFETY_ASSESSMENT, Priority.HIGH, false, false, Instant.parse("2026-12-08T10:00:00Z"), 1,
                List.of("child-or-domestic"), List.of("Sexual abuse of a minor at home"),
                List.of("Seksueel geweld tegen een minderjarige thuis")));
        Map<String, Object> veiligThuis = Map.of("organisation", "VT", "organisation_name", "Veilig Thuis",
                "name", "Veilig Thuis", "location_name", "Veilig Thuis Amsterdam-Amstelland", "scope", "REGIONAL",
                "channel", "PHONE", "phones", List.of(Map.of("number", "0800-2000")),
                "openness", Map.of("state", "OPEN", "hours", "24/7"));
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "VT", "region", "VR13",
                "at", "2026-12-03T10:00:00Z", "options", List.of(sent(veiligThuis, true)), "check_before_use", false));

        form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "RELATIVE")
                .formParam("what", "SEXUAL_ABUSE").formParam("setting", "HOME").formParam("when", "MORE_THAN_7_DAYS")
                .formParam("age", "UNDER_12").formParam("region", "VR13").post("/vragen").then().statusCode(200)
                .body(containsString("<h1 id=\"lead\">Veilig Thuis</h1>"), containsString("href=\"tel:08002000\""));

        JsonNode assessment = JSON.readTree(FrontDoorServicesStub.calls("POST /api/triage/evaluate").get(0).body());
        assertEquals("HOME", assessment.get("setting").asText(), "triage's rules send a child at home to Veilig Thuis");
        assertEquals("UNDER_12", assessment.get("victimAgeGroup").asText());
    }
}
