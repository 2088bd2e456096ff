package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

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
import nl.entree.intake.support.StubControl;
import nl.entree.support.db.Locks;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * An answer asks triage who leads the case before it locks anything, since triage may take seconds: meanwhile an
 * erasure of the same contact, and the nightly retention behind it, must not wait. The triage stub's mode HOLD keeps
 * triage's answer back until the test has done what it does meanwhile.
 */
@QuarkusTest
class AnswerWhileTriageIsSlowTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @Inject
    DataSource dataSource;

    @Inject
    PickupCodes codes;

    @Test
    void anErasureDoesNotWaitForAnAnswerThatWaitsForTriage() throws Exception {
        String code = askedAndRoutedToCsg("Mag ik dit nog laten wissen als ik spijt krijg?");
        UUID id = contactOf(code);
        String reference = given().auth().oauth2(CSG).when().get("/api/questions/" + id).then().statusCode(200)
                .extract().path("reference");
        ExecutorService casemanager = Executors.newSingleThreadExecutor();
        try {
            StubControl.mode("HOLD");
            Future<Integer> answer = casemanager.submit(() -> answer(id, "Ja, dat kan altijd."));
            Eventually.await("the answer waits for triage", Duration.ofSeconds(10), () -> StubControl.held() == 1);

            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reference", reference))
                    .when().post("/api/erasures").then().statusCode(200);
            assertEquals(1, StubControl.held(), "the erasure ended while the answer still waited for triage");

            StubControl.mode("UP");
            // Had the erasure waited for the answer's locks, it would have come after the answer and erased it.
            assertEquals(404, answer.get(30, TimeUnit.SECONDS),
                    "the erasure came first, so the answer found no question to answer");
        } finally {
            casemanager.shutdownNow();
            StubControl.mode("UP");
        }
        pickUp(code).statusCode(404);
        given().auth().oauth2(CSG).when().get("/api/questions/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit").then()
                .statusCode(200)
                .body("findAll { it.action == 'ERASE_ON_REQUEST' }.result", equalTo(List.of("OK")))
                .body("findAll { it.action == 'ANSWER' }.result", equalTo(List.of("NOT_FOUND")));
    }

    /**
     * Both answers find the question open and wait for triage together; triage has dropped the supporting
     * organisation meanwhile, so both write the contact's routing too. One answer is stored, the other is told.
     */
    @Test
    void twoAnswersThatBothFoundTheQuestionOpenGiveOneAnswerAndOneConflict() throws Exception {
        String code = askedAndRoutedToCsg("Moet ik aangifte doen of mag ik eerst met iemand praten?");
        UUID id = contactOf(code);
        StubControl.reassign(id.toString(), "CSG");
        List<String> texts = List.of("Eerst praten mag altijd.", "Dat mag, bel ons gerust.");
        ExecutorService casemanagers = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            StubControl.mode("HOLD");
            List<Future<Integer>> answers = texts.stream()
                    .map(text -> casemanagers.submit(() -> answer(id, text))).toList();
            Eventually.await("both answers wait for triage", Duration.ofSeconds(10), () -> StubControl.held() == 2);
            StubControl.mode("UP");
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            casemanagers.shutdownNow();
            StubControl.mode("UP");
        }
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        String given = texts.get(statuses.indexOf(200));
        pickUp(code).statusCode(200).body("answer", equalTo(given));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit").then()
                .statusCode(200)
                .body("findAll { it.action == 'ANSWER' }.result.sort()", equalTo(List.of("CONFLICT", "OK")))
                .body("findAll { it.action == 'ROUTE' }.actor", hasItem("system:triage"));
    }

    /**
     * An erasure takes the question's row and then the audit trail's head. An answer that catches up with triage
     * writes the contact's routing and audits that; it must write the question before it takes the head, or each
     * would wait for what the other holds and PostgreSQL would end one of them as a deadlock.
     */
    @Test
    void anAnswerThatCatchesUpWithTriageDuringAnErasureWaitsForItAndBothEnd() throws Exception {
        String code = askedAndRoutedToCsg("Wat gebeurt er met wat ik hier schrijf?");
        UUID id = contactOf(code);
        StubControl.reassign(id.toString(), "CSG");
        ExecutorService casemanager = Executors.newSingleThreadExecutor();
        try (Connection erasure = dataSource.getConnection()) {
            erasure.setAutoCommit(false);
            try (PreparedStatement question = erasure.prepareStatement(
                    "delete from web_question where contact_id = ?")) {
                question.setObject(1, id);
                assertEquals(1, question.executeUpdate());
            }
            Future<Integer> answer = casemanager.submit(() -> answer(id, "Het blijft bij ons."));
            Eventually.await("the answer waits on the question's row", Duration.ofSeconds(10),
                    () -> Locks.waiting(dataSource) > 0);
            try (PreparedStatement head = erasure.prepareStatement("select last_hash from audit_chain for update")) {
                head.executeQuery().close();
            }
            erasure.commit();
            assertEquals(404, answer.get(30, TimeUnit.SECONDS));
        } finally {
            casemanager.shutdownNow();
        }
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit").then()
                .statusCode(200)
                .body("findAll { it.action == 'ANSWER' }.result", equalTo(List.of("NOT_FOUND")))
                .body("findAll { it.action == 'ROUTE' }.actor", hasItem("system:triage"));
    }

    private String askedAndRoutedToCsg(String text) {
        QuestionRequest request = new QuestionRequest(text, CallerRole.VICTIM,
                Set.of(IncidentType.SEXUAL_ASSAULT), null, TimeSinceIncident.MORE_THAN_7_DAYS, VictimAgeGroup.ADULT,
                Region.VR13, false);
        String code = given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON).body(request)
                .when().post("/api/questions").then().statusCode(201).extract().path("pickupCode");
        UUID id = contactOf(code);
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions/" + id).statusCode() == 200);
        return code;
    }

    private static int answer(UUID id, String text) {
        return given().auth().oauth2(CSG).contentType(ContentType.JSON).body(Map.of("answer", text))
                .when().put("/api/questions/" + id + "/answer").statusCode();
    }

    private static ValidatableResponse pickUp(String code) {
        return given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/questions/pickup").then();
    }

    private UUID contactOf(String code) {
        return QuestionRows.contactOf(dataSource, codes, code);
    }
}
