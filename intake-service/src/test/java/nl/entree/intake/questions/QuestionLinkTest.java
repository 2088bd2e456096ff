package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.entree.support.token.Tokens;

/**
 * A question with a link or a web address in it is refused; a sentence typed without a space after its full stop is
 * not a web address, even where the next word is also the end of a domain ("de", "net", "top").
 */
@QuarkusTest
class QuestionLinkTest {

    private static ValidatableResponse ask(String text) {
        return given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON)
                .body(Map.of("question", text, "callerRole", "VICTIM", "incidentTypes", List.of("SEXUAL_ASSAULT"),
                        "timeSinceIncident", "MORE_THAN_7_DAYS", "victimAgeGroup", "ADULT", "region", "VR13"))
                .when().post("/api/questions").then();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ik was zo bang.De man liep gewoon weg.",
            "Mijn zus weet het, ja.Ik heb het haar verteld.",
            "Was het bij jullie thuis? nee.Het was op een feestje.",
            "Het ging eerst goed.Net toen ik wilde gaan, hield hij me tegen.",
            "Mijn juf was echt top.Top dat zij het meteen zag.",
            "Om 10.30 uur, o.a. op school, d.w.z. in de klas.",
            "ik was 15 jaar.de leraar zei niets",
            "Ik was zo bang.de man liep gewoon weg.",
            "Het gebeurde op dag 3.de volgende dag vertelde ik het.",
            "Ik was bang.en boos.in de klas durfde ik niets.is dat raar?"})
    void aSentenceWithoutASpaceAfterItsFullStopIsAsked(String text) {
        ask(text).statusCode(201).body("pickupCode", matchesPattern("[a-z]{4,8}( [a-z]{4,8}){3}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kijk op evil.nl",
            "KIJK OP EVIL.NL voor hulp",
            "Evil.nl helpt je",
            "https://x",
            "ftp://x",
            "ga naar www.x.com",
            "WWW.X.COM",
            "lees x.com/abc eerst",
            "mail hulp@site.org"})
    void aLinkOrAWebAddressIsRefusedNamingTheQuestion(String text) {
        ask(text).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("question"));
    }

    /** Leaving out endings that are also words ("de") must not let an address through that shows itself otherwise. */
    @ParameterizedTest
    @ValueSource(strings = {
            "kijk op example.nl",
            "kijk op www.example.de",
            "kijk op https://x.de",
            "kijk op example.de/pad",
            "mail hulp@site.de",
            "kort: bit.ly/x",
            "kort: tiny.cc"})
    void anAddressIsRefusedAsALinkWhateverItsEnding(String text) {
        ask(text).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:entree:problem:question-has-link"))
                .body("violations.field", contains("question"));
    }
}
