package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.stub.ScriptedServer;
import nl.entree.support.token.Tokens;

/**
 * Anonymous questions from the public front door as a casemanager of the lead organisation answers them, against a
 * stand-in for intake's {@code /api/questions}.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServicesStub.class, restrictToAnnotatedClass = true)
class QuestionsTest {

    private static final String OPEN = UUID.randomUUID().toString();
    private static final String LATE = UUID.randomUUID().toString();
    private static final Instant ASKED = Instant.parse("2026-12-01T09:00:00Z");
    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @BeforeEach
    void intake() {
        CaseServicesStub.reset();
        Instant now = Instant.now();
        CaseServicesStub.answer("GET /api/questions", 200, Map.of("page", 0, "size", 50, "total", 2, "items", List.of(
                question(LATE, "E-2026-000101", now.minus(Duration.ofHours(2)), null, null, null),
                question(OPEN, "E-2026-000102", now.plus(Duration.ofHours(20)), null, null, null))));
        CaseServicesStub.answer("GET /api/questions/" + OPEN, 200, question(OPEN, "E-2026-000102",
                now.plus(Duration.ofHours(20)), "Mag ik <b>dit</b> vragen?\nHet gebeurde vorige week.", null, null));
        CaseServicesStub.answer("PUT /api/questions/" + OPEN + "/answer", 200, question(OPEN, "E-2026-000102",
                now.plus(Duration.ofHours(20)), "Mag ik <b>dit</b> vragen?", "Ja, dat mag.", now));
    }

    /** A question as intake lists it (no texts) or shows it; the unknown field is one web has not heard of yet. */
    private static Map<String, Object> question(String id, String reference, Instant respondBy, String text,
            String answer, Instant answeredAt) {
        Map<String, Object> q = new HashMap<>();
        q.put("contactId", id);
        q.put("reference", reference);
        q.put("askedAt", ASKED);
        q.put("callerRole", "VICTIM");
        q.put("timeSinceIncident", "WITHIN_7_DAYS");
        q.put("region", "VR13");
        q.put("leadOrganisation", "CSG");
        q.put("priority", "ACUTE");
        q.put("respondBy", respondBy);
        q.put("question", text);
        q.put("answer", answer);
        q.put("answeredAt", answeredAt);
        q.put("answeredBy", answeredAt == null ? null : "CSG");
        q.put("somethingNew", "ignored");
        return q;
    }

    private static Response answer(String id, String text) {
        return Browser.as(CSG).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(CSG), "answer", text))
                .post("/questions/" + id + "/answer");
    }

    private static String row(String page, String id) {
        int start = page.indexOf("data-question=\"" + id + "\"");
        assertTrue(start > 0, "a row for " + id);
        return page.substring(page.lastIndexOf("<tr", start), page.indexOf("</tr>", start));
    }

    @Test
    void theOpenQuestionsComeMostUrgentFirstWithTheirDeadlineAndOverdueMarked() {
        String page = Browser.as(CSG).get("/questions").then().statusCode(200)
                .body(containsString("<h1 id=\"questions-title\">Vragen via de website</h1>"))
                .body(containsString("href=\"/questions\" id=\"nav-questions\" aria-current=\"page\">Vragen</a>"))
                .body(containsString("id=\"tab-open\" aria-current=\"page\">Open</a>"))
                .body(containsString("Vragen 1–2 van 2"))
                .extract().asString();
        String late = row(page, LATE);
        assertTrue(late.contains("class=\"overdue\"") && late.contains(">TE LAAT</strong>"), late);
        assertTrue(late.contains("<a href=\"/questions/" + LATE + "\">E-2026-000101</a>"), late);
        assertTrue(late.contains(">Acuut<") && late.contains(">Slachtoffer<")
                && late.contains(">Een week geleden of korter<")
                && late.contains(">Amsterdam-Amstelland (VR13)<"), late);
        assertTrue(late.contains(">01-12-2026 10:00</time>"), "asked at, in Dutch time: " + late);
        String open = row(page, OPEN);
        assertFalse(open.contains("TE LAAT") || open.contains("class=\"overdue\""), open);
        assertTrue(page.indexOf(LATE) < page.indexOf(OPEN), "intake's order is kept");
        assertFalse(page.contains("id=\"question-text\""), "no question text in the list");

        List<ScriptedServer.Call> calls = CaseServicesStub.callsTo("GET /api/questions");
        assertEquals(1, calls.size());
        assertEquals("state=OPEN&page=0&size=50", calls.get(0).query());
        assertEquals("Bearer " + CSG, calls.get(0).authorization(), "the casemanager's own token");
    }

    @Test
    void theAnsweredTabAndItsPagesAskIntakeForAnsweredQuestions() {
        Instant answered = Instant.parse("2026-12-02T14:30:00Z");
        CaseServicesStub.answer("GET /api/questions", 200, Map.of("page", 1, "size", 50, "total", 120, "items",
                List.of(question(LATE, "E-2026-000101", Instant.parse("2026-12-01T10:00:00Z"), null, null, answered))));
        String page = Browser.as(CSG).get("/questions?state=ANSWERED&pagina=2").then().statusCode(200)
                .body(containsString("id=\"tab-answered\" aria-current=\"page\">Beantwoord</a>"))
                .body(containsString("<th scope=\"col\">Beantwoord op</th>"))
                .body(containsString("Vragen 51–51 van 120"))
                .body(containsString("Pagina 2 van 3"))
                .body(containsString("href=\"/questions?state=ANSWERED\" rel=\"prev\""))
                .body(containsString("href=\"/questions?state=ANSWERED&amp;pagina=3\" rel=\"next\""))
                .extract().asString();
        String row = row(page, LATE);
        assertTrue(row.contains(">02-12-2026 15:30</time>") && !row.contains("TE LAAT"), row);
        assertEquals("state=ANSWERED&page=1&size=50", CaseServicesStub.callsTo("GET /api/questions").get(0).query());
    }

    @Test
    void aTabOrPageTheScreenDoesNotOfferIsNamedAndIntakeIsNotAsked() {
        Browser.as(CSG).get("/questions?state=LOST&pagina=0").then().statusCode(400)
                .body(containsString("<title>Fout: Vragen via de website – Entree</title>"))
                .body(containsString("href=\"#state\">Kies open of beantwoorde vragen</a>"))
                .body(containsString("Deze pagina bestaat niet; begin bij pagina 1"));
        assertEquals(List.of(), CaseServicesStub.callsTo("GET /api/questions"));
    }

    @Test
    void theQuestionIsPlainEscapedTextWithItsFactsAndAFormWithGuidance() {
        String page = Browser.as(CSG).get("/questions/" + OPEN).then().statusCode(200)
                .body(containsString("<h1 id=\"question-title\">Vraag E-2026-000102</h1>"))
                .body(containsString("<div class=\"prose user-text message\" id=\"question-text\">"
                        + "Mag ik &lt;b&gt;dit&lt;/b&gt; vragen?\nHet gebeurde vorige week.</div>"))
                .body(not(containsString("<b>dit</b>")))
                .body(containsString("<dd>Slachtoffer</dd>"))
                .body(containsString("<dd>Amsterdam-Amstelland (VR13)</dd>"))
                .body(containsString("<form method=\"post\" action=\"/questions/" + OPEN + "/answer\""))
                .body(containsString("name=\"csrf\" value=\"" + Browser.csrfFor(CSG) + "\""))
                .body(containsString("name=\"answer\" rows=\"10\" maxlength=\"4000\""))
                .body(containsString("De persoon is anoniem"))
                .body(containsString("Uw antwoord is definitief"))
                .body(containsString("Verwijs dan naar 112"))
                .body(containsString("Schrijf geen namen op"))
                .extract().asString();
        assertFalse(page.contains("TE LAAT"), "not overdue yet");
        assertEquals("Bearer " + CSG, CaseServicesStub.callsTo("GET /api/questions/" + OPEN).get(0).authorization());
    }

    @Test
    void anAnswerGoesToIntakeWithTheUsersTokenAndThePageSaysItWasSent() {
        answer(OPEN, "Ja, dat mag.\r\nBel gerust.").then().statusCode(303)
                .header("Location", "/questions/" + OPEN + "?done=answered");
        List<ScriptedServer.Call> puts = CaseServicesStub.callsTo("PUT /api/questions/" + OPEN + "/answer");
        assertEquals(1, puts.size());
        assertEquals("{\"answer\":\"Ja, dat mag.\\nBel gerust.\"}", puts.get(0).body(), "line breaks as typed, LF");
        assertEquals("Bearer " + CSG, puts.get(0).authorization());

        CaseServicesStub.answer("GET /api/questions/" + OPEN, 200, question(OPEN, "E-2026-000102",
                Instant.now().plus(Duration.ofHours(20)), "Mag ik <b>dit</b> vragen?", "Ja, dat mag.", Instant.now()));
        Browser.as(CSG).get("/questions/" + OPEN + "?done=answered").then().statusCode(200)
                .body(containsString("<p class=\"done\" role=\"status\" id=\"done\">Uw antwoord is verstuurd."))
                .body(containsString("id=\"answer-text\">Ja, dat mag.</div>"))
                .body(containsString("<dd>Centrum Seksueel Geweld</dd>"))
                .body(not(containsString("id=\"answer-form\"")));
    }

    @Test
    void anAnswerIntakeRefusesKeepsTheTextAndNamesTheField() {
        CaseServicesStub.answer("PUT /api/questions/" + OPEN + "/answer", 400, Map.of("status", 400,
                "title", "Bad Request", "detail", "The request is not valid",
                "violations", List.of(Map.of("field", "answer", "message", "must be at most 4000 characters"))));
        answer(OPEN, "Een lang antwoord <met> tekens").then().statusCode(400)
                .body(containsString("<title>Fout: Vraag E-2026-000102 – Entree</title>"))
                .body(containsString("href=\"#answer\">Kort het antwoord in tot hoogstens 4000 tekens</a>"))
                .body(containsString("aria-describedby=\"answer-hint answer-error\" aria-invalid=\"true\">"
                        + "Een lang antwoord &lt;met&gt; tekens</textarea>"))
                .body(containsString("<p class=\"error\" id=\"answer-error\">"));
    }

    @Test
    void anAnswerToAQuestionAnsweredMeanwhileSaysSoAndKeepsTheTextUnsent() {
        CaseServicesStub.answer("PUT /api/questions/" + OPEN + "/answer", 409, Map.of("status", 409,
                "title", "Conflict", "detail", "This question has been answered already, and the answer may have been read."));
        CaseServicesStub.answer("GET /api/questions/" + OPEN, 200, question(OPEN, "E-2026-000102",
                Instant.now().plus(Duration.ofHours(20)), "Mag ik dit vragen?", "Een collega was eerst.", Instant.now()));
        answer(OPEN, "Mijn antwoord").then().statusCode(409)
                .body(containsString("id=\"answer-problem\">Deze vraag is al beantwoord"))
                .body(containsString("id=\"answer-text\">Een collega was eerst.</div>"))
                .body(containsString("id=\"answer-not-sent\">Mijn antwoord</div>"))
                .body(not(containsString("id=\"answer-form\"")))
                .body(not(containsString("answered already")));
    }

    @Test
    void anAnswerWithoutTheFormTokenIsRefusedAndReachesNoService() {
        Browser.as(CSG).contentType(ContentType.URLENC).formParam("answer", "Hallo")
                .post("/questions/" + OPEN + "/answer").then().statusCode(403)
                .body(containsString("Formulier verlopen"));
        Browser.as(CSG).contentType(ContentType.URLENC).formParam("csrf", Browser.csrfFor(Tokens.casemanager(
                Organisation.CSG))).formParam("answer", "Hallo").post("/questions/" + OPEN + "/answer")
                .then().statusCode(403);
        assertEquals(List.of(), CaseServicesStub.callsTo("PUT /api/questions/" + OPEN + "/answer"));
    }

    @Test
    void anotherOrganisationsQuestionIsNotFound() {
        String other = UUID.randomUUID().toString();
        CaseServicesStub.answer("GET /api/questions/" + other, 404, Map.of("status", 404, "title", "Not Found"));
        CaseServicesStub.answer("PUT /api/questions/" + other + "/answer", 404, Map.of("status", 404));
        Browser.as(CSG).get("/questions/" + other).then().statusCode(404)
                .body(containsString("Niet gevonden"));
        answer(other, "Hallo").then().statusCode(404);
    }

    @Test
    void anAddressWithoutAQuestionInItIsThePageNotFound() {
        Browser.as(CSG).get("/questions/vraag-7").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Niet gevonden"));
        assertEquals(List.of(), CaseServicesStub.callsTo("GET /api/questions/vraag-7"));
    }

    /** A NUL character, refused before any page runs, is a page too: not the services' problem+json. */
    @Test
    void anAddressWithANulCharacterIsAPageNotJson() {
        for (String path : List.of("/questions/a%00b", "/questions?status=%00")) {
            Browser.as(CSG).urlEncodingEnabled(false).get(path).then().statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("Niet gevonden"));
        }
    }

    @Test
    void onlyCasemanagersSeeTheQuestions() {
        String coordinator = Tokens.coordinator();
        Browser.as(coordinator).get("/cases").then()
                .body(containsString("href=\"/cases\""))
                .body(not(containsString("href=\"/questions\"")));
        Browser.as(coordinator).get("/questions").then().statusCode(403).body(containsString("Geen toegang"));
        Browser.as(coordinator).get("/questions/" + OPEN).then().statusCode(403);
        Browser.as(coordinator).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(coordinator), "answer", "Hallo"))
                .post("/questions/" + OPEN + "/answer").then().statusCode(403);
        Browser.as(Tokens.ministry()).get("/questions").then().statusCode(403);
        assertEquals(List.of(), CaseServicesStub.calls("GET /api/questions"));
        assertEquals(List.of(), CaseServicesStub.calls("PUT /api/questions"));
    }

    @Test
    void intakeAnsweringThatItIsUnavailableMakesA503ThatNamesIt() {
        CaseServicesStub.answer("GET /api/questions", 503, Map.of("status", 503, "title", "Service Unavailable"));
        Browser.as(CSG).get("/questions").then().statusCode(503)
                .body(containsString("data-panel-error=\"intake\""))
                .body(containsString("De registratiedienst (intake) is nu niet bereikbaar"))
                .body(containsString("id=\"tab-answered\""));
    }

    @Test
    void aQuestionNoKeyOpensIsMarkedInTheListWithItsReferenceAndNotOfferedForAnAnswer() {
        Map<String, Object> unreadable = question(LATE, "E-2026-000101", Instant.now().plus(Duration.ofHours(3)),
                null, null, null);
        unreadable.put("unreadable", true);
        CaseServicesStub.answer("GET /api/questions", 200, Map.of("page", 0, "size", 50, "total", 2, "items",
                List.of(unreadable, question(OPEN, "E-2026-000102", Instant.now().plus(Duration.ofHours(20)), null,
                        null, null))));
        String page = Browser.as(CSG).get("/questions").then().statusCode(200).extract().asString();
        String marked = row(page, LATE);
        assertTrue(marked.contains("<th scope=\"row\">E-2026-000101\n      <span class=\"question-unreadable\" "
                + "data-question-unreadable=\"" + LATE + "\">Onleesbaar: deze vraag is opgeslagen, maar de tekst kan "
                + "niet meer gelezen worden. Opnieuw proberen helpt niet. Meld dit bij de beheerder met referentie "
                + "E-2026-000101.</span></th>"), marked);
        assertFalse(page.contains("href=\"/questions/" + LATE + "\""), "no way into an answer that must fail: " + page);
        String other = row(page, OPEN);
        assertTrue(other.contains("<th scope=\"row\"><a href=\"/questions/" + OPEN + "\">E-2026-000102</a></th>"),
                "the readable one as always: " + other);
        assertEquals(1, page.split("data-question-unreadable=", -1).length - 1, page);

        Browser.as(CSG).cookie("entree_lang", "en").get("/questions").then().statusCode(200)
                .body(containsString("Unreadable: this question is stored, but its text can no longer be read. "
                        + "Trying again will not help. Report this to the administrator with reference "
                        + "E-2026-000101."));
    }

    @Test
    void aQuestionNoKeyOpensIsExplainedWithItsIdNotCalledUnreachable() {
        CaseServicesStub.answerProblem("GET /api/questions/" + LATE, CaseServicesStub.questionUnreadable());
        String page = Browser.as(CSG).get("/questions/" + LATE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<div class=\"panel-error\" role=\"alert\" id=\"question-unreadable\">Deze vraag is "
                + "opgeslagen, maar de tekst is onleesbaar geworden. Daarom kan deze pagina de vraag niet tonen en "
                + "kunt u hem niet beantwoorden. Opnieuw proberen helpt niet. Meld dit bij de beheerder met kenmerk "
                + LATE + ".</div>"), page);
        assertTrue(!page.contains("niet bereikbaar") && !page.contains("data-panel-error")
                && !page.contains("id=\"answer-form\"") && !page.contains("Question unreadable")
                && !page.contains("decrypted"), "not 'unreachable', no form, none of intake's English: " + page);
        assertTrue(page.contains("id=\"back-to-list\""), page);
        assertEquals(1, CaseServicesStub.callsTo("GET /api/questions/" + LATE).size(), "asking again would not help");

        Browser.as(CSG).cookie("entree_lang", "en").get("/questions/" + LATE).then().statusCode(200)
                .body(containsString("This question is stored, but its text has become unreadable. That is why this "
                        + "page cannot show the question and you cannot answer it. Trying again will not help. "
                        + "Report this to the administrator with identifier " + LATE + "."));
    }

    @Test
    void anAnswerToAQuestionNoKeyOpensSaysWhyItWasNotSentAndKeepsTheText() {
        CaseServicesStub.answerProblem("PUT /api/questions/" + OPEN + "/answer", CaseServicesStub.questionUnreadable());
        String page = answer(OPEN, "Ja, <dat> mag.").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<div class=\"panel-error\" role=\"alert\" id=\"question-unreadable\">Uw antwoord is "
                + "niet verstuurd. Deze vraag is opgeslagen, maar de tekst is onleesbaar geworden; een antwoord erop "
                + "kan daarom niet worden bewaard. Opnieuw proberen helpt niet. Meld dit bij de beheerder met "
                + "kenmerk " + OPEN + ".</div>"), page);
        assertTrue(page.contains("id=\"answer-not-sent\">Ja, &lt;dat&gt; mag.</div>"), "the text is not lost: " + page);
        assertTrue(page.contains("<title>Fout: Vragen via de website – Entree</title>"), page);
        assertTrue(!page.contains("niet bereikbaar") && !page.contains("NIET verstuurd")
                && !page.contains("id=\"answer-form\"") && !page.contains("Question unreadable"),
                "not 'unreachable', and no form to send it again: " + page);
        assertEquals(1, CaseServicesStub.callsTo("PUT /api/questions/" + OPEN + "/answer").size());
        assertEquals(List.of(), CaseServicesStub.callsTo("GET /api/questions/" + OPEN), "reading it would fail too");
    }

    @Test
    void anyOtherFailureOfIntakeIsStillUnreachable() {
        CaseServicesStub.answerProblem("GET /api/questions/" + LATE, CaseServicesStub.incident());
        Browser.as(CSG).get("/questions/" + LATE).then().statusCode(503)
                .body(containsString("data-panel-error=\"intake\""))
                .body(containsString("De registratiedienst (intake) is nu niet bereikbaar"))
                .body(not(containsString("id=\"question-unreadable\"")));

        CaseServicesStub.answerProblem("PUT /api/questions/" + OPEN + "/answer", CaseServicesStub.incident());
        answer(OPEN, "Mijn antwoord").then().statusCode(503)
                .body(containsString("id=\"answer-problem\">Uw antwoord is NIET verstuurd: de registratiedienst "
                        + "(intake) is niet bereikbaar."))
                .body(containsString("id=\"answer-form\""))
                .body(containsString(">Mijn antwoord</textarea>"))
                .body(not(containsString("id=\"question-unreadable\"")));
    }

    @Test
    void theScreensSpeakEnglishToo() {
        Browser.as(CSG).cookie("entree_lang", "en").get("/questions").then().statusCode(200)
                .body(containsString("<h1 id=\"questions-title\">Questions via the website</h1>"))
                .body(containsString("aria-current=\"page\">Questions</a>"))
                .body(containsString(">OVERDUE</strong>"))
                .body(containsString(">Victim<"));
        Browser.as(CSG).cookie("entree_lang", "en").get("/questions/" + OPEN).then().statusCode(200)
                .body(containsString("The person is anonymous"))
                .body(containsString("Your answer is final"));
    }
}
