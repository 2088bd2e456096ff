package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.TestKeys;
import nl.entree.support.log.LogLines;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * A question from the front door whose text or answer no configured key opens (damaged, or sealed with a key no
 * longer configured) costs that question, and nothing else: the casemanager's list shows every question and marks
 * it, reading or answering it is a clear problem, and the person's pickup is one that says nothing of the question.
 * Every such read is audited as refused, and the log names the question's id only.
 */
@QuarkusTest
class UnreadableQuestionTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String TYPE = "urn:entree:problem:question-unreadable";

    @Inject
    DataSource dataSource;

    @Inject
    PickupCodes codes;

    private record Asked(UUID id, String code) {
    }

    @Test
    void theListShowsEveryQuestionAndMarksOneNoKeyOpensWhileReadingItAloneIsAClearProblem() throws SQLException {
        Asked damaged = ask("Kan ik nog aangifte doen na een jaar? Zeepbel");
        Asked keyGone = ask("Mag ik iemand meenemen naar het gesprek? Kastanje");
        Asked intact = ask("Moet ik mijn naam noemen als ik bel? Vuurtoren");
        for (Asked asked : List.of(damaged, keyGone, intact)) {
            routedToCsg(asked.id());
            given().auth().oauth2(CSG).contentType(ContentType.JSON).body(Map.of("answer", "Ja, gerust. Walnoot"))
                    .when().put("/api/questions/" + asked.id() + "/answer").then().statusCode(200);
        }
        LogLines log = LogLines.capture();
        try {
            damageLastByte("question_enc", damaged.id());
            update("update web_question set answer_enc = set_byte(answer_enc, 0, 9) where contact_id = ?",
                    keyGone.id());

            // Answered ones come newest first, so this test's three are on the first page.
            given().auth().oauth2(CSG).queryParam("state", "ANSWERED").queryParam("size", 100)
                    .when().get("/api/questions").then().statusCode(200)
                    .body("items.contactId", hasItems(damaged.id().toString(), keyGone.id().toString(),
                            intact.id().toString()))
                    .body(item(damaged) + ".unreadable", equalTo(true))
                    .body(item(damaged) + ".reference", not(nullValue()))
                    .body(item(keyGone) + ".unreadable", equalTo(true))
                    .body(item(intact) + ".unreadable", equalTo(false));

            for (Asked asked : List.of(damaged, keyGone)) {
                String body = unreadable(given().auth().oauth2(CSG).when().get("/api/questions/" + asked.id())
                        .then()).body("detail", containsString("cannot be decrypted"))
                        .extract().body().asString();
                assertFalse(body.contains("Walnoot") || body.contains("Zeepbel") || body.contains("Kastanje"),
                        "the problem quotes a text: " + body);
            }
            given().auth().oauth2(CSG).when().get("/api/questions/" + intact.id()).then().statusCode(200)
                    .body("question", equalTo("Moet ik mijn naam noemen als ik bel? Vuurtoren"))
                    .body("answer", equalTo("Ja, gerust. Walnoot"))
                    .body("unreadable", equalTo(false));

            for (Asked asked : List.of(damaged, keyGone)) {
                given().auth().oauth2(Tokens.admin()).queryParam("objectId", asked.id()).when().get("/api/audit")
                        .then().statusCode(200)
                        .body("findAll { it.action == 'LIST' }.result", hasItem("OK"))
                        .body("findAll { it.action == 'READ' && it.result == 'REFUSED' }.actorOrganisation",
                                equalTo(List.of("CSG")));
            }
        } finally {
            log.close();
            forget(damaged.id(), keyGone.id());
        }
        assertWarnedOfOnly(log.lines(), List.of(damaged, keyGone), intact, "Zeepbel", "Kastanje", "Walnoot");
    }

    @Test
    void anAnswerToAQuestionNoKeyOpensIsRefusedAndNotTakenAsGiven() throws SQLException {
        Asked damaged = ask("Wat gebeurt er als ik bel? Regenboog");
        routedToCsg(damaged.id());
        damageLastByte("question_enc", damaged.id());
        try {
            // Twice: the first answer was not stored, so the second is not "answered already" either.
            for (int i = 0; i < 2; i++) {
                unreadable(given().auth().oauth2(CSG).contentType(ContentType.JSON)
                        .body(Map.of("answer", "Dan luisteren we. Zonnebloem"))
                        .when().put("/api/questions/" + damaged.id() + "/answer").then());
            }
            given().auth().oauth2(Tokens.admin()).queryParam("objectId", damaged.id()).when().get("/api/audit")
                    .then().statusCode(200)
                    .body("findAll { it.action == 'ANSWER' }.result", equalTo(List.of("REFUSED", "REFUSED")));
        } finally {
            forget(damaged.id());
        }
    }

    @Test
    void aPickupOfAQuestionNoKeyOpensIsAClearProblemThatSaysNothingOfTheQuestion() throws SQLException {
        Asked unanswered = ask("Is het normaal dat ik niet kan slapen? Lantaarn");
        Asked answered = ask("Kan ik ook mailen in plaats van bellen? Pepermunt");
        Asked intact = ask("Hoe lang duurt een gesprek? Sneeuwklok");
        damageLastByte("question_enc", unanswered.id());
        // Answered by CSG, with a key that is no longer configured.
        byte[] sealed = TestKeys.previous().encrypt("Ja, mailen kan ook. Kaneel",
                WebQuestion.context(answered.id(), "answer"));
        sealed[0] = 9;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("update web_question"
                + " set answer_enc = ?, answered_at = now(), answered_by = 'CSG' where contact_id = ?")) {
            s.setBytes(1, sealed);
            s.setObject(2, answered.id());
            assertEquals(1, s.executeUpdate());
        }
        LogLines log = LogLines.capture();
        try {
            String first = unreadable(pickUp(unanswered.code())).extract().body().asString();
            String second = unreadable(pickUp(answered.code())).extract().body().asString();
            // Word for word the same, answered or not, and nothing of either question in it.
            assertEquals(first, second);
            for (String word : List.of("Lantaarn", "Pepermunt", "Kaneel", "CSG")) {
                assertFalse(first.contains(word), "the problem tells " + word + ": " + first);
            }
            pickUp(intact.code()).statusCode(200).body("question", equalTo("Hoe lang duurt een gesprek? Sneeuwklok"));

            for (Asked asked : List.of(unanswered, answered)) {
                given().auth().oauth2(Tokens.admin()).queryParam("objectId", asked.id()).when().get("/api/audit")
                        .then().statusCode(200)
                        .body("findAll { it.action == 'PICK_UP' }.result", equalTo(List.of("REFUSED")));
            }
        } finally {
            log.close();
            forget(unanswered.id(), answered.id());
        }
        List<String> secrets = List.of("Lantaarn", "Pepermunt", "Kaneel", unanswered.code(), answered.code());
        assertWarnedOfOnly(log.lines(), List.of(unanswered, answered), intact, secrets.toArray(String[]::new));
    }

    /** The 500 problem of a question no key opens, whoever asked for it. */
    private static ValidatableResponse unreadable(ValidatableResponse response) {
        return response.statusCode(500).contentType("application/problem+json")
                .body("type", equalTo(TYPE))
                .body("title", equalTo("Question unreadable"))
                .body("detail", containsString("Trying again will not help"));
    }

    private static void assertWarnedOfOnly(List<String> lines, List<Asked> unreadable, Asked intact,
            String... secrets) {
        for (Asked asked : unreadable) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN ") && l.contains(asked.id().toString())),
                    "a warning names question " + asked.id() + ": " + lines);
        }
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("WARN ") && l.contains(intact.id().toString())),
                "a warning names a question that reads: " + lines);
        for (String line : lines) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "a text or code in a log line: " + line);
            }
        }
    }

    private Asked ask(String text) {
        String code = given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON)
                .body(Map.of("question", text, "callerRole", "VICTIM", "incidentTypes", List.of("SEXUAL_ASSAULT"),
                        "timeSinceIncident", "MORE_THAN_7_DAYS", "victimAgeGroup", "ADULT", "region", "VR13"))
                .when().post("/api/questions").then().statusCode(201).extract().path("pickupCode");
        return new Asked(contactOf(code), code);
    }

    private static void routedToCsg(UUID id) {
        Eventually.await("question " + id + " routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions/" + id).statusCode() == 200);
    }

    private static ValidatableResponse pickUp(String code) {
        return given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/questions/pickup").then();
    }

    private static String item(Asked asked) {
        return "items.find { it.contactId == '" + asked.id() + "' }";
    }

    private void damageLastByte(String column, UUID id) throws SQLException {
        update("update web_question set " + column + " = set_byte(" + column + ", length(" + column + ") - 1, "
                + "get_byte(" + column + ", length(" + column + ") - 1) # 1) where contact_id = ?", id);
    }

    /** Removes what this test damaged, so that no other test meets it. */
    private void forget(UUID... ids) throws SQLException {
        for (UUID id : ids) {
            update("delete from web_question where contact_id = ?", id);
        }
    }

    private void update(String sql, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private UUID contactOf(String code) {
        return QuestionRows.contactOf(dataSource, codes, code);
    }
}
