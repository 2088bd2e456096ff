package nl.entree.help;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import nl.entree.help.i18n.HelpMsg;
import nl.entree.support.log.LogLines;
import nl.entree.support.stub.ScriptedServer.Call;
import nl.entree.support.stub.StubHttp;

/**
 * An anonymous question and its pickup, with intake as a stand-in. Each test comes from an address of its own (the
 * proxy's X-Forwarded-For), so that one test's rate limits never reach another's.
 */
@QuarkusTest
@QuarkusTestResource(value = FrontDoorServicesStub.class, restrictToAnnotatedClass = true)
class QuestionPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();
    private static final String QUESTION = "Telt het ook als het mijn vriend was?\nIk weet het niet meer.";

    /** Below 10.250, which the tests that need a second client use. */
    private final String client = "10.%d.%d.%d".formatted(RANDOM.nextInt(250), RANDOM.nextInt(256), RANDOM.nextInt(256));

    @Inject
    HelpMsg dutch;

    @Inject
    @Localized("en")
    HelpMsg english;

    @Test
    void aWaitOfOneMinuteReadsInTheSingular() {
        assertEquals("Er is net te vaak iets verstuurd vanaf deze verbinding. Probeer het over 1 minuut nog eens.",
                dutch.too_many(1));
        assertTrue(dutch.too_many(12).endsWith("over 12 minuten nog eens."), dutch.too_many(12));
        assertTrue(english.too_many(1).endsWith("Try again in 1 minute."), english.too_many(1));
        assertTrue(english.too_many(12).endsWith("Try again in 12 minutes."), english.too_many(12));
    }

    @BeforeEach
    void services() {
        FrontDoorServicesStub.reset();
        FrontDoorServicesStub.answer("POST /api/questions", 201,
                Map.of("pickupCode", "tafel wolk fiets appel", "askedAt", "2026-12-03T10:00:00Z"));
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 200,
                Map.of("question", QUESTION, "askedAt", "2026-12-03T10:00:00Z",
                        "answer", "Ja, dat telt. <b>Bel ons</b> gerust.", "answeredAt", "2026-12-04T09:00:00Z",
                        "answeredBy", "CSG", "erasedOn", "2027-01-03"));
    }

    private RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .header("X-Forwarded-For", client);
    }

    /** The finder's answers, as the advice page posts them on. */
    private RequestSpecification withAnswers() {
        return form().formParam("danger", "NO").formParam("who", "VICTIM").formParam("what", "RAPE")
                .formParam("when", "MORE_THAN_7_DAYS").formParam("age", "ADULT").formParam("region", "VR13");
    }

    @Test
    void aQuestionIsSentWithTheFindersAnswersAndTheCodeIsShownOnce() throws Exception {
        withAnswers().post("/vraag").then().statusCode(200)
                .body(containsString("Stel je vraag"), containsString("maxlength=\"2000\""),
                        containsString("Die antwoorden blijven bewaard, ook als je vraag gewist is."),
                        containsString("name=\"website\""), containsString("name=\"who\" value=\"VICTIM\""));
        withAnswers().formParam("send", "1").formParam("question", QUESTION).formParam("website", "")
                .post("/vraag").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Set-Cookie", nullValue())
                .body(containsString("tafel wolk fiets appel"), containsString("maar één keer"),
                        containsString("href=\"/antwoord\""),
                        // A switch of language would lose the code, shown this once.
                        not(containsString("id=\"language\"")));

        Call asked = FrontDoorServicesStub.calls("POST /api/questions").get(0);
        JsonNode body = JSON.readTree(asked.body());
        assertEquals(QUESTION, body.get("question").asText());
        assertEquals("VICTIM", body.get("callerRole").asText());
        assertEquals("[\"RAPE\"]", body.get("incidentTypes").toString());
        assertEquals("VR13", body.get("region").asText());
        assertTrue(StubHttp.hasRole(asked.authorization(), "public"), "the front door's own token");
    }

    /** The advice was evaluated with where it happened: the question goes with it, so intake routes it the same. */
    @Test
    void aQuestionIsSentWithWhereItHappenedAsTheAdviceWasGivenForIt() throws Exception {
        form().formParam("danger", "NO").formParam("who", "VICTIM").formParam("what", "SEXUAL_ABUSE")
                .formParam("setting", "HOME").formParam("when", "MORE_THAN_7_DAYS").formParam("age", "AGE_12_17")
                .formParam("region", "VR13").formParam("send", "1").formParam("question", QUESTION)
                .post("/vraag").then().statusCode(200).body(containsString("tafel wolk fiets appel"));
        withAnswers().formParam("send", "1").formParam("question", QUESTION + " Waar weet ik niet.").post("/vraag")
                .then().statusCode(200);

        List<Call> asked = FrontDoorServicesStub.calls("POST /api/questions");
        assertEquals(2, asked.size());
        JsonNode atHome = JSON.readTree(asked.get(0).body());
        assertEquals("HOME", atHome.path("setting").asText(), asked.get(0).body());
        assertEquals("AGE_12_17", atHome.path("victimAgeGroup").asText());
        JsonNode leftOut = JSON.readTree(asked.get(1).body()).path("setting");
        assertTrue(leftOut.isNull() || leftOut.isMissingNode(),
                "left out, it goes as nothing, which intake reads as UNKNOWN: " + asked.get(1).body());
    }

    @Test
    void aQuestionFromSomeoneInDangerIsSentAsSuchSoThatItIsAnsweredFirst() throws Exception {
        form().formParam("danger", "YES").formParam("who", "VICTIM").formParam("what", "RAPE")
                .formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(200)
                .body(containsString("tafel wolk fiets appel"));
        withAnswers().formParam("send", "1").formParam("question", QUESTION + " Nu niet meer.").post("/vraag").then()
                .statusCode(200);

        List<Call> asked = FrontDoorServicesStub.calls("POST /api/questions");
        assertEquals(2, asked.size());
        assertEquals(Boolean.TRUE, flag(asked.get(0), "immediateDanger"),
                "'Ja, iemand is nu in gevaar' goes with the question: " + asked.get(0).body());
        assertEquals(Boolean.FALSE, flag(asked.get(1), "immediateDanger"),
                "'Nee, niet op dit moment' does not: " + asked.get(1).body());
    }

    /** A boolean field of what help sent, or null when it sent none. */
    private static Boolean flag(Call call, String field) throws Exception {
        JsonNode value = JSON.readTree(call.body()).path(field);
        return value.isBoolean() ? value.booleanValue() : null;
    }

    @Test
    void theAnswerIsReadWithTheCodeAndShownAsPlainText() {
        given().get("/antwoord").then().statusCode(200).body(containsString("name=\"code\""));
        form().formParam("code", "Tafel-Wolk-Fiets-Appel").post("/antwoord").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Antwoord van Centrum Seksueel Geweld"),
                        containsString("Ja, dat telt. &lt;b&gt;Bel ons&lt;/b&gt; gerust."),
                        containsString("Telt het ook als het mijn vriend was?"),
                        containsString("3 januari 2027"));
        Call pickup = FrontDoorServicesStub.calls("POST /api/questions/pickup").get(0);
        assertTrue(pickup.body().contains("Tafel-Wolk-Fiets-Appel"), "the code goes in the body");
        assertEquals("/api/questions/pickup", pickup.path());
        assertEquals(null, pickup.query());
    }

    /** The day said for a question not answered yet is that of no answer: an answer given later moves it. */
    @Test
    void anUnansweredQuestionsErasureDayIsSaidAsTheDayWithoutAnAnswer() {
        var waiting = new java.util.HashMap<String, Object>();
        waiting.put("question", QUESTION);
        waiting.put("askedAt", "2026-12-07T10:00:00Z");
        waiting.put("answer", null);
        waiting.put("erasedOn", "2027-02-05");
        waiting.put("daysKeptAfterAnswer", 30);
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 200, waiting);

        form().formParam("code", "tafel wolk fiets appel").post("/antwoord").then().statusCode(200)
                .body(not(containsString("Je vraag en het antwoord worden gewist op 5 februari 2027")),
                        containsString("Komt er geen antwoord, dan wissen we je vraag op 5 februari 2027. Komt er "
                                + "wel een antwoord, dan wissen we je vraag en het antwoord 30 dagen daarna."));
        form().formParam("lang", "en").formParam("code", "tafel wolk fiets appel").post("/antwoord").then()
                .statusCode(200)
                .body(not(containsString("Your question and the answer will be erased on")),
                        containsString("If there is no answer, we erase your question on 5 February 2027. If there "
                                + "is an answer, we erase your question and the answer 30 days after it."));
    }

    @Test
    void aWrongCodeGetsOneAnswerWhateverIsWrong() {
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 404, Map.of("status", 404));
        form().formParam("code", "tafel wolk fiets peer").post("/antwoord").then().statusCode(404)
                .body(containsString("We vinden geen vraag met deze code"));
        form().formParam("code", "").post("/antwoord").then().statusCode(400)
                .body(containsString("Vul je code in"));
    }

    /** The form again with the error on the code's field, as the person sees it: to type the code again. */
    private static void asksForTheCodeAgain(ValidatableResponse response) {
        response.statusCode(400).header("Retry-After", nullValue())
                .body(containsString("<p class=\"error\" id=\"code-error\">Vul je code in: vier woorden.</p>"),
                        containsString("aria-describedby=\"code-hint code-error\""),
                        not(containsString("Probeer het over")), not(containsString("nu niet ophalen")));
    }

    /** intake's @NotBlank trims control characters away too: such a code is empty to both, and never sent. */
    @Test
    void aCodeOfControlCharactersOnlyIsAskedForAgainAndNeverSent() {
        for (String code : List.of("\u0001\u0002", "\u0000", " \u001b\t ")) {
            asksForTheCodeAgain(form().formParam("code", code).post("/antwoord").then());
        }
        assertTrue(FrontDoorServicesStub.calls("POST /api/questions/pickup").isEmpty(), "intake was not asked");
    }

    /** A code intake refuses as malformed is the person's to type again: not "try again later", not an outage. */
    @Test
    void aCodeIntakeRefusesIsAskedForAgainNotSaidToBeUnavailable() {
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 400, Map.of("type", "about:blank", "status", 400,
                "title", "Bad Request", "violations", List.of(Map.of("field", "code", "message", "must not be empty"))));
        LogLines log = LogLines.capture();
        try {
            asksForTheCodeAgain(form().formParam("code", "tafel wolk fiets appel").post("/antwoord").then());
        } finally {
            log.close();
        }
        assertEquals(1, FrontDoorServicesStub.calls("POST /api/questions/pickup").size());
        for (String line : log.lines()) {
            assertFalse(line.contains("did not answer"), "no outage in the log: " + line);
            assertFalse(line.contains("tafel"), "the code in a log line: " + line);
        }
    }

    @Test
    void aQuestionIntakeCanNoLongerReadIsSaidAsSuchNotAsTryAgainLater() {
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 500, Map.of("status", 500,
                "type", "urn:entree:problem:question-unreadable", "title", "Question unreadable"));
        form().formParam("code", "tafel wolk fiets appel").post("/antwoord").then().statusCode(500)
                .contentType(containsString("text/html"))
                .body(containsString("Je code klopt, maar we kunnen je vraag niet meer lezen"),
                        containsString("Opnieuw proberen helpt helaas niet"),
                        containsString("href=\"/\" id=\"start-again\""), containsString("id=\"exit\""),
                        not(containsString("Probeer het over een paar minuten")),
                        not(containsString("Question unreadable")), not(containsString("id=\"code-error\"")));
        form().formParam("lang", "en").formParam("code", "tafel wolk fiets appel").post("/antwoord").then()
                .statusCode(500).body(containsString("we can no longer read your question"),
                        containsString("href=\"/?lang=en\" id=\"start-again\""));

        // Any other failure of intake's is still one to try again later.
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 500, Map.of("status", 500));
        form().formParam("code", "tafel wolk fiets appel").post("/antwoord").then().statusCode(503)
                .body(containsString("Probeer het over een paar minuten"),
                        not(containsString("niet meer lezen")));
    }

    /**
     * intake gives a form sent long ago no new code: on a shared device that is someone going Back. The page then
     * shows neither the question nor a code, and its form asks anew.
     */
    @Test
    void aFormSentLongAgoShowsNeitherTheQuestionNorACode() {
        FrontDoorServicesStub.answer("POST /api/questions", 409, Map.of("status", 409, "title", "Conflict"));
        String page = withAnswers().formParam("send", "1").formParam("question", QUESTION)
                .formParam("form", "11111111-2222-3333-4444-555555555555").post("/vraag").then().statusCode(409)
                .body(containsString("Deze vraag is al verstuurd"), not(containsString(QUESTION)),
                        not(containsString("tafel wolk fiets appel")))
                .extract().asString();
        assertFalse(page.contains("11111111-2222-3333-4444-555555555555"), "a new form, not the one sent before");
    }

    /**
     * A question intake stored after help stopped waiting: the person is told to try again within intake's 2 minutes,
     * which give the same form a code again, as Retry-After says; later, intake's 409 may reach someone who never got
     * a code, so the page does not say they have one.
     */
    @Test
    void aQuestionNotSentIsTriedAgainWithinHalfAMinuteAndASecondSendingPromisesNoCode() {
        String drawn = withAnswers().post("/vraag").then().statusCode(200).extract().htmlPath()
                .getString("**.find { it.@name == 'form' }.@value");
        FrontDoorServicesStub.answer("POST /api/questions", 503, Map.of("status", 503));
        withAnswers().formParam("form", drawn).formParam("send", "1").formParam("question", QUESTION)
                .post("/vraag").then().statusCode(503).header("Retry-After", "30")
                .body(containsString("We kunnen je vraag nu niet versturen. Probeer het over een halve minuut nog "
                        + "eens. Je tekst staat hieronder nog klaar."), not(containsString("paar minuten")));
        withAnswers().formParam("lang", "en").formParam("form", drawn).formParam("send", "1")
                .formParam("question", QUESTION).post("/vraag").then().statusCode(503).header("Retry-After", "30")
                .body(containsString("We cannot send your question right now. Try again in half a minute. Your text "
                        + "is still below."), not(containsString("few minutes")));

        FrontDoorServicesStub.answer("POST /api/questions", 409, Map.of("status", 409, "title", "Conflict"));
        withAnswers().formParam("form", drawn).formParam("send", "1").formParam("question", QUESTION)
                .post("/vraag").then().statusCode(409)
                .body(containsString("Deze vraag is al verstuurd. Kreeg je toen een code? Daarmee lees je het "
                        + "antwoord. Kreeg je geen code? Stel je vraag dan opnieuw."),
                        not(containsString("de code die je toen kreeg")));
        withAnswers().formParam("lang", "en").formParam("form", drawn).formParam("send", "1")
                .formParam("question", QUESTION).post("/vraag").then().statusCode(409)
                .body(containsString("This question has already been sent. Did you get a code then? You read the "
                        + "answer with it. Did you not get a code? Then ask your question again."),
                        not(containsString("the code you got then")));
    }

    @Test
    void aQuestionWithALinkOrNothingInItIsNotSentAndTheTextStays() {
        FrontDoorServicesStub.answer("POST /api/questions", 400, refusedQuestion("question-has-link",
                "Question has a link", "must not contain links or web addresses"));
        withAnswers().formParam("send", "1").formParam("question", "Zie www.example.nl").post("/vraag").then()
                .statusCode(400)
                .body(containsString("zonder links"), containsString(">Zie www.example.nl</textarea>"));
        withAnswers().formParam("send", "1").formParam("question", "   ").post("/vraag").then().statusCode(400)
                .body(containsString("Schrijf eerst je vraag"));
        withAnswers().formParam("send", "1").formParam("question", "x".repeat(2001)).post("/vraag").then()
                .statusCode(400).body(containsString("hoogstens 2000 tekens"));
        assertEquals(1, FrontDoorServicesStub.calls("POST /api/questions").size(), "only the one with a link was sent");
    }

    /** The opening tag of the field with this id, as the browser reads it. */
    private static String field(String page, String id) {
        Matcher tag = Pattern.compile("<(?:textarea|input)\\b[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(page);
        assertTrue(tag.find(), "a field " + id + ": " + page);
        return tag.group();
    }

    /** A field the person types about themselves in: kept from the spell checker's servers and from the next user. */
    private static void assertKeptPrivate(String field) {
        for (String attribute : List.of("spellcheck=\"false\"", "autocorrect=\"off\"", "autocomplete=\"off\"")) {
            assertTrue(field.contains(attribute), attribute + " on " + field);
        }
    }

    @Test
    void whatThePersonTypesIsNeitherSpellCheckedByABrowsersServiceNorOfferedAgainOnASharedDevice() {
        String ask = withAnswers().post("/vraag").then().statusCode(200).extract().asString();
        assertKeptPrivate(field(ask, "question"));
        // The form shown again with the text kept, in English: the same field.
        String askAgain = withAnswers().formParam("lang", "en").formParam("send", "1").formParam("question", "   ")
                .post("/vraag").then().statusCode(400).extract().asString();
        assertKeptPrivate(field(askAgain, "question"));
        assertKeptPrivate(field(given().get("/antwoord").then().statusCode(200).extract().asString(), "code"));
        String codeAgain = form().formParam("code", "").post("/antwoord").then().statusCode(400).extract().asString();
        assertKeptPrivate(field(codeAgain, "code"));
        // The municipality the person lives in, on the finder's last question, and asked again when not on the list.
        String region = form().formParam("asked", "AGE").formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS")
                .formParam("age", "ADULT").post("/vragen").then().statusCode(200).extract().asString();
        assertKeptPrivate(field(region, "place"));
        String regionAgain = form().formParam("asked", "REGION").formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "RAPE").formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS")
                .formParam("age", "ADULT").formParam("place", "Atlantis").post("/vragen").then().statusCode(400)
                .extract().asString();
        assertKeptPrivate(field(regionAgain, "place"));
        assertTrue(FrontDoorServicesStub.calls().isEmpty(), "nothing was sent, so nothing typed left the page");
    }

    private static String title(String page) {
        Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(page);
        assertTrue(title.find(), page);
        return title.group(1);
    }

    /** Each page's title, and each form's with an error in it, as a screen reader says it first: in this language. */
    private Map<String, String> titles(String lang) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("start", title(given().get("/?lang=" + lang).then().statusCode(200).extract().asString()));
        titles.put("safe", title(given().get("/veilig-internetten?lang=" + lang).then().statusCode(200).extract()
                .asString()));
        titles.put("danger", title(form().formParam("lang", lang).post("/vragen").then().statusCode(200)
                .extract().asString()));
        titles.put("region", title(form().formParam("lang", lang).formParam("asked", "AGE")
                .formParam("danger", "NO").formParam("who", "VICTIM").formParam("what", "RAPE")
                .formParam("setting", "UNKNOWN").formParam("when", "WITHIN_7_DAYS").formParam("age", "ADULT")
                .post("/vragen").then().statusCode(200).extract().asString()));
        titles.put("112", title(form().formParam("lang", lang).formParam("asked", "DANGER").formParam("danger", "YES")
                .post("/vragen").then().statusCode(200).extract().asString()));
        titles.put("ask", title(withAnswers().formParam("lang", lang).post("/vraag").then().statusCode(200).extract()
                .asString()));
        titles.put("pickup", title(given().get("/antwoord?lang=" + lang).then().statusCode(200).extract().asString()));
        titles.put("error who", title(form().formParam("lang", lang).formParam("asked", "WHO")
                .formParam("danger", "NO").post("/vragen").then().statusCode(400).extract().asString()));
        titles.put("error ask", title(withAnswers().formParam("lang", lang).formParam("send", "1")
                .formParam("question", "   ").post("/vraag").then().statusCode(400).extract().asString()));
        titles.put("error pickup", title(form().formParam("lang", lang).formParam("code", "").post("/antwoord").then()
                .statusCode(400).extract().asString()));
        return titles;
    }

    @Test
    void eachPageSaysInItsTitleWhichPageItIsAndAFormWithAnErrorStartsItWithFout() {
        Map<String, String> dutch = titles("nl");
        Map<String, String> english = titles("en");
        assertEquals(dutch.size(), Set.copyOf(dutch.values()).size(), "one title for each page: " + dutch);
        assertEquals(english.size(), Set.copyOf(english.values()).size(), "one title for each page: " + english);
        dutch.forEach((page, title) -> assertFalse(title.equals(english.get(page)), page + ": " + title));
        assertEquals("Stel je vraag – Hulp en advies", dutch.get("ask"));
        assertEquals("Fout: Stel je vraag – Hulp en advies", dutch.get("error ask"));
        assertEquals("Fout: Lees het antwoord op je vraag – Hulp en advies", dutch.get("error pickup"));
        assertEquals("Fout: Vraag 2 van 7 – Hulp en advies", dutch.get("error who"));
        assertEquals("Error: Ask your question – Help and advice", english.get("error ask"));
        assertEquals("Error: Read the answer to your question – Help and advice",
                english.get("error pickup"));
        assertEquals("Error: Question 2 of 7 – Help and advice", english.get("error who"));
        dutch.forEach((page, title) -> assertEquals(page.startsWith("error "), title.startsWith("Fout: "), title));
        english.forEach((page, title) -> assertEquals(page.startsWith("error "), title.startsWith("Error: "), title));
    }

    @Test
    void aQuestionIsCountedAsIntakeAndTheBrowserCountThem() throws Exception {
        String emoji = "\uD83D\uDE22";
        withAnswers().formParam("send", "1").formParam("question", "a".repeat(1995) + emoji.repeat(5))
                .post("/vraag").then().statusCode(400)
                .body(containsString("hoogstens 2000 tekens"), not(containsString("zonder links, webadressen")));
        assertTrue(FrontDoorServicesStub.calls("POST /api/questions").isEmpty(), "an emoji is two, as intake counts");

        // As typed, 2000 with 10 line breaks of one each; as the browser sends them, 2010.
        String lines = "b".repeat(190) + ("\r\n" + "b".repeat(180)).repeat(10);
        withAnswers().formParam("send", "1").formParam("question", lines).post("/vraag").then().statusCode(200)
                .body(containsString("tafel wolk fiets appel"));
        String sent = JSON.readTree(FrontDoorServicesStub.calls("POST /api/questions").get(0).body())
                .get("question").asText();
        assertEquals(2000, sent.length());
        assertEquals(lines.replace("\r\n", "\n"), sent);
    }

    @Test
    void theLongestQuestionInAnyScriptIsSentAndALongerOneGetsTheDutchTooLongPage() throws Exception {
        // Percent-encoded, a Cyrillic letter is 6 bytes, a Chinese character 9 (the most per unit), an emoji 12 for 2.
        List<String> longest = List.of("ж".repeat(2000), "中".repeat(2000), "\uD83D\uDE22".repeat(1000));
        for (String question : longest) {
            withAnswers().formParam("send", "1").formParam("question", question).post("/vraag").then()
                    .statusCode(200).body(containsString("tafel wolk fiets appel"));
        }
        List<Call> asked = FrontDoorServicesStub.calls("POST /api/questions");
        for (int i = 0; i < longest.size(); i++) {
            assertEquals(longest.get(i), JSON.readTree(asked.get(i).body()).get("question").asText());
        }

        withAnswers().formParam("send", "1").formParam("question", "中".repeat(2001)).post("/vraag").then()
                .statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Maak je vraag korter"), containsString("中中中</textarea>"));
        assertEquals(3, FrontDoorServicesStub.calls("POST /api/questions").size());
    }

    @Test
    void aQuestionTooLongToBeReadGetsHelpsOwnPageInTheFormsLanguageAndNothingOfItIsLogged() {
        // 3,000 Chinese characters are 27,000 bytes percent-encoded: over the body's limit, so it is never read.
        String story = "verhaal-" + "中".repeat(3000);
        LogLines log = LogLines.capture();
        try {
            withAnswers().formParam("send", "1").formParam("question", story).post("/vraag").then()
                    .statusCode(413).contentType(containsString("text/html"))
                    .header("Cache-Control", "no-store")
                    .header("Set-Cookie", nullValue())
                    .body(containsString("<html lang=\"nl\">"), containsString("Je vraag is te lang"),
                            containsString("hoogstens 2000 tekens"), containsString("id=\"exit\""),
                            containsString("Snel weg"), containsString("tel:112"),
                            containsString("href=\"/\" id=\"start-again\""),
                            not(containsString("verhaal-")), not(containsString("Too Large")),
                            not(containsString("too long")), not(containsString("Exception")));

            String english = withAnswers().formParam("lang", "en").post("/vraag").then().statusCode(200)
                    .extract().asString();
            Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"[^>]*id=\"ask-form\"")
                    .matcher(english);
            assertTrue(action.find(), "the question form");
            withAnswers().formParam("lang", "en").formParam("send", "1").formParam("question", story)
                    .post(action.group(1)).then()
                    .statusCode(413).contentType(containsString("text/html"))
                    .body(containsString("<html lang=\"en\">"), containsString("Your question is too long"),
                            containsString("at most 2000 characters"), containsString("Exit this page"),
                            containsString("href=\"/?lang=en\" id=\"start-again\""),
                            not(containsString("verhaal-")), not(containsString("Je vraag is te lang")));
        } finally {
            log.close();
        }
        List<String> lines = log.lines();
        assertTrue(FrontDoorServicesStub.calls("POST /api/questions").isEmpty());
        for (String line : lines) {
            assertFalse(line.contains("verhaal-") || line.contains("中"), "the question in a log line: " + line);
        }
    }

    /** The form's body as a stream, without its length: sent in chunks, as a proxy or a script may send it. */
    private HttpResponse<String> sendInChunks(String question, String lang) throws Exception {
        String body = "danger=NO&who=VICTIM&what=RAPE&when=MORE_THAN_7_DAYS&age=ADULT&region=VR13&send=1&lang=" + lang
                + "&question=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
        String path = "en".equals(lang) ? "/vraag?lang=en" : "/vraag";
        String address = RestAssured.baseURI + ":" + RestAssured.port + path;
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        // HTTP/1.1, as the ingress speaks to help: a body of unknown length goes with Transfer-Encoding: chunked.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aQuestionTooLongToBeReadSentInChunksGetsHelpsOwnPageAndNoErrorIsLogged() throws Exception {
        String story = "verhaal-" + "中".repeat(3000);
        HttpResponse<String> dutch;
        HttpResponse<String> english;
        LogLines log = LogLines.capture();
        try {
            dutch = sendInChunks(story, "nl");
            english = sendInChunks(story, "en");
        } finally {
            log.close();
        }
        assertEquals(413, dutch.statusCode());
        assertEquals(List.of("text/html;charset=UTF-8"), dutch.headers().allValues("Content-Type"));
        assertTrue(dutch.body().contains("<html lang=\"nl\">") && dutch.body().contains("Je vraag is te lang")
                && dutch.body().contains("hoogstens 2000 tekens") && dutch.body().contains("id=\"exit\"")
                && dutch.body().contains("href=\"/\" id=\"start-again\""), dutch.body());
        assertEquals(413, english.statusCode());
        assertTrue(english.body().contains("Your question is too long"), english.body());
        for (HttpResponse<String> answer : List.of(dutch, english)) {
            assertFalse(answer.body().contains("verhaal-"));
            assertEquals(List.of("no-store"), answer.headers().allValues("Cache-Control"));
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty());
        }
        assertTrue(FrontDoorServicesStub.calls("POST /api/questions").isEmpty());
        for (String line : log.lines()) {
            assertFalse(line.startsWith("ERROR") || line.contains("verhaal-") || line.contains("中"),
                    "a log line: " + line);
        }
    }

    @Test
    void aQuestionSentInChunksUnderTheLimitIsSentAsAnyOther() throws Exception {
        HttpResponse<String> answer = sendInChunks(QUESTION, "nl");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("tafel wolk fiets appel"), answer.body());
        assertEquals(QUESTION, JSON.readTree(FrontDoorServicesStub.calls("POST /api/questions").get(0).body())
                .get("question").asText());

        String overTheForms = "中".repeat(2001);
        answer = sendInChunks(overTheForms, "nl");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("Maak je vraag korter"), answer.body());
        assertTrue(answer.body().contains(overTheForms + "</textarea>"), "the text kept");
        assertEquals(1, FrontDoorServicesStub.calls("POST /api/questions").size());
    }

    @Test
    void aQuestionOverTheFormsLimitsButUnderTheBodysIsReadAndTheFormSaysTooLongWithTheTextKept() {
        // 2,300 Chinese characters are 20,700 bytes percent-encoded: a body under 24K with one field over 20K.
        String question = "中".repeat(2300);
        withAnswers().formParam("send", "1").formParam("question", question).post("/vraag").then()
                .statusCode(400).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\">"), containsString("Maak je vraag korter"),
                        containsString(question + "</textarea>"));
        assertTrue(FrontDoorServicesStub.calls("POST /api/questions").isEmpty());
    }

    @Test
    void intakesRefusalIsSaidForWhatItRefusedAndNeverForAnotherReason() {
        FrontDoorServicesStub.answer("POST /api/questions", 400, refusedQuestion("question-too-long",
                "Question too long", "must be at most 2000 characters"));
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(400)
                .body(containsString("hoogstens 2000 tekens"), not(containsString("zonder links, webadressen")),
                        containsString("mijn vriend was?"));

        FrontDoorServicesStub.answer("POST /api/questions", 400, Map.of("type", "about:blank", "title", "Bad Request",
                "status", 400, "detail", "The request is not valid.", "violations",
                List.of(Map.of("field", "incidentTypes", "message", "at least one incident type is required"))));
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(400)
                .body(containsString("niet verstuurd"), not(containsString("zonder links, webadressen")),
                        not(containsString("Maak je vraag korter")), containsString("mijn vriend was?"));

        // The English that help once read the reason from, under a type that names none: only that it was not sent.
        FrontDoorServicesStub.answer("POST /api/questions", 400, Map.of("type", "about:blank", "status", 400,
                "violations", List.of(Map.of("field", "question", "message", "must be at most 2000 characters"))));
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(400)
                .body(containsString("niet verstuurd"), not(containsString("Maak je vraag korter")));
    }

    /**
     * intake's type is the contract, its English is not: reworded, with none of the words help once looked for, each
     * refusal still tells the person what to change.
     */
    @Test
    void intakesRefusalIsSaidByItsTypeWhateverItsEnglishSays() {
        var told = Map.of("question-empty", "Schrijf eerst je vraag.",
                "question-too-long", "Maak je vraag korter: hoogstens 2000 tekens.",
                "question-has-link", "Schrijf je vraag zonder links, webadressen of HTML.",
                "question-has-markup", "Schrijf je vraag zonder links, webadressen of HTML.");
        told.forEach((type, dutch) -> {
            FrontDoorServicesStub.answer("POST /api/questions", 400,
                    refusedQuestion(type, "Refused", "this text cannot be taken as it is"));
            withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then()
                    .statusCode(400).body(containsString(dutch), not(containsString("niet verstuurd")),
                            containsString("mijn vriend was?"));
        });
    }

    /** What intake answers when it refuses a question's text: the reason in the type, the field named. */
    private static Map<String, ?> refusedQuestion(String type, String title, String message) {
        return Map.of("type", "urn:entree:problem:" + type, "title", title, "status", 400, "detail", title + ".",
                "violations", List.of(Map.of("field", "question", "message", message)));
    }

    /**
     * intake refusing the text stored nothing: a person rewording a question with a link in it, again and again, is
     * not locked out with their story unsent.
     */
    @Test
    void textsIntakeRefusesDoNotCountAgainstTheLimit() {
        List<String> refusals = List.of("question-has-link", "question-has-markup", "question-empty",
                "question-too-long");
        for (int i = 0; i < 8; i++) {
            FrontDoorServicesStub.answer("POST /api/questions", 400,
                    refusedQuestion(refusals.get(i % refusals.size()), "Refused", "cannot be taken as it is"));
            withAnswers().formParam("send", "1").formParam("question", QUESTION + " " + i).post("/vraag").then()
                    .statusCode(400).body(not(containsString("Even wachten")));
        }
        FrontDoorServicesStub.answer("POST /api/questions", 201,
                Map.of("pickupCode", "tafel wolk fiets appel", "askedAt", "2026-12-03T10:00:00Z"));
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(200)
                .body(containsString("tafel wolk fiets appel"));
        assertEquals(9, FrontDoorServicesStub.calls("POST /api/questions").size());
    }

    /** A refusal that is not about the text (an answer of the finder's, a body that is no problem) still counts. */
    @Test
    void otherRefusalsStillCountAgainstTheLimit() {
        FrontDoorServicesStub.answer("POST /api/questions", 400, Map.of("type", "about:blank", "status", 400,
                "violations", List.of(Map.of("field", "incidentTypes", "message", "required"))));
        for (int i = 0; i < 5; i++) {
            withAnswers().formParam("send", "1").formParam("question", QUESTION + " " + i).post("/vraag").then()
                    .statusCode(400).body(containsString("niet verstuurd"));
        }
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(429)
                .body(containsString("Even wachten"));
    }

    /** Casemanagers of the organisation that answers read the question and the answer: the page may not deny it. */
    @Test
    void theCodePageSaysWhoElseCanSeeTheQuestionAndTheAnswer() {
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(200)
                .body(containsString("Alleen wie de code heeft, kan het antwoord op deze website lezen."),
                        containsString("De organisatie die je vraag beantwoordt, kan je vraag en het antwoord ook "
                                + "zien."),
                        not(containsString("ook wij niet")));
        withAnswers().formParam("lang", "en").formParam("send", "1").formParam("question", QUESTION + " 2")
                .post("/vraag").then().statusCode(200)
                .body(containsString("Only someone with the code can read the answer on this website."),
                        containsString("The organisation that answers can see your question and the answer."),
                        not(containsString("not even us")));
    }

    /** intake reads a code however it was typed (PickupCodeAsTypedTest): help sends it as the person typed it. */
    @Test
    void aCodeGoesToIntakeAsTyped() throws Exception {
        for (String typed : List.of("Tafel-Wolk-Fiets-Appel", "tafelwolkfietsappel")) {
            FrontDoorServicesStub.reset();
            services();
            form().formParam("code", typed).post("/antwoord").then().statusCode(200);
            JsonNode sent = JSON.readTree(FrontDoorServicesStub.calls("POST /api/questions/pickup").get(0).body());
            assertEquals(typed, sent.get("code").asText());
        }
    }

    @Test
    void aFilledHoneypotSendsNothing() {
        withAnswers().formParam("send", "1").formParam("question", QUESTION).formParam("website", "http://spam")
                .post("/vraag").then().statusCode(400).body(containsString("niet verstuurd"));
        assertTrue(FrontDoorServicesStub.calls("POST /api/questions").isEmpty());
    }

    @Test
    void quickQuestionsFromOneClientGetA429WithRetryAfterAndOthersGoOn() {
        int sent = 0;
        int refused = 0;
        for (int i = 0; i < 50; i++) {
            int status = withAnswers().formParam("send", "1").formParam("question", QUESTION + " " + i)
                    .post("/vraag").then().extract().statusCode();
            if (status == 429) {
                refused++;
            } else {
                sent++;
            }
        }
        assertEquals(5, sent, "a client may ask 5 questions an hour");
        assertEquals(45, refused);
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body(containsString("Even wachten"), containsString("tel:112"),
                        containsString("mijn vriend was?\nIk weet het niet meer.</textarea>"));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Forwarded-For", "10.254.0.1")
                .formParam("danger", "NO").formParam("who", "VICTIM").formParam("what", "RAPE")
                .formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(200);
    }

    @Test
    void addressesInOneIpv6Slash64AreOneClientForTheLimits() {
        // One connection's /64, as a home or phone gets it: each question from another address in it.
        String network = "2001:db8:%x:%x".formatted(RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000));
        for (int i = 1; i <= 5; i++) {
            askFrom(network + ":0:0:0:" + Integer.toHexString(i)).statusCode(200);
        }
        askFrom(network + ":ffff:ffff:ffff:ffff").statusCode(429).body(containsString("Even wachten"));
        askFrom("[" + network + ":1234:5678:9abc:def0]").statusCode(429);
        // The /64 next door is someone else.
        askFrom("2001:db9:%x::1".formatted(RANDOM.nextInt(0x10000))).statusCode(200);
    }

    @Test
    void aSlash48RotatingItsSlash64sIsStoppedWhileAnotherSlash48GoesOn() {
        // One household's /48, as a Dutch home connection often gets it: a fresh /64 whenever its own five are used up.
        // application.properties lets a /48 ask 8 in tests (15 by default).
        String household = "2001:db6:%x".formatted(RANDOM.nextInt(0x10000));
        for (int i = 1; i <= 5; i++) {
            askFrom(household + ":1::" + Integer.toHexString(i)).statusCode(200);
        }
        for (int i = 1; i <= 3; i++) {
            askFrom(household + ":2::" + Integer.toHexString(i)).statusCode(200);
        }
        askFrom(household + ":2::ffff").statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body(containsString("Even wachten"), containsString("tel:112"));
        askFrom(household + ":3::1").statusCode(429);
        askFrom("[" + household + ":ffff:1234:5678:9abc:def0]").statusCode(429);
        // Another household's /48 goes on.
        askFrom("2001:db5:%x:1::1".formatted(RANDOM.nextInt(0x10000))).statusCode(200);
        assertEquals(9, FrontDoorServicesStub.calls("POST /api/questions").size(), "the refused were never sent");
    }

    private ValidatableResponse askFrom(String address) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .header("X-Forwarded-For", address).formParam("danger", "NO").formParam("who", "VICTIM")
                .formParam("what", "RAPE").formParam("send", "1").formParam("question", QUESTION).post("/vraag")
                .then();
    }

    @Test
    void aQuestionTheLimitsRefuseIsShownAgainInItsFormWithTheWaitAndTheTextAndKeyKept() {
        for (int i = 0; i < 5; i++) {
            withAnswers().formParam("send", "1").formParam("question", QUESTION + " " + i).post("/vraag").then()
                    .statusCode(200);
        }
        String drawn = withAnswers().post("/vraag").then().statusCode(200).extract().htmlPath()
                .getString("**.find { it.@name == 'form' }.@value");
        String story = "verhaal-7 Hij zei: \"niemand gelooft je\" & <b>ik</b> durfde niets.\nWat nu?";
        String refused;
        LogLines log = LogLines.capture();
        try {
            refused = withAnswers().formParam("form", drawn).formParam("send", "1").formParam("question", story)
                    .post("/vraag").then().statusCode(429)
                    .contentType(containsString("text/html"))
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .header("Location", nullValue())
                    .header("Set-Cookie", nullValue())
                    .header("Cache-Control", "no-store")
                    .body(containsString("<html lang=\"nl\">"), containsString("Even wachten"),
                            matchesPattern("(?s).*Probeer het over [1-9][0-9]* minu(ut|ten) nog eens\\. "
                                    + "Je tekst staat hieronder nog klaar\\..*"),
                            containsString(">verhaal-7 Hij zei: &quot;niemand gelooft je&quot; &amp; "
                                    + "&lt;b&gt;ik&lt;/b&gt; durfde niets.\nWat nu?</textarea>"),
                            not(containsString("<b>ik</b>")),
                            containsString("name=\"form\" value=\"" + drawn + "\""),
                            containsString("name=\"who\" value=\"VICTIM\""),
                            containsString("name=\"region\" value=\"VR13\""),
                            containsString("id=\"send\""), containsString("id=\"ask-form\""),
                            containsString("id=\"exit\""), containsString("Snel weg"),
                            containsString("href=\"tel:112\""),
                            // No switch, as on every problem of the form: it would lose the text.
                            not(containsString("id=\"language\"")), not(containsString("/vraag/wachten")))
                    .extract().asString();
        } finally {
            log.close();
        }
        assertEquals(1, refused.split("verhaal-7", -1).length - 1, "the text once, in the textarea");
        for (String line : log.lines()) {
            assertFalse(line.contains("verhaal-7") || line.contains("niemand gelooft"), "a log line: " + line);
        }
        List<Call> asked = FrontDoorServicesStub.calls("POST /api/questions");
        assertEquals(5, asked.size(), "the refused question never reached intake");
        assertFalse(asked.stream().anyMatch(c -> drawn.equals(c.header("Idempotency-Key"))));

        withAnswers().formParam("lang", "en").formParam("form", drawn).formParam("send", "1")
                .formParam("question", story).post("/vraag").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body(containsString("<html lang=\"en\">"), containsString("Please wait"),
                        matchesPattern("(?s).*Try again in [1-9][0-9]* minutes\\. Your text is still below\\..*"),
                        containsString("durfde niets.\nWat nu?</textarea>"), containsString("Exit this page"),
                        not(containsString("Even wachten")), not(containsString("Je tekst staat")));
    }

    /** Follows the page's language link as a browser without JavaScript does, from the same client. */
    private ValidatableResponse switchLanguage(String page) {
        Matcher link = Pattern.compile("<a id=\"language\" href=\"([^\"]*)\"").matcher(page);
        assertTrue(link.find(), "a language link");
        return given().redirects().follow(false).header("X-Forwarded-For", client).get(link.group(1)).then();
    }

    @Test
    void theLanguageSwitchOnThePickupsWaitShowsItAgainAndARefusedQuestionStaysInItsLanguage() {
        for (int i = 0; i < 10; i++) {
            form().formParam("code", "tafel wolk fiets appel").post("/antwoord").then().statusCode(200);
        }
        String wait = form().formParam("code", "tafel wolk fiets appel").post("/antwoord").then().statusCode(429)
                .body(containsString("Even wachten")).extract().asString();
        String english = switchLanguage(wait).statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body(containsString("<html lang=\"en\">"), containsString("Please wait"),
                        containsString("Try again in"), containsString("tel:112"), containsString("Exit this page"),
                        not(containsString("Even wachten")))
                .extract().asString();
        switchLanguage(english).statusCode(429)
                .body(containsString("<html lang=\"nl\">"), containsString("Even wachten"));
        assertEquals(10, FrontDoorServicesStub.calls("POST /api/questions/pickup").size(), "a switch sends nothing");

        for (int i = 0; i < 5; i++) {
            withAnswers().formParam("send", "1").formParam("question", QUESTION + " " + i).post("/vraag").then()
                    .statusCode(200);
        }
        // A question is refused in its own form, which has no switch: it would lose what was typed, as on every
        // other problem of the form. The form stays in the language it was sent in.
        withAnswers().formParam("lang", "en").formParam("send", "1").formParam("question", QUESTION)
                .post("/vraag").then().statusCode(429)
                .body(containsString("<html lang=\"en\">"), containsString("Please wait"),
                        containsString("Your text is still below"), containsString("mijn vriend was?"),
                        not(containsString("Even wachten")), not(containsString("id=\"language\"")),
                        not(containsString("/vraag/wachten")));
        assertEquals(5, FrontDoorServicesStub.calls("POST /api/questions").size());
    }

    @Test
    void onceTheWaitIsOverThePageThatSaysToWaitLeadsOnToTheFormForTheCode() {
        // A client that never waited, as one whose wait is over.
        given().redirects().follow(false).header("X-Forwarded-For", "10.253.0.1").get("/antwoord/wachten?lang=en")
                .then().statusCode(303).header("Location", endsWith("/antwoord?lang=en"));
        given().redirects().follow(false).header("X-Forwarded-For", "10.253.0.1").get("/vraag/wachten")
                .then().statusCode(303).header("Location", matchesPattern("(http://[^/]+)?/"));
    }

    @Test
    void theOldAddressOfThePageThatSaidToWaitForAQuestionLeadsToTheStartEvenDuringAWait() {
        for (int i = 0; i < 5; i++) {
            withAnswers().formParam("send", "1").formParam("question", QUESTION + " " + i).post("/vraag").then()
                    .statusCode(200);
        }
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(429);
        // A tab left open on it: the answers and the text it would need lived only in the form.
        given().redirects().follow(false).header("X-Forwarded-For", client).get("/vraag/wachten?lang=en")
                .then().statusCode(303).header("Location", matchesPattern("(http://[^/]+)?/\\?lang=en"));
        assertEquals(5, FrontDoorServicesStub.calls("POST /api/questions").size());
    }

    @Test
    void triesWhileIntakeIsDownDoNotCountAgainstTheLimitButQuestionsItTookDo() {
        FrontDoorServicesStub.answer("POST /api/questions", 503, Map.of("status", 503));
        for (int i = 0; i < 8; i++) {
            withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then()
                    .statusCode(503).body(containsString("nu niet versturen"), not(containsString("Even wachten")));
        }
        FrontDoorServicesStub.answer("POST /api/questions", 201,
                Map.of("pickupCode", "tafel wolk fiets appel", "askedAt", "2026-12-03T10:00:00Z"));
        for (int i = 0; i < 5; i++) {
            withAnswers().formParam("send", "1").formParam("question", QUESTION + " " + i).post("/vraag").then()
                    .statusCode(200).body(containsString("tafel wolk fiets appel"));
        }
        withAnswers().formParam("send", "1").formParam("question", QUESTION).post("/vraag").then().statusCode(429)
                .body(containsString("Even wachten"), containsString("mijn vriend was?"));
    }

    @Test
    void pickupsWhileIntakeIsDownDoNotCountAgainstTheLimit() {
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 503, Map.of("status", 503));
        for (int i = 0; i < 12; i++) {
            form().formParam("code", "tafel wolk fiets appel").post("/antwoord").then().statusCode(503)
                    .body(containsString("nu niet ophalen"));
        }
        FrontDoorServicesStub.answer("POST /api/questions/pickup", 200,
                Map.of("question", QUESTION, "askedAt", "2026-12-03T10:00:00Z"));
        form().formParam("code", "tafel wolk fiets appel").post("/antwoord").then().statusCode(200)
                .body(containsString("mijn vriend was?"));
    }

    @Test
    void intakeDownKeepsTheQuestionAndItsFormsKeySoThatSendingAgainStoresItOnce() {
        FrontDoorServicesStub.answer("POST /api/questions", 503, Map.of("status", 503));
        String drawn = withAnswers().post("/vraag").then().statusCode(200).extract().htmlPath()
                .getString("**.find { it.@name == 'form' }.@value");
        assertTrue(drawn.matches("[0-9a-f-]{36}"), drawn);
        withAnswers().formParam("form", drawn).formParam("send", "1").formParam("question", QUESTION)
                .post("/vraag").then().statusCode(503)
                .header("Retry-After", "30")
                .body(containsString("nu niet versturen"), containsString("mijn vriend was?"),
                        containsString("name=\"form\" value=\"" + drawn + "\""),
                        not(containsString("tafel wolk")));

        FrontDoorServicesStub.answer("POST /api/questions", 201,
                Map.of("pickupCode", "tafel wolk fiets appel", "askedAt", "2026-12-03T10:00:00Z"));
        withAnswers().formParam("form", drawn).formParam("send", "1").formParam("question", QUESTION)
                .post("/vraag").then().statusCode(200).body(containsString("tafel wolk fiets appel"));
        List<Call> asked = FrontDoorServicesStub.calls("POST /api/questions");
        assertEquals(List.of(drawn, drawn), asked.stream().map(c -> c.header("Idempotency-Key")).toList(),
                "both tries name the same form, so intake stores the question once");
    }
}
