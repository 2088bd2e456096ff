package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;
import nl.entree.support.time.Eventually;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * The day a pickup says question and answer are erased is the day the nightly job erases them: its first run after
 * the term has passed, at 03:30 Dutch time (entree.retention.cron, in DutchTime). Questions of 2006, a
 * year no other test uses, so that the runs here erase only these.
 */
@QuarkusTest
class ErasureDateTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @Inject
    DataSource dataSource;

    @Inject
    QuestionRetention retention;

    @Inject
    PickupCodes codes;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void anAnswerGivenInTheAfternoonIsErasedTheNightAfterItsThirtiethDayAndThePickupSaysSo() {
        clock.set(dutch("2006-05-10T09:00"));
        String code = ask();
        UUID id = QuestionRows.contactOf(dataSource, codes, code);
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30),
                () -> given().auth().oauth2(CSG).when().get("/api/questions/" + id).statusCode() == 200);
        // Thirty days after 14:00 on 10 May is 14:00 on 9 June, hours after that night's run.
        clock.set(dutch("2006-05-10T14:00"));
        given().auth().oauth2(CSG).contentType(ContentType.JSON).body(Map.of("answer", "Je bent welkom."))
                .when().put("/api/questions/" + id + "/answer").then().statusCode(200);

        pickUp(code).statusCode(200).body("erasedOn", equalTo("2006-06-10"));

        runNightlyOn("2006-06-09");
        pickUp(code).statusCode(200).body("answer", equalTo("Je bent welkom."));
        runNightlyOn("2006-06-10");
        pickUp(code).statusCode(404);
    }

    @Test
    void aQuestionNobodyAnswersIsErasedByTheFirstRunAfterSixtyDaysAndThePickupSaysWhichDay() {
        // Sixty days after 3 October, the clocks put back in between: 14:00 and 01:00 Dutch time on 2 December.
        clock.set(dutch("2006-10-03T15:00"));
        String afternoon = ask();
        clock.set(dutch("2006-10-03T02:00"));
        String night = ask();

        // The day said is the one for a question nobody answers: an answer moves it to 30 days after the answer.
        pickUp(afternoon).statusCode(200).body("erasedOn", equalTo("2006-12-03"))
                .body("answer", nullValue()).body("daysKeptAfterAnswer", equalTo(30));
        pickUp(night).statusCode(200).body("erasedOn", equalTo("2006-12-02"));

        runNightlyOn("2006-12-01");
        pickUp(night).statusCode(200);
        runNightlyOn("2006-12-02");
        pickUp(night).statusCode(404);
        pickUp(afternoon).statusCode(200);
        runNightlyOn("2006-12-03");
        pickUp(afternoon).statusCode(404);
    }

    /** The nightly job as the scheduler starts it, at 03:30 Dutch time on {@code day}. */
    private void runNightlyOn(String day) {
        clock.set(dutch(day + "T03:30"));
        retention.nightly();
    }

    private static Instant dutch(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(DutchTime.ZONE).toInstant();
    }

    private static String ask() {
        QuestionRequest question = new QuestionRequest("Mag ik later nog eens vragen hoe het verder gaat?",
                CallerRole.VICTIM, Set.of(IncidentType.SEXUAL_ASSAULT), null, TimeSinceIncident.MORE_THAN_7_DAYS,
                VictimAgeGroup.ADULT, Region.VR13, false);
        return given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON).body(question)
                .when().post("/api/questions").then().statusCode(201).extract().path("pickupCode");
    }

    private static ValidatableResponse pickUp(String code) {
        return given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/questions/pickup").then();
    }
}
