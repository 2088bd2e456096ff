package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;
import nl.entree.intake.crypto.FieldCipher;
import nl.entree.intake.support.StubControl;
import nl.entree.intake.support.TestKeys;
import nl.entree.support.time.Eventually;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

@QuarkusTest
class QuestionTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String QUESTION = "Telt het ook als het iemand was die ik ken? Ik weet niet wat ik moet doen.";

    @Inject
    DataSource dataSource;

    @Inject
    QuestionRetention retention;

    @Inject
    PickupCodes codes;

    @Inject
    MutableClock clock;

    private static Map<String, Object> question(String text) {
        return Map.of("question", text, "callerRole", "VICTIM", "incidentTypes", List.of("SEXUAL_ASSAULT"),
                "timeSinceIncident", "MORE_THAN_7_DAYS", "victimAgeGroup", "ADULT", "region", "VR13");
    }

    private static ValidatableResponse ask(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/questions").then();
    }

    private static ValidatableResponse pickUp(String code) {
        return given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/questions/pickup").then();
    }

    @Test
    void aQuestionGetsAFourWordCodeIsAnsweredByTheLeadAndTheAnswerIsReadWithTheCode() {
        ValidatableResponse asked = ask(Tokens.frontDoor(), question(QUESTION)).statusCode(201)
                .header("Cache-Control", "no-store")
                .body("pickupCode", matchesPattern("[a-z]{4,8}( [a-z]{4,8}){3}"))
                .body("askedAt", notNullValue());
        String code = asked.extract().path("pickupCode");

        pickUp(code).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("question", equalTo(QUESTION))
                .body("answer", nullValue())
                .body("erasedOn", notNullValue());

        UUID id = contactOf(code);
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions").then().extract()
                        .jsonPath().getList("items.contactId").contains(id.toString()));
        given().auth().oauth2(CSG).when().get("/api/questions").then().statusCode(200)
                .body("items.find { it.contactId == '" + id + "' }.question", nullValue())
                .body("items.find { it.contactId == '" + id + "' }.respondBy", notNullValue())
                .body("items.find { it.contactId == '" + id + "' }.leadOrganisation", equalTo("CSG"));
        given().auth().oauth2(CSG).when().get("/api/questions/" + id).then().statusCode(200)
                .body("question", equalTo(QUESTION))
                .body("answer", nullValue());

        String answer = "Ja, dat telt. Bel ons gerust, ook 's nachts: wij luisteren.";
        given().auth().oauth2(CSG).contentType(ContentType.JSON).body(Map.of("answer", answer))
                .when().put("/api/questions/" + id + "/answer").then().statusCode(200)
                .body("answer", equalTo(answer))
                .body("answeredBy", equalTo("CSG"));
        // triage drops the supporting organisation in the meantime: the second answer's read of the case brings
        // intake's copy up to date and audits that; the refusal is still a 409, not a lock timeout's 500.
        StubControl.reassign(id.toString(), "CSG");
        given().auth().oauth2(CSG).contentType(ContentType.JSON).body(Map.of("answer", "Another answer"))
                .when().put("/api/questions/" + id + "/answer").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(CSG).queryParam("state", "ANSWERED").when().get("/api/questions").then()
                .statusCode(200).body("items.contactId", hasItem(id.toString()));
        given().auth().oauth2(CSG).when().get("/api/questions").then()
                .statusCode(200).body("items.contactId", not(hasItem(id.toString())));

        // However it is typed, the same four words find the answer.
        pickUp("  " + code.toUpperCase().replace(' ', '-') + " ").statusCode(200)
                .body("answer", equalTo(answer))
                .body("answeredBy", equalTo("CSG"));

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit").then()
                .statusCode(200)
                .body("action", hasItem("PICK_UP"))
                .body("action", hasItem("ANSWER"))
                .body("action", hasItem("CREATE"));
    }

    @Test
    void aQuestionFromSomeoneInDangerRegistersAContactInImmediateDanger() {
        QuestionRequest inDanger = new QuestionRequest(QUESTION, CallerRole.VICTIM,
                Set.of(IncidentType.SEXUAL_ASSAULT), null, TimeSinceIncident.MORE_THAN_7_DAYS, VictimAgeGroup.ADULT,
                Region.VR13, true);
        UUID danger = contactOf(ask(Tokens.frontDoor(), inDanger).statusCode(201).extract().path("pickupCode"));
        // Left out, as a front door that does not know the answer sends it: no danger.
        UUID calm = contactOf(ask(Tokens.frontDoor(), question(QUESTION + " Het is al lang geleden."))
                .statusCode(201).extract().path("pickupCode"));
        Eventually.await("both questions routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions").then().extract()
                        .jsonPath().getList("items.contactId").containsAll(List.of(danger.toString(), calm.toString())));

        // What the casemanager sees, and what went to triage, whose rules make it an emergency.
        given().auth().oauth2(CSG).when().get("/api/contacts/" + danger).then().statusCode(200)
                .body("channel", equalTo("WEB_QUESTION"))
                .body("immediateDanger", is(true));
        given().auth().oauth2(CSG).when().get("/api/contacts/" + calm).then().statusCode(200)
                .body("immediateDanger", is(false));

        String unclear = """
                {"question": "%s", "callerRole": "VICTIM", "incidentTypes": ["SEXUAL_ASSAULT"],
                 "immediateDanger": "misschien"}""".formatted(QUESTION + " Misschien.");
        ask(Tokens.frontDoor(), unclear).statusCode(400)
                .body("violations[0].field", equalTo("immediateDanger"));
    }

    /** The advice a minor was shown for abuse at home names Veilig Thuis: the question goes there too. */
    @Test
    void aQuestionFromAMinorAboutHomeIsRoutedWithTheSettingTheAdviceWasGivenFor() {
        var atHome = new HashMap<String, Object>(question(QUESTION + " Het gebeurt thuis."));
        atHome.put("setting", "HOME");
        atHome.put("victimAgeGroup", "AGE_12_17");
        UUID id = contactOf(ask(Tokens.frontDoor(), atHome).statusCode(201).extract().path("pickupCode"));
        String vt = Tokens.casemanager(Organisation.VT);
        Eventually.await("the question routed to Veilig Thuis", Duration.ofSeconds(30),
                () -> given().auth().oauth2(vt).when().get("/api/questions").then().extract()
                        .jsonPath().getList("items.contactId").contains(id.toString()));
        given().auth().oauth2(vt).when().get("/api/questions").then().statusCode(200)
                .body("items.find { it.contactId == '" + id + "' }.leadOrganisation", equalTo("VT"));
        given().auth().oauth2(vt).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("setting", equalTo("HOME"))
                .body("victimAgeGroup", equalTo("AGE_12_17"));
        given().auth().oauth2(CSG).when().get("/api/questions").then().statusCode(200)
                .body("items.contactId", not(hasItem(id.toString())));

        var elsewhere = new HashMap<String, Object>(question(QUESTION + " Ergens anders."));
        elsewhere.put("setting", "STRAND");
        ask(Tokens.frontDoor(), elsewhere).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("setting"));
    }

    @Test
    void aQuestionAndItsAnswerSealedWithAPreviousKeyAreMovedByTheKeyRotation() throws SQLException {
        String code = ask(Tokens.frontDoor(), question(QUESTION)).statusCode(201).extract().path("pickupCode");
        UUID id = contactOf(code);
        String answer = "Ja. Bel ons gerust, dag en nacht.";
        FieldCipher previous = TestKeys.previous();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("update web_question"
                + " set question_enc = ?, answer_enc = ?, answered_at = now(), answered_by = 'CSG' where contact_id = ?")) {
            s.setBytes(1, previous.encrypt(QUESTION, WebQuestion.context(id, "question")));
            s.setBytes(2, previous.encrypt(answer, WebQuestion.context(id, "answer")));
            s.setObject(3, id);
            assertEquals(1, s.executeUpdate());
        }
        given().auth().oauth2(Tokens.admin()).when().get("/api/encryption").then().statusCode(200)
                .body("tables.find { it.table == 'web_question' }.rowsPerKey.find { it.keyId == 1 }.rows",
                        greaterThanOrEqualTo(1))
                .body("removableKeyIds", not(hasItem(1)));

        given().auth().oauth2(Tokens.admin()).queryParam("batch", 5000)
                .when().post("/api/encryption/re-encrypt").then().statusCode(200)
                .body("remainingUnderOtherKeys", equalTo(0));

        assertEquals(2, count("select get_byte(question_enc, 0) from web_question where contact_id = '" + id + "'"));
        assertEquals(2, count("select get_byte(answer_enc, 0) from web_question where contact_id = '" + id + "'"));
        pickUp(code).statusCode(200).body("question", equalTo(QUESTION)).body("answer", equalTo(answer));
        given().auth().oauth2(Tokens.admin()).when().get("/api/encryption").then().statusCode(200)
                .body("removableKeyIds", hasItem(1));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit").then()
                .statusCode(200).body("action", hasItem("REENCRYPT_QUESTION"));
    }

    @Test
    void twoCasemanagersAnsweringAtOnceGiveOneAnswerAndTheOtherIsTold() throws Exception {
        String code = ask(Tokens.frontDoor(), question(QUESTION)).statusCode(201).extract().path("pickupCode");
        UUID id = contactOf(code);
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions/" + id).statusCode() == 200);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = List.of("Eerste antwoord.", "Tweede antwoord.").stream()
                    .map(text -> pool.submit(() -> given().auth().oauth2(CSG).contentType(ContentType.JSON)
                            .body(Map.of("answer", text)).when().put("/api/questions/" + id + "/answer")
                            .statusCode()))
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        String read = pickUp(code).statusCode(200).extract().path("answer");
        given().auth().oauth2(CSG).when().get("/api/questions/" + id).then().statusCode(200)
                .body("answer", equalTo(read));
    }

    @Test
    void onlyTheLeadOrganisationSeesAndAnswersAQuestion() {
        String code = ask(Tokens.frontDoor(), question(QUESTION)).statusCode(201).extract().path("pickupCode");
        UUID id = contactOf(code);
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions/" + id).statusCode() == 200);

        // SHN supports the case (the stand-in's rules), and still may not read or answer the question.
        for (Organisation other : List.of(Organisation.SHN, Organisation.VT)) {
            String token = Tokens.casemanager(other);
            given().auth().oauth2(token).when().get("/api/questions/" + id).then().statusCode(404);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answer", "Hallo"))
                    .when().put("/api/questions/" + id + "/answer").then().statusCode(404);
            given().auth().oauth2(token).when().get("/api/questions").then().statusCode(200)
                    .body("items.contactId", not(hasItem(id.toString())));
        }
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/questions/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/questions").then().statusCode(403);
    }

    @Test
    void onlyTheFrontDoorAsksAndPicksUpAndItsTokenOpensNothingElse() {
        ask(CSG, question(QUESTION)).statusCode(403);
        ask(Tokens.service(), question(QUESTION)).statusCode(403);
        given().auth().oauth2(CSG).contentType(ContentType.JSON).body(Map.of("code", "a b c d"))
                .when().post("/api/questions/pickup").then().statusCode(403);
        given().auth().oauth2(Tokens.frontDoor()).when().get("/api/questions").then().statusCode(403);
        given().auth().oauth2(Tokens.frontDoor()).when().get("/api/contacts").then().statusCode(403);
        given().contentType(ContentType.JSON).body(question(QUESTION)).when().post("/api/questions").then()
                .statusCode(401);
    }

    /** A double click, or a retry after the front door gave up waiting: one question, one contact, one case. */
    @Test
    void theSameFormSentTwiceStoresOneQuestionAndEitherCodeReadsIt() throws Exception {
        String form = UUID.randomUUID().toString();
        String text = "Dubbel verstuurd: telt dit ook? " + form;
        ExecutorService browser = Executors.newFixedThreadPool(2);
        List<String> codesGiven = new ArrayList<>();
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(browser.submit(() -> given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", form)
                        .contentType(ContentType.JSON).body(question(text)).when().post("/api/questions")
                        .then().statusCode(201).extract().<String>path("pickupCode")));
            }
            for (Future<String> code : sent) {
                codesGiven.add(code.get(30, TimeUnit.SECONDS));
            }
        } finally {
            browser.shutdownNow();
        }
        assertNotEquals(codesGiven.get(0), codesGiven.get(1));
        assertEquals(1, count("select count(*) from web_question where contact_id in ("
                + "select contact_id from idempotency_key where key like '" + form + "/%')"));
        // The person holds whichever page the browser showed: both codes read the one question.
        pickUp(codesGiven.get(0)).statusCode(200).body("question", equalTo(text));
        pickUp(codesGiven.get(1)).statusCode(200).body("question", equalTo(text));
        UUID contact = contactOf(codesGiven.get(0));
        assertEquals(contact, contactOf(codesGiven.get(1)));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", contact.toString()).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'CREATE' }.size()", equalTo(1))
                .body("findAll { it.action == 'REPLAY' }.size()", equalTo(1));

        // The form sent back with its question changed asks a new question.
        String changed = ask(Tokens.frontDoor(), question(text + " En nog iets.")).statusCode(201)
                .extract().path("pickupCode");
        given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", form).contentType(ContentType.JSON)
                .body(question(text + " En nog iets.")).when().post("/api/questions").then().statusCode(201);
        assertNotEquals(contact, contactOf(changed));
        given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", "met spatie").contentType(ContentType.JSON)
                .body(question(text)).when().post("/api/questions").then().statusCode(400)
                .body("violations.field", hasItem("Idempotency-Key"));
    }

    /**
     * A retry after an answer was lost comes within a minute or two; the same form sent again later is more likely
     * someone pressing Back on a shared device: no code for them, and the person's own code still reads the answer.
     */
    @Test
    void theSameFormSentAgainAfterTwoMinutesGetsNoNewCodeAndTheFirstStillReads() {
        String form = UUID.randomUUID().toString();
        String text = "Later nog eens verstuurd: " + form;
        String code = given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", form)
                .contentType(ContentType.JSON).body(question(text)).when().post("/api/questions")
                .then().statusCode(201).extract().path("pickupCode");
        try {
            clock.set(Instant.now().plus(Duration.ofMinutes(3)));
            given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", form).contentType(ContentType.JSON)
                    .body(question(text)).when().post("/api/questions")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("pickupCode", nullValue());
        } finally {
            clock.reset();
        }
        pickUp(code).statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", contactOf(code).toString()).when()
                .get("/api/audit").then().statusCode(200)
                .body("findAll { it.action == 'REPLAY' }.result", contains("CONFLICT"));
    }

    /** Whoever sends the form again within the window gets a code, and the person's own is never taken from them. */
    @Test
    void theSameFormSentAgainWithinTheWindowLeavesTheFirstCodeReadingTheAnswer() {
        String form = UUID.randomUUID().toString();
        String text = "Na een minuut nog eens verstuurd: " + form;
        String first = given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", form)
                .contentType(ContentType.JSON).body(question(text)).when().post("/api/questions")
                .then().statusCode(201).extract().path("pickupCode");
        String second;
        String third;
        try {
            clock.set(Instant.now().plus(Duration.ofSeconds(60)));
            second = given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", form)
                    .contentType(ContentType.JSON).body(question(text)).when().post("/api/questions")
                    .then().statusCode(201).extract().path("pickupCode");
            clock.set(Instant.now().plus(Duration.ofSeconds(90)));
            third = given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", form)
                    .contentType(ContentType.JSON).body(question(text)).when().post("/api/questions")
                    .then().statusCode(201).extract().path("pickupCode");
        } finally {
            clock.reset();
        }
        assertNotEquals(first, second);
        pickUp(first).statusCode(200).body("question", equalTo(text));
        pickUp(third).statusCode(200).body("question", equalTo(text));
        assertEquals(contactOf(first), contactOf(third));
        // The second page was replaced by the third in the browser that sent it; its code reads nothing.
        pickUp(second).statusCode(404);
    }

    @Test
    void aWrongCodeFindsNothingAndSaysNothingMore() {
        String code = ask(Tokens.frontDoor(), question(QUESTION)).statusCode(201).extract().path("pickupCode");
        String[] words = code.split(" ");
        String oneWordOff = words[0] + " " + words[1] + " " + words[2] + " " + words[2];
        String threeWords = words[0] + " " + words[1] + " " + words[2];
        String wrong = pickUp(oneWordOff).statusCode(404).contentType("application/problem+json")
                .extract().body().asString();
        String malformed = pickUp(threeWords).statusCode(404).extract().body().asString();
        assertNotEquals(code, oneWordOff);
        // The same answer, word for word, whatever was wrong with the code.
        assertEquals(wrong.replaceAll("\"instance\":\"[^\"]*\"", ""),
                malformed.replaceAll("\"instance\":\"[^\"]*\"", ""));
        pickUp("").statusCode(400).body("violations.field", hasItem("code"));
    }

    @Test
    void aQuestionIsPlainTextOfAtMost2000CharactersAndARefusedOneLeavesNothing() throws SQLException {
        long before = count("select count(*) from web_question");
        ask(Tokens.frontDoor(), question("Kijk op www.example.nl voor meer")).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("question"));
        ask(Tokens.frontDoor(), question("Zie https://example.org")).statusCode(400)
                .body("violations.field", hasItem("question"));
        ask(Tokens.frontDoor(), question("<a href=x>hier</a>")).statusCode(400)
                .body("violations.field", hasItem("question"));
        ask(Tokens.frontDoor(), question("x".repeat(2001))).statusCode(400)
                .body("violations.field", hasItem("question"));
        ask(Tokens.frontDoor(), question("   ")).statusCode(400).body("violations.field", hasItem("question"));
        Map<String, Object> noTypes = new HashMap<>(question(QUESTION));
        noTypes.put("incidentTypes", List.of());
        ask(Tokens.frontDoor(), noTypes).statusCode(400).body("violations.field", hasItem("incidentTypes"));
        Map<String, Object> badRole = new HashMap<>(question(QUESTION));
        badRole.put("callerRole", "KING");
        ask(Tokens.frontDoor(), badRole).statusCode(400).contentType("application/problem+json");
        assertEquals(before, count("select count(*) from web_question"));
        ask(Tokens.frontDoor(), question("é".repeat(2000))).statusCode(201);
    }

    @Test
    void theQuestionIsStoredEncryptedAndTheCodeOnlyAsAHash() throws SQLException {
        String code = ask(Tokens.frontDoor(), question(QUESTION)).statusCode(201).extract().path("pickupCode");
        UUID id = contactOf(code);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select * from web_question where contact_id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    String value = String.valueOf(r.getString(i));
                    assertFalse(value.contains(code), "the code is stored in " + r.getMetaData().getColumnName(i));
                    assertFalse(value.contains("iemand die ik ken"), "the question is stored in plain text");
                }
            }
        }
    }

    @Test
    void anAnsweredQuestionIsErasedAfter30DaysAndAnUnansweredOneAfter60() {
        String unanswered = ask(Tokens.frontDoor(), question(QUESTION)).statusCode(201).extract().path("pickupCode");
        String answered = ask(Tokens.frontDoor(), question(QUESTION)).statusCode(201).extract().path("pickupCode");
        UUID answeredId = contactOf(answered);
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions/" + answeredId).statusCode() == 200);
        given().auth().oauth2(CSG).contentType(ContentType.JSON).body(Map.of("answer", "Je bent welkom."))
                .when().put("/api/questions/" + answeredId + "/answer").then().statusCode(200);

        Instant now = Instant.now();
        retention.eraseDue(now.plus(Duration.ofDays(29)));
        pickUp(answered).statusCode(200);
        pickUp(unanswered).statusCode(200);

        drain(now.plus(Duration.ofDays(31)));
        pickUp(answered).statusCode(404);
        pickUp(unanswered).statusCode(200);
        given().auth().oauth2(CSG).when().get("/api/contacts/" + answeredId).then().statusCode(200)
                .body("detailsErased", is(true))
                .body("channel", equalTo("WEB_QUESTION"));
        Eventually.await("triage told to forget", Duration.ofSeconds(30),
                () -> StubControl.received(answeredId.toString()).path("erasures").toString()
                        .equals("[\"SUMMARY\"]"));

        drain(now.plus(Duration.ofDays(61)));
        pickUp(unanswered).statusCode(404);
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", answeredId).when().get("/api/audit").then()
                .body("findAll { it.action == 'ERASE_QUESTION' }.actor", hasItem("system:retention"));
    }

    private void drain(Instant at) {
        int erased;
        do {
            erased = retention.eraseDue(at);
        } while (erased > 0);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private UUID contactOf(String code) {
        return QuestionRows.contactOf(dataSource, codes, code);
    }
}
