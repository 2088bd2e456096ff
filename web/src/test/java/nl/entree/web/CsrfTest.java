package nl.entree.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;
import nl.entree.web.session.Csrf;

/**
 * Every form post needs the page's token. The backends are down in these tests, so a post that got past the check
 * would answer 400 or 503, never 403 with the "form expired" page.
 */
@QuarkusTest
class CsrfTest {

    private static final String CASE = "/cases/" + UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = {"/contacts", "ACCEPT", "DECLINE", "DECLINE_CONFIRMED", "CLOSE", "CLOSE_CONFIRMED", "HOURS",
            "CORRECT_HOURS", "REASSIGN", "ANSWER", "/sign-out"})
    void aFormPostWithoutTheTokenIsRefused(String target) {
        String path = switch (target) {
            case "ACCEPT" -> CASE + "/accept";
            case "DECLINE" -> CASE + "/decline";
            case "DECLINE_CONFIRMED" -> CASE + "/decline/confirmed";
            case "CLOSE" -> CASE + "/close";
            case "CLOSE_CONFIRMED" -> CASE + "/close/confirmed";
            case "CORRECT_HOURS" -> CASE + "/hours/" + UUID.randomUUID();
            case "HOURS" -> CASE + "/hours";
            case "REASSIGN" -> "/board" + CASE + "/reassign";
            case "ANSWER" -> "/questions/" + UUID.randomUUID() + "/answer";
            default -> target;
        };
        String token = target.equals("REASSIGN") ? Tokens.coordinator() : Tokens.casemanager(Organisation.CSG);
        Browser.as(token).contentType(ContentType.URLENC).formParam("reason", "x").post(path)
                .then().statusCode(403)
                .body(containsString("Formulier verlopen"));
        Browser.as(token).contentType(ContentType.URLENC).formParam("csrf", "not-the-cookie").formParam("reason", "x")
                .post(path)
                .then().statusCode(403);
    }

    @Test
    void theSignInFormNeedsItsToken() {
        var response = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("role", "coordinator").post("/sign-in");
        response.then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertNull(response.getCookie("entree_session"), "no session");
    }

    @Test
    void theRoutingPreviewNeedsTheTokenInItsHeader() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).contentType(ContentType.URLENC)
                .formParam("incidentTypes", "RAPE").post("/contacts/preview")
                .then().statusCode(403);
        // With the header it gets through, and says the routing service is down.
        String token = Tokens.casemanager(Organisation.CSG);
        Browser.as(token).header("X-CSRF-Token", Browser.csrfFor(token))
                .contentType(ContentType.URLENC).formParam("incidentTypes", "RAPE").post("/contacts/preview")
                .then().statusCode(200).body(containsString("data-panel-error=\"triage\""));
    }

    @Test
    void theFormTokenIsBoundToTheSession() {
        String session = Tokens.casemanager(Organisation.CSG);
        String otherSession = Tokens.casemanager(Organisation.CSG);
        // The page of a session carries a token made from that session, not the bare cookie.
        Browser.as(session).get("/contacts/new").then().statusCode(200)
                .body(containsString("content=\"" + Browser.csrfFor(session) + "\""));
        // Equal cookie and field are no longer enough, nor is the token of another session.
        for (String wrong : new String[] {Browser.CSRF, Browser.csrfFor(otherSession)}) {
            Browser.as(session).header("X-CSRF-Token", wrong).contentType(ContentType.URLENC)
                    .formParam("incidentTypes", "RAPE").post("/contacts/preview")
                    .then().statusCode(403);
        }
    }

    @Test
    void signingInGivesTheBrowserAFreshCsrfCookieThatLastsTheSession() {
        var signIn = Browser.anonymous().contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.CSRF, "role", "coordinator")).post("/sign-in");
        signIn.then().statusCode(303);
        Cookie fresh = signIn.getDetailedCookie("entree_csrf");
        assertNotNull(fresh, "signing in sets a new CSRF cookie");
        assertNotEquals(Browser.CSRF, fresh.getValue(),
                "a value planted before the session is not the one its forms are bound to");
        assertTrue(fresh.getMaxAge() >= 8 * 3600,
                "it lasts the whole session: " + fresh.getMaxAge());
        // The forms of the new session work with it.
        String session = signIn.getCookie("entree_session");
        given().redirects().follow(false).cookie("entree_csrf", fresh.getValue()).cookie("entree_session", session)
                .contentType(ContentType.URLENC).formParam("csrf", Csrf.forSession(
                        fresh.getValue(), jti(session)))
                .post("/sign-out").then().statusCode(303);
    }

    @Test
    void everyPageWithFormsKeepsTheSameCsrfCookieAliveForAnotherSession() {
        // A shift that started hours ago: the cookie it has is renewed, not replaced, so other tabs keep working.
        String session = Tokens.casemanager(Organisation.CSG);
        var page = Browser.as(session).get("/contacts/new");
        page.then().statusCode(200);
        Cookie renewed = page.getDetailedCookie("entree_csrf");
        assertNotNull(renewed, "the page renews the CSRF cookie");
        assertEquals(Browser.CSRF, renewed.getValue());
        assertTrue(renewed.getMaxAge() >= 8 * 3600, "" + renewed.getMaxAge());
        assertTrue(renewed.isHttpOnly() && renewed.isSecured()
                && "Strict".equals(renewed.getSameSite()));
    }

    private static String jti(String token) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder()
                    .decode(token.split("\\.")[1])).get("jti").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
