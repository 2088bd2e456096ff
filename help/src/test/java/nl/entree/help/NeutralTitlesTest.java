package nl.entree.help;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.help.finder.Question;

/**
 * A page's title shows in the tab, the task switcher and the browser's history, after the quick exit too: on a shared
 * device it may not say what happened. Every page help serves, in both languages, its errors among them; the plain
 * words stay in the page itself, which leaves the screen with it.
 */
@QuarkusTest
@QuarkusTestResource(value = FrontDoorServicesStub.class, restrictToAnnotatedClass = true)
class NeutralTitlesTest {

    /** What a title may not say, in either language. */
    private static final List<String> NAMING_IT = List.of("seksueel", "seksuele", "geweld", "verkrachting",
            "misbruik", "aanranding", "sexual", "violence", "rape", "abuse", "assault");
    /** What a title may not hint at either: that something happened to someone, or that someone is in danger. */
    private static final List<String> HINTING_AT_IT = List.of("gebeurd", "overkwam", "overkomen", "gevaar", "112",
            "happened", "danger");
    /** What a browser sends when it follows a link or a form: an error is then help's page, not problem+json. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Random RANDOM = new Random();
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private static final TriageDecision CSG_ACUTE = new TriageDecision(Organisation.CSG, Set.of(Organisation.SHN),
            CaseType.CSG_ACUTE, Priority.ACUTE, true, false, Instant.parse("2026-12-03T10:00:00Z"), 1,
            List.of("acute-sexual-violence"), List.of("Sexual violence within 7 days"),
            List.of("Seksueel geweld, minder dan 7 dagen geleden"));
    private static final TriageDecision UNSURE = new TriageDecision(null, Set.of(), null, Priority.NORMAL, true, false,
            Instant.parse("2026-12-04T09:00:00Z"), 1, List.of("review"), List.of("No lead rule matched"),
            List.of("Geen regel past"));
    private static final Map<String, ?> CSG_LINE = Map.of("organisation", "CSG",
            "organisation_name", "Centrum Seksueel Geweld", "name", "CSG hulplijn",
            "location_name", "CSG Amsterdam-Amstelland", "scope", "REGIONAL", "channel", "PHONE",
            "phones", List.of(Map.of("number", "0800-0188", "description", "24/7", "verified", true)),
            "openness", Map.of("state", "OPEN", "hours", "24/7"), "way_in", true, "open_now", true);
    private static final Map<String, ?> ANSWERED = Map.of("question", "Telt het ook als het mijn vriend was?",
            "askedAt", "2026-12-03T10:00:00Z", "answer", "Ja, dat telt.", "answeredAt", "2026-12-04T09:00:00Z",
            "answeredBy", "CSG", "erasedOn", "2027-01-03");

    @BeforeEach
    void services() {
        FrontDoorServicesStub.reset();
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, CSG_ACUTE);
        FrontDoorServicesStub.answer("GET /api/directory/where", 200, Map.of("organisation", "CSG", "region", "VR13",
                "at", "2026-12-03T10:00:00Z", "regional", CSG_LINE, "options", List.of(CSG_LINE),
                "check_before_use", false));
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(CSG_LINE));
        FrontDoorServicesStub.answer("POST /api/questions", 201,
                Map.of("pickupCode", "tafel wolk fiets appel", "askedAt", "2026-12-03T10:00:00Z"));
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 200, ANSWERED);
    }

    /** A client address of its own (QuestionPagesTest's are below 10.250 or 10.253 and up): its limits are its own. */
    private static String client() {
        return "10.%d.%d.%d".formatted(251 + RANDOM.nextInt(2), RANDOM.nextInt(256), 1 + RANDOM.nextInt(254));
    }

