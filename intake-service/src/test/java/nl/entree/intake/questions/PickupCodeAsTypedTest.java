package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.entree.support.token.Tokens;

/**
 * A pickup code finds its question however the person typed it: the page promises that capitals, dashes and spaces
 * do not matter, and a code read out over the phone or typed on one often comes without spaces.
 */
@QuarkusTest
class PickupCodeAsTypedTest {

    private static final String QUESTION = "Telt het ook als het mijn vriend was?";

    @Inject
    PickupCodes codes;

    private static String ask() {
        return given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON)
                .body(Map.of("question", QUESTION, "callerRole", "VICTIM", "incidentTypes", List.of("SEXUAL_ASSAULT"),
                        "timeSinceIncident", "MORE_THAN_7_DAYS", "victimAgeGroup", "ADULT", "region", "VR13"))
                .when().post("/api/questions").then().statusCode(201).extract().path("pickupCode");
    }

    private static ValidatableResponse pickUp(String code) {
        return given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/questions/pickup").then();
    }

    @Test
    void aCodeTypedWithoutSpacesOrWithItsDashesMisplacedFindsItsQuestion() {
        String code = ask();
        // A code whose letters also part into four other known words cannot be read without its spaces; the next
        // question's code will part one way only.
        for (int tries = 0; tries < 20 && !codes.wellFormed(code.replace(" ", "")); tries++) {
            code = ask();
        }
        assertTrue(codes.wellFormed(code.replace(" ", "")), "twenty codes, and none read without spaces: " + code);
        String letters = code.replace(" ", "");
        pickUp(letters).statusCode(200).body("question", equalTo(QUESTION));
        pickUp(letters.toUpperCase()).statusCode(200).body("question", equalTo(QUESTION));
        pickUp(letters.substring(0, 3) + "-" + letters.substring(3, 9) + " " + letters.substring(9)).statusCode(200)
                .body("question", equalTo(QUESTION));
    }

    @Test
    void lettersArePartedIntoTheFourKnownWordsTheyMakeInOneWayOnly() {
        assertEquals(codes.candidates("tafel wolk fiets appel"), codes.candidates("tafelwolkfietsappel"));
        assertEquals(codes.candidates("tafel wolk fiets appel"), codes.candidates("Tafelw-olkfiets APPEL"));
        assertTrue(codes.wellFormed("tafelwolkfietsappel"));
        assertFalse(codes.wellFormed("tafelwolkfiets"), "three words");
        assertFalse(codes.wellFormed("tafelwolkfietsappelx"), "letters left over");
    }
}
