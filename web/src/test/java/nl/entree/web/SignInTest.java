package nl.entree.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Forgeries;

@QuarkusTest
class SignInTest {

    @Test
    void theSignInPageSetsAProtectedCsrfCookieAndOffersEveryRole() {
        Response page = given().redirects().follow(false).get("/sign-in");
        page.then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("<label for=\"role\">Rol</label>"))
                .body(containsString("value=\"ministry\""));
        Cookie csrf = page.getDetailedCookie("entree_csrf");
        assertNotNull(csrf, "the page sets a CSRF cookie");
        assertTrue(csrf.isHttpOnly() && csrf.isSecured(), "HttpOnly and Secure");
        assertEquals("Strict", csrf.getSameSite());
        page.then().body(containsString("name=\"csrf\" value=\"" + csrf.getValue() + "\""));
    }

    @Test
    void signingInMintsAVerifiableDevelopmentTokenInAStrictHttpOnlySecureCookie() throws Exception {
        Response response = Browser.anonymous().contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.CSRF, "role", "casemanager", "org", "VT", "region", "VR13"))
                .post("/sign-in");
        response.then().statusCode(303).header("Location", endsWith("/"));
        Cookie session = response.getDetailedCookie("entree_session");
        assertNotNull(session);
        assertTrue(session.isHttpOnly(), "HttpOnly: no script can read the token");
        assertTrue(session.isSecured(), "Secure");
        assertEquals("Strict", session.getSameSite());
        assertEquals("/", session.getPath());

        JsonNode claims = new ObjectMapper().readTree(
                Base64.getUrlDecoder().decode(session.getValue().split("\\.")[1]));
        assertEquals("urn:entree:development", claims.get("iss").asText());
        assertEquals("entree", claims.get("aud").isArray() ? claims.get("aud").get(0).asText() : claims.get("aud").asText());
        assertEquals("casemanager", claims.get("groups").get(0).asText());
        assertEquals("VT", claims.get("org").asText());
        assertEquals("VR13", claims.get("region").asText());

        // The new session is accepted: the casemanager lands on their cases with their organisation named.
        Browser.as(session.getValue()).get("/").then().statusCode(303).header("Location", endsWith("/cases"));
        Browser.as(session.getValue()).get("/cases").then().statusCode(200)
                .body(containsString("Aangemeld als casemanager bij VT, regio VR13"));
    }

    @Test
    void aMinistrySignedInWithARegionIsSignedInNationally() throws Exception {
        Response response = Browser.anonymous().contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.CSRF, "role", "ministry", "region", "VR13"))
                .post("/sign-in");
        response.then().statusCode(303);
        JsonNode claims = new ObjectMapper().readTree(
                Base64.getUrlDecoder().decode(response.getDetailedCookie("entree_session").getValue().split("\\.")[1]));
        assertEquals("ministry", claims.get("groups").get(0).asText());
        assertTrue(claims.get("region") == null, "the services refuse a ministry's token with a region: " + claims);
    }

    @Test
    void aCasemanagerWithoutOrganisationIsToldNextToTheField() {
        Response response = Browser.anonymous().contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.CSRF, "role", "casemanager", "org", ""))
                .post("/sign-in");
        org.junit.jupiter.api.Assertions.assertNull(response.getCookie("entree_session"), "no session");
        response.then().statusCode(400)
                .body(containsString("aria-describedby=\"org-hint org-error\""))
                .body(containsString("id=\"org-error\" role=\"alert\""));
    }

    @Test
    void withoutASessionEveryScreenSendsYouToSignIn() {
        for (String path : new String[] {"/cases", "/contacts/new", "/board", "/capacity", "/projections"}) {
            given().redirects().follow(false).get(path).then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.equalTo("/sign-in?terug=" + path.replace("/", "%2F")));
        }
    }

    /**
     * Issue 14, review b, point 2: a form sent after the session ended on the server (signed out in another tab, so
     * the cookie is gone, or revoked) returns to the form's own page after signing in, where the tab's draft comes
     * back, not to the start page. The form carries the token of the session it was drawn for.
     */
    @Test
    void aFormSentWithoutASessionReturnsToItsPageAfterSigningIn() {
        String ended = nl.entree.support.token.Tokens.casemanager(Organisation.CSG);
        Map<String, String> contact = Map.of("csrf", Browser.csrfFor(ended), "channel", "CHAT",
                "incidentTypes", "RAPE", "summary", "Belde na het nieuws");
        Browser.anonymous().contentType(ContentType.URLENC).formParams(contact).post("/contacts")
                .then().statusCode(303).header("Location", equalTo("/sign-in?terug=%2Fcontacts%2Fnew"));

        Browser.as(ended).contentType(ContentType.URLENC).formParam("csrf", Browser.csrfFor(ended)).post("/sign-out")
                .then().statusCode(303);
        Browser.as(ended).contentType(ContentType.URLENC).formParams(contact).post("/contacts")
                .then().statusCode(303).header("Location", equalTo("/sign-in?terug=%2Fcontacts%2Fnew"));

        String id = java.util.UUID.randomUUID().toString();
        String question = java.util.UUID.randomUUID().toString();
        Map<String, String> pages = Map.of("/cases/" + id + "/hours", "/cases/" + id,
                "/cases/" + id + "/decline/confirmed", "/cases/" + id,
                "/questions/" + question + "/answer", "/questions/" + question,
                "/capacity/costs", "/capacity");
        pages.forEach((post, page) -> Browser.anonymous().contentType(ContentType.URLENC)
                .formParam("csrf", Browser.csrfFor(ended)).post(post).then().statusCode(303)
                .header("Location", equalTo("/sign-in?terug=" + page.replace("/", "%2F"))));
        // After signing in, the page is where the user goes on.
        Browser.anonymous().contentType(ContentType.URLENC).formParams(Map.of("csrf", Browser.CSRF,
                "role", "casemanager", "org", "CSG", "terug", "/contacts/new")).post("/sign-in")
                .then().statusCode(303).header("Location", endsWith("/contacts/new"));
    }

    @Test
    void aForgedOrExpiredSessionIsNoSession() {
        Map<String, String> forged = Forgeries.against("casemanager", Organisation.CSG);
        List<String> accepted = new ArrayList<>();
        forged.forEach((name, token) -> {
            Response page = Browser.as(token).get("/cases");
            if (page.statusCode() != 303 || !page.header("Location").startsWith("/sign-in")) {
                accepted.add(name);
            }
        });
        assertTrue(accepted.isEmpty(), "forged sessions taken: " + accepted);
        // The sign-in page itself still opens with a bad cookie, or nobody could sign in again.
        Browser.as(forged.values().iterator().next()).get("/sign-in").then().statusCode(200)
                .body(not(containsString("Aangemeld als")));
    }

    @Test
    void signingOutClearsTheSessionAndWebRefusesTheOldCookieAfterwards() {
        String session = nl.entree.support.token.Tokens.coordinator();
        Browser.as(session).get("/board").then().statusCode(200);
        Response response = Browser.as(session).contentType(ContentType.URLENC)
                .formParam("csrf", Browser.csrfFor(session)).post("/sign-out");
        response.then().statusCode(303).header("Location", endsWith("/sign-in"));
        assertEquals(0, response.getDetailedCookie("entree_session").getMaxAge());
        // A copy of the cookie kept from before is no session any more.
        Browser.as(session).get("/board").then().statusCode(303).header("Location", endsWith("/sign-in?terug=%2Fboard"));
    }

    @Test
    void redirectsStayOnThisSiteWhateverTheHostHeaderSays() {
        Browser.anonymous().header("Host", "attacker.example").get("/")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.equalTo("/sign-in"));
    }

    @Test
    void everyAnswerTellsTheBrowserToUseHttpsOnly() {
        Browser.anonymous().get("/sign-in").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }
}
