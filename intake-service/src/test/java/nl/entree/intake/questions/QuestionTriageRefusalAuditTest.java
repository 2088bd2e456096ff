package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
import nl.entree.intake.support.TriageRefusal;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * A casemanager's read of a question, their answer to it and their list of questions all ask triage who leads the
 * case. When triage refuses the caller (401, 403) or cannot be asked (503), the attempt is in the question's trail
 * all the same, and the caller's answer stays what triage's refusal makes it. The stub routes a question to CSG.
 */
@QuarkusTest
class QuestionTriageRefusalAuditTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @Inject
    DataSource dataSource;

    @Inject
    PickupCodes codes;

    @ParameterizedTest
    @EnumSource(TriageRefusal.class)
    void aReadTriageRefusesIsAudited(TriageRefusal refusal) {
        UUID id = askedAndRoutedToCsg();

        refused(refusal, refusal.during(() -> given().auth().oauth2(refusal.token(Organisation.CSG))
                .when().get("/api/questions/" + id).then()));

        audited(id, refusal, "READ");
    }

    @ParameterizedTest
    @EnumSource(TriageRefusal.class)
    void anAnswerTriageRefusesIsAuditedAndNotGiven(TriageRefusal refusal) {
        UUID id = askedAndRoutedToCsg();

        refused(refusal, refusal.during(() -> given().auth().oauth2(refusal.token(Organisation.CSG))
                .contentType(ContentType.JSON).body(new AnswerRequest("Bel ons gerust, ook 's nachts."))
                .when().put("/api/questions/" + id + "/answer").then()));

        audited(id, refusal, "ANSWER");
        given().auth().oauth2(CSG).when().get("/api/questions/" + id).then().statusCode(200)
                .body("answer", nullValue()).body("answeredAt", nullValue());
    }

    @ParameterizedTest
    @EnumSource(TriageRefusal.class)
    void aListTriageRefusesIsAuditedForTheQuestionTriageWasAskedAbout(TriageRefusal refusal) {
        UUID id = askedAndRoutedToCsg();
        // An organisation of its own for each refusal, whose queue no other test fills: it holds this question only.
        Organisation lead = switch (refusal) {
            case FORBIDDEN -> Organisation.VT;
            case SIGNED_OUT -> Organisation.HELPWANTED;
            case UNAVAILABLE -> Organisation.CVSN;
        };
        StubControl.reassign(id.toString(), lead.name());
        // The new lead's read brings intake's copy of the routing, which its queue is found by, up to date.
        given().auth().oauth2(Tokens.casemanager(lead)).when().get("/api/questions/" + id).then().statusCode(200);

        refused(refusal, refusal.during(() -> given().auth().oauth2(refusal.token(lead))
                .when().get("/api/questions").then()));

        audited(id, refusal, "LIST");
    }

    private static void refused(TriageRefusal refusal, ValidatableResponse response) {
        response.statusCode(refusal.status).contentType("application/problem+json");
    }

    private static void audited(UUID id, TriageRefusal refusal, String action) {
        String byActor = "findAll { it.actor == '" + refusal.subject + "' }";
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body(byActor + ".action", contains(action))
                .body(byActor + ".result", contains(refusal.auditResult));
    }

    private UUID askedAndRoutedToCsg() {
        QuestionRequest request = new QuestionRequest("Kan ik met iemand praten zonder mijn naam te noemen?",
                CallerRole.VICTIM, Set.of(IncidentType.SEXUAL_ASSAULT), null, TimeSinceIncident.MORE_THAN_7_DAYS,
                VictimAgeGroup.ADULT, Region.VR13, false);
        String code = given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON).body(request)
                .when().post("/api/questions").then().statusCode(201).extract().path("pickupCode");
        UUID id = QuestionRows.contactOf(dataSource, codes, code);
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions/" + id).statusCode() == 200);
        return id;
    }
}
