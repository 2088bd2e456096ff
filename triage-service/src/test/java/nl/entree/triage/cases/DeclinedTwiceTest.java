package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static nl.entree.triage.Api.atOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * A casemanager's decline sent twice (a double click on "Ja, afwijzen"): the first takes the case out of the
 * organisation, and the second must not tell them their decline failed, nor show the case to anyone else.
 */
@QuarkusTest
class DeclinedTwiceTest {

    private static final String REASON = "Past beter bij Veilig Thuis";

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String csgCase() {
        return Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR13"));
    }

    private static String casemanager(String subject) {
        return Tokens.as("casemanager").org("CSG").subject(subject).sign();
    }

    private static ValidatableResponse decline(String id, String token, String reason) {
        return as(token).body(Map.of("reason", reason)).post("/api/cases/" + id + "/decline").then();
    }

    @Test
    void theSameDeclineSentAgainIsAnsweredAsTheFirstAndDeclinesOnce() {
        String id = csgCase();
        String token = casemanager("cm-declines-twice");
        decline(id, token, REASON).statusCode(200).body("status", equalTo("NEEDS_REVIEW"));
        decline(id, token, REASON).statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW"))
                .body("leadOrganisation", nullValue());

        as(Tokens.coordinator()).get("/api/cases/" + id).then().statusCode(200)
                .body("history", hasSize(2))
                .body("history[1].reason", equalTo(REASON));
        as(token).get("/api/cases/" + id).then().statusCode(404);
        as(Tokens.admin()).get("/api/audit?objectId=" + id).then().statusCode(200)
                .body("findAll { it.actor == 'cm-declines-twice' && it.action.startsWith('CASE_DECLINE') }.action",
                        equalTo(List.of("CASE_DECLINE", "CASE_DECLINE_REPEATED")));
    }

    @Test
    void theSameDeclineSentSixTimesAtOnceDeclinesOnceAndAnswersEachAsTheFirst() throws Exception {
        String id = csgCase();
        String token = casemanager("cm-declines-at-once");
        List<Integer> statuses = atOnce(Collections.nCopies(6,
                () -> decline(id, token, REASON).extract().statusCode()));

        assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses);
        as(Tokens.coordinator()).get("/api/cases/" + id).then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW"))
                .body("history.toStatus", equalTo(List.of("OFFERED", "NEEDS_REVIEW")));
        as(Tokens.admin()).get("/api/audit?objectId=" + id).then().statusCode(200)
                .body("findAll { it.actor == 'cm-declines-at-once' && it.action == 'CASE_DECLINE' }", hasSize(1))
                .body("findAll { it.actor == 'cm-declines-at-once' && it.action == 'CASE_DECLINE_REPEATED' }",
                        hasSize(5));
    }

    @Test
    void aDeclineSentAgainLaterOrBySomeoneElseOrWithAnotherReasonIsNotFound() {
        String id = csgCase();
        String token = casemanager("cm-declines-once");
        decline(id, token, REASON).statusCode(200);

        decline(id, casemanager("cm-colleague"), REASON).statusCode(404);
        decline(id, token, "Een andere reden").statusCode(404);
        clock.set(Instant.now().plus(Duration.ofMinutes(3)));
        decline(id, token, REASON).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDeclineSentAgainAfterACoordinatorReassignedTheCaseIsNotFound() {
        String id = csgCase();
        String token = casemanager("cm-declines-before-reassign");
        decline(id, token, REASON).statusCode(200);
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "Juridische steun eerst"))
                .post("/api/cases/" + id + "/reassign").then().statusCode(200);

        decline(id, token, REASON).statusCode(404);
        as(Tokens.coordinator()).get("/api/cases/" + id).then()
                .body("leadOrganisation", equalTo("SHN"))
                .body("history.toStatus", hasItem("OFFERED"))
                .body("history", hasSize(3));
    }
}
