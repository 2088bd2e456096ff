package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * Never lose a running chat: every page knows when its session ends and can extend it, and a page asked for without a
 * session comes back after signing in again. The warning's timing and the form's draft run in the browser
 * ({@code SessionTimeoutIT}).
 */
@QuarkusTest
class SessionTimeoutTest {

    @Test
    void everyPageCarriesAHiddenWarningWithTheMomentTheSessionEnds() throws Exception {
        String token = Tokens.as("casemanager").org(Organisation.CSG).lifetime(Duration.ofMinutes(30)).sign();
        long expires = claims(token).get("exp").asLong();
        Browser.as(token).get("/contacts/new").then().statusCode(200)
                .body(containsString("id=\"session-warning\" role=\"alert\" hidden data-expires=\"" + expires + "\""))
                .body(containsString("<button type=\"button\" id=\"session-extend\">Sessie verlengen</button>"))
                .body(containsString("id=\"draft-restored\" role=\"status\" hidden"));
        // Nobody signed in: nothing to warn about.
        Browser.anonymous().get("/sign-in").then().statusCode(200).body(not(containsString("session-warning")));
    }

    @Test
    void extendingGivesTheSamePersonAFreshSessionAndNeedsThePagesToken() throws Exception {
        String token = Tokens.as("casemanager").org(Organisation.CSG).subject("cm-42").lifetime(Duration.ofMinutes(4))
                .sign();
        Browser.as(token).post("/session/extend").then().statusCode(403);

        Response extended = Browser.as(token).header("X-CSRF-Token", Browser.csrfFor(token)).post("/session/extend");
        extended.then().statusCode(200).contentType(ContentType.JSON);
        String renewed = extended.getCookie("entree_session");
        JsonNode before = claims(token);
        JsonNode after = claims(renewed);
        assertEquals("cm-42", after.get("sub").asText(), "the audit trail keeps one actor");
        assertEquals("CSG", after.get("org").asText());
        assertEquals(before.get("groups"), after.get("groups"));
        assertNotEquals(before.get("jti"), after.get("jti"));
        assertTrue(after.get("exp").asLong() > before.get("exp").asLong() + 3600);
        assertEquals(after.get("exp").asLong(), extended.jsonPath().getLong("expiresAt"), 5);
        Browser.as(renewed).get("/cases").then().statusCode(200);
        // The open page swaps its forms' token for this one: the old one is bound to the old session.
        assertEquals(Browser.csrfFor(renewed), extended.jsonPath().getString("csrf"));
        assertNotEquals(Browser.csrfFor(token), extended.jsonPath().getString("csrf"));
    }

    /**
     * The routing preview, asked for as the form is filled in, says when the session now ends: signed in by the
     * identity provider it may have been renewed on the way in, and the page's script counts down from the later end.
     */
    @Test
    void thePreviewSaysWhenTheSessionEnds() throws Exception {
        String token = Tokens.as("casemanager").org(Organisation.CSG).lifetime(Duration.ofMinutes(30)).sign();
        Browser.as(token).header("X-CSRF-Token", Browser.csrfFor(token)).contentType(ContentType.URLENC)
                .formParam("channel", "CHAT").post("/contacts/preview").then().statusCode(200)
                .header("Entree-Session-Expires", equalTo(claims(token).get("exp").asText()));
    }

    @Test
    void withoutASessionThereIsNothingToExtend() {
        Browser.anonymous().header("X-CSRF-Token", Browser.CSRF).post("/session/extend").then().statusCode(404);
    }

    @Test
    void signingInAgainReturnsToThePageThatAskedButNeverLeavesTheSite() {
        Browser.anonymous().get("/contacts/new").then().statusCode(303)
                .header("Location", equalTo("/sign-in?terug=%2Fcontacts%2Fnew"));
        Browser.anonymous().get("/sign-in?terug=/contacts/new").then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"terug\" value=\"/contacts/new\">"))
                .body(containsString("Na het aanmelden gaat u terug naar de pagina waar u was."));

        Map<String, String> casemanager = Map.of("csrf", Browser.CSRF, "role", "casemanager", "org", "CSG");
        for (String[] backAndNext : new String[][] {{"/contacts/new", "/contacts/new"},
                {"//attacker.example/x", "/"}, {"https://attacker.example/", "/"}, {"/\t/attacker.example", "/"},
                {"/ /attacker.example", "/"}}) {
            Map<String, String> form = new java.util.HashMap<>(casemanager);
            form.put("terug", backAndNext[0]);
            Browser.anonymous().contentType(ContentType.URLENC).formParams(form).post("/sign-in").then()
                    .statusCode(303).header("Location", equalTo(backAndNext[1]));
        }
    }

    /**
     * A page a form's POST drew has no address to come back to: its "Opnieuw aanmelden" leads to the page the form
     * belongs to, which a GET opens, not to the form's target (a 405 after signing in).
     */
    @Test
    void signingInAgainFromAPageAFormDrewReturnsToThatFormsPage() {
        String token = Tokens.as("casemanager").org(Organisation.CSG).lifetime(Duration.ofMinutes(30)).sign();
        String signInAgain = "id=\"session-sign-in\" href=\"/sign-in?terug=/contacts/new\"";

        Browser.postContact(token, Map.of("summary", "Gesprek loopt nog.")).then()
                .body(containsString("<form method=\"post\" action=\"/contacts\" id=\"contact-form\""))
                .body(containsString(signInAgain));
        Browser.as(token).get("/contacts/new").then().statusCode(200).body(containsString(signInAgain));
    }

    /** A page with an id in its address (a case, a contact, a centre) is the page signing in again returns to. */
    @Test
    void signingInAgainFromAPageWithAnIdReturnsToThatPage() {
        String id = UUID.randomUUID().toString();
        String casemanager = Tokens.as("casemanager").org(Organisation.CSG).sign();
        String editor = Tokens.as("editor").sign();
        // The services are down here: each page shows its panel, and the link still leads back to it.
        for (String[] whoAndPage : new String[][] {{casemanager, "/cases/" + id}, {casemanager, "/contacts/" + id},
                {editor, "/sociale-kaart/centra/" + id}}) {
            Browser.as(whoAndPage[0]).get(whoAndPage[1]).then()
                    .body(containsString("id=\"session-sign-in\" href=\"/sign-in?terug=" + whoAndPage[1] + "\""));
        }
    }

    /**
     * The form's draft is kept in the browser tab, so the page says whose it is: the same casemanager signing in again
     * gets it back, another signing in to that tab does not ({@code SessionTimeoutIT} in the browser).
     */
    @Test
    void theFormSaysWhoseDraftItKeepsWithoutNamingThem() {
        String first = Tokens.as("casemanager").org(Organisation.CSG).subject("first-session").sign();
        String again = Tokens.as("casemanager").org(Organisation.CSG).subject("signed-in-again").sign();
        String other = Tokens.as("casemanager").org(Organisation.VT).subject("first-session").sign();

        String owner = draftOwner(first);
        assertTrue(owner.matches("[0-9a-f]{32}"), owner);
        assertEquals(owner, draftOwner(again), "the development sign-in names a role and organisation, not a person");
        assertNotEquals(owner, draftOwner(other));
    }

    private static String draftOwner(String token) {
        String page = Browser.as(token).get("/contacts/new").then().statusCode(200).extract().asString();
        int at = page.indexOf("data-draft-owner=\"") + "data-draft-owner=\"".length();
        return page.substring(at, page.indexOf('"', at));
    }

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(
                new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