    private static RequestSpecification browser(String client) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .header("Accept", BROWSER).header("X-Forwarded-For", client);
    }

    private static RequestSpecification browser() {
        return browser(client());
    }

    /** Every question of the finder answered: an acute rape, told by the person it happened to. */
    private static RequestSpecification answered(RequestSpecification request, String lang, String who) {
        return request.formParam("lang", lang).formParam("danger", "NO").formParam("who", who)
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS")
                .formParam("age", "ADULT").formParam("region", "VR13");
    }

    private static RequestSpecification answered(String lang) {
        return answered(browser(), lang, "VICTIM");
    }

    private static String page(Response response, int status) {
        return response.then().statusCode(status).extract().asString();
    }

    /** Each page help serves in this language, by what it is, as a browser is shown it. */
    private Map<String, String> everyPage(String lang) {
        services();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("start", page(browser().get("/?lang=" + lang), 200));
        pages.put("safe browsing", page(browser().get("/veilig-internetten?lang=" + lang), 200));

        for (Question question : Question.values()) {
            pages.put("question " + question, page(answered(lang).formParam("again", question.name())
                    .post("/vragen"), 200));
        }
        pages.put("question left unanswered", page(browser().formParam("lang", lang).formParam("asked", "WHO")
                .formParam("danger", "NO").post("/vragen"), 400));
        pages.put("call 112", page(browser().formParam("lang", lang).formParam("asked", "DANGER")
                .formParam("danger", "YES").post("/vragen"), 200));
        pages.put("advice", page(answered(lang).formParam("again", "ADVICE").post("/vragen"), 200));
        pages.put("advice for who did it", page(answered(browser(), lang, "PERPETRATOR").formParam("again", "ADVICE")
                .post("/vragen"), 200));
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 200, UNSURE);
        pages.put("advice unsure", page(answered(lang).formParam("again", "ADVICE").post("/vragen"), 200));
        FrontDoorServicesStub.answer("POST /api/triage/evaluate", 503, Map.of("status", 503));
        pages.put("triage down", page(answered(lang).formParam("again", "ADVICE").post("/vragen"), 503));

        pages.put("ask", page(answered(lang).post("/vraag"), 200));
        pages.put("ask empty", page(answered(lang).formParam("send", "1").formParam("question", " ").post("/vraag"),
                400));
        pages.put("ask too long", page(answered(lang).formParam("send", "1").formParam("question", "x".repeat(2001))
                .post("/vraag"), 400));
        pages.put("ask honeypot", page(answered(lang).formParam("send", "1").formParam("question", "Vraag")
                .formParam("website", "http://spam").post("/vraag"), 400));
        FrontDoorServicesStub.answer("POST /api/questions", 400, Map.of("type", "urn:entree:problem:question-has-link",
                "status", 400, "violations", List.of(Map.of("field", "question", "message", "no links"))));
        pages.put("ask with a link", page(answered(lang).formParam("send", "1").formParam("question", "www.x.nl")
                .post("/vraag"), 400));
        FrontDoorServicesStub.answer("POST /api/questions", 409, Map.of("status", 409));
        pages.put("ask sent before", page(answered(lang).formParam("send", "1").formParam("question", "Vraag")
                .post("/vraag"), 409));
        FrontDoorServicesStub.answer("POST /api/questions", 503, Map.of("status", 503));
        pages.put("ask intake down", page(answered(lang).formParam("send", "1").formParam("question", "Vraag")
                .post("/vraag"), 503));
        FrontDoorServicesStub.answer("POST /api/questions", 201,
                Map.of("pickupCode", "tafel wolk fiets appel", "askedAt", "2026-12-03T10:00:00Z"));
        pages.put("code", page(answered(lang).formParam("send", "1").formParam("question", "Vraag").post("/vraag"),
                200));
        String asking = client();
        for (int i = 0; i < 5; i++) {
            answered(browser(asking), lang, "VICTIM").formParam("send", "1").formParam("question", "Vraag " + i)
                    .post("/vraag").then().statusCode(200);
        }
        pages.put("ask too many", page(answered(browser(asking), lang, "VICTIM").formParam("send", "1")
                .formParam("question", "Vraag").post("/vraag"), 429));
        pages.put("question too long to read", page(answered(lang).formParam("send", "1")
                .formParam("question", "中".repeat(3000)).post("/vraag?lang=" + lang), 413));

        pages.put("pickup", page(browser().get("/antwoord?lang=" + lang), 200));
        pages.put("answer", page(browser().formParam("lang", lang).formParam("code", "tafel wolk fiets appel")
                .post("/antwoord"), 200));
        // Not answered yet: no answer, and the days it is kept after one.
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 200, Map.of("question",
                ANSWERED.get("question"), "askedAt", ANSWERED.get("askedAt"), "erasedOn", "2027-02-05",
                "daysKeptAfterAnswer", 30));
        pages.put("answer waiting", page(browser().formParam("lang", lang).formParam("code", "tafel wolk fiets appel")
                .post("/antwoord"), 200));
        pages.put("pickup empty", page(browser().formParam("lang", lang).formParam("code", "").post("/antwoord"), 400));
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 404, Map.of("status", 404));
        pages.put("pickup not found", page(browser().formParam("lang", lang).formParam("code", "tafel wolk fiets peer")
                .post("/antwoord"), 404));
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 500, Map.of("status", 500,
                "type", "urn:entree:problem:question-unreadable"));
        pages.put("pickup unreadable", page(browser().formParam("lang", lang)
                .formParam("code", "tafel wolk fiets appel").post("/antwoord"), 500));
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 500, Map.of("status", 500));
        pages.put("pickup intake down", page(browser().formParam("lang", lang)
                .formParam("code", "tafel wolk fiets appel").post("/antwoord"), 503));
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 404, Map.of("status", 404));
        String picking = client();
        for (int i = 0; i < 10; i++) {
            browser(picking).formParam("lang", lang).formParam("code", "tafel wolk fiets peer").post("/antwoord")
                    .then().statusCode(404);
        }
        pages.put("pickup too many", page(browser(picking).formParam("lang", lang)
                .formParam("code", "tafel wolk fiets peer").post("/antwoord"), 429));
        pages.put("pickup wait", page(browser(picking).get("/antwoord/wachten?lang=" + lang), 429));

        pages.put("error not found", page(browser().get("/nergens?lang=" + lang), 404));
        pages.put("error refused", page(browser().formParam("asked", "WHO").formParam("danger", "NO")
                .formParam("who", "iemand").post("/vragen?lang=" + lang), 400));
        pages.put("error failed", page(browser().get("/test-only/failure?lang=" + lang), 500));
        pages.put("error unavailable", page(browser().get("/test-only/circuit-open?lang=" + lang), 503));
        return pages;
    }

    @Test
    void noPageNamesWhatHappenedInItsTitleWhichEndsWithTheNeutralSiteName() {
        Map<String, String> ends = Map.of("nl", " – Hulp en advies", "en", " – Help and advice");
        ends.forEach((lang, end) -> everyPage(lang).forEach((name, page) -> {
            assertTrue(page.contains("<html lang=\"" + lang + "\">"), name + " in " + lang);
            Matcher title = TITLE.matcher(page);
            assertTrue(title.find(), "a title on " + name);
            String said = title.group(1);
            assertFalse(title.find(), "one title on " + name);
            assertTrue(said.endsWith(end), name + ": " + said);
            for (String word : NAMING_IT) {
                assertFalse(said.toLowerCase(Locale.ROOT).contains(word), name + " in " + lang + ": " + said);
            }
        }));
    }

    /** A question's or the advice's title says where the person is, not what they were asked or answered. */
    @Test
    void noPageHintsInItsTitleThatSomethingHappenedOrThatSomeoneIsInDanger() {
        for (String lang : List.of("nl", "en")) {
            Map<String, String> pages = everyPage(lang);
            pages.forEach((name, page) -> {
                String said = title(page).toLowerCase(Locale.ROOT);
                for (String word : HINTING_AT_IT) {
                    assertFalse(said.contains(word), name + " in " + lang + ": " + said);
                }
            });
            assertEquals(lang.equals("nl") ? "Vraag 3 van 7 – Hulp en advies" : "Question 3 of 7 – Help and advice",
                    title(pages.get("question WHAT")));
            assertEquals(lang.equals("nl") ? "Advies – Hulp en advies" : "Advice – Help and advice",
                    title(pages.get("call 112")));
        }
    }

    /** What a search engine reads and the person sees once the page is open: the plain words, out of the title. */
    @Test
    void theStartPageStillSaysWhatTheSiteIsForInItsHeadingAndItsDescription() {
        String dutch = page(browser().get("/"), 200);
        assertTrue(dutch.contains("<h1>Hulp zoeken na seksueel geweld</h1>"), dutch);
        assertTrue(dutch.contains("<meta name=\"description\" content=\"Hulp na seksueel geweld: "), dutch);
        assertTrue(dutch.contains("<a href=\"/\">Hulp na seksueel geweld</a>"), "the header: " + dutch);
        assertEquals("Welkom – Hulp en advies", title(dutch));
        String english = page(browser().get("/?lang=en"), 200);
        assertTrue(english.contains("<h1>Finding help after sexual violence</h1>"), english);
        assertTrue(english.contains("<meta name=\"description\" content=\"Help after sexual violence: "), english);
        assertEquals("Welcome – Help and advice", title(english));
    }

    private static String title(String page) {
        Matcher title = TITLE.matcher(page);
        assertTrue(title.find(), page);
        return title.group(1);
    }
}
