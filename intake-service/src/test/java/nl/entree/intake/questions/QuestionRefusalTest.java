package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.support.token.Tokens;

/**
 * Each refusal of a question's text names its reason in the problem's type, the contract help words its page by
 * (README, "Questions from the front door"): the English around it may change, these types may not.
 */
@QuarkusTest
class QuestionRefusalTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("", "urn:entree:problem:question-empty"),
                Arguments.of(" \n\t ", "urn:entree:problem:question-empty"),
                // Blank and over the length: what the person can act on is that nothing is written.
                Arguments.of(" ".repeat(QuestionText.MAX_LENGTH + 1), "urn:entree:problem:question-empty"),
                Arguments.of("x".repeat(QuestionText.MAX_LENGTH + 1), "urn:entree:problem:question-too-long"),
                Arguments.of("a".repeat(QuestionText.MAX_LENGTH - 1) + "\uD83D\uDE22",
                        "urn:entree:problem:question-too-long"),
                Arguments.of("Kijk op www.example.nl voor meer", "urn:entree:problem:question-has-link"),
                Arguments.of("Zie https://example.org", "urn:entree:problem:question-has-link"),
                Arguments.of("<a href=x>hier</a>", "urn:entree:problem:question-has-markup"),
                Arguments.of("Ik &amp; hij", "urn:entree:problem:question-has-markup"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void eachRefusalOfTheTextNamesItsReasonInTheType(String text, String type) {
        given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON)
                .body(Map.of("question", text, "callerRole", "VICTIM", "incidentTypes", List.of("SEXUAL_ASSAULT")))
                .when().post("/api/questions").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(type)).body("status", equalTo(400))
                .body("violations.field", contains("question"));
    }
}
