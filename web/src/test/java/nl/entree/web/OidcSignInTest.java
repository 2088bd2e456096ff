package nl.entree.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * Signing in through the identity provider, as production does (ENTREE_OIDC_ENABLED=true, no development sign-in):
 * a page asked for without a session goes to the provider by way of web's one redirect URI, and comes back to that
 * page signed in. The provider is WireMock (quarkus-test-oidc-server); its login signs in "alice", an admin.
 */
@QuarkusTest
@TestProfile(OidcProvider.class)
class OidcSignInTest {

    @Test
    void aPageAskedForWithoutASessionOpensAfterSigningInAtTheProvider() {
        Response board = given().redirects().follow(false).get("/board");
        assertEquals(303, board.statusCode());
        assertEquals("/sign-in?terug=%2Fboard", board.header("Location"));

        Response signIn = given().redirects().follow(false).queryParam("terug", "/board").get("/sign-in");
        assertEquals(303, signIn.statusCode(), "only the provider signs in here: no page to stop at");
        assertEquals("/sign-in/provider?terug=%2Fboard", signIn.header("Location"));

        Response challenge = given().redirects().follow(false).queryParam("terug", "/board").get("/sign-in/provider");
        assertEquals(302, challenge.statusCode());
        URI authorize = URI.create(challenge.header("Location"));
        Map<String, String> asked = query(authorize);
        assertTrue(authorize.toString().startsWith(provider() + "/realms/quarkus"), authorize.toString());
        assertEquals("quarkus-web-app", asked.get("client_id"));
        assertEquals("code", asked.get("response_type"));
        assertTrue(asked.get("scope").contains("openid"), asked.get("scope"));
        URI redirect = URI.create(asked.get("redirect_uri"));
        assertEquals("/sign-in/provider", redirect.getPath());
        assertEquals(null, redirect.getQuery(), "one redirect URI to register at the provider, whatever the page");
        Map<String, String> stateCookie = challenge.getCookies();
        assertTrue(stateCookie.keySet().stream().anyMatch(name -> name.startsWith("q_auth")), stateCookie.toString());

        // The provider's login signs alice in and sends the browser back with a code.
        Response login = given().redirects().follow(false).queryParam("state", asked.get("state"))
                .queryParam("redirect_uri", asked.get("redirect_uri")).get(provider().replace("/auth", "") + "/login");
        assertEquals(302, login.statusCode());

        Response callback = given().redirects().follow(false).urlEncodingEnabled(false).cookies(stateCookie)
                .get(login.header("Location"));
        assertEquals(302, callback.statusCode(), callback.asString());
        String session = callback.getCookie("q_session");
        assertNotNull(session, "the code was exchanged for the session");
        assertTrue(callback.header("Location").endsWith("/sign-in/provider?terug=%2Fboard"),
                "back to the address that started it, with the page to go on to: " + callback.header("Location"));

        Response signedIn = given().redirects().follow(false).cookie("q_session", session)
                .queryParam("terug", "/board").get("/sign-in/provider");
        assertEquals(303, signedIn.statusCode());
        assertEquals("/board", signedIn.header("Location"));
        assertNotNull(signedIn.getCookie("entree_csrf"), "signing in draws a new CSRF cookie");

        given().redirects().follow(false).cookie("q_session", session).get("/board").then().statusCode(200)
                .body(containsString("Afmelden"));
    }

    /** Cancelled or refused at the provider: a page that says so and offers it again, not a bare 401 or a loop. */
    @Test
    void aSignInTheProviderRefusesEndsOnAPageThatOffersItAgain() {
        Response challenge = given().redirects().follow(false).queryParam("terug", "/board").get("/sign-in/provider");
        Map<String, String> asked = query(URI.create(challenge.header("Location")));

        Response refused = given().redirects().follow(false).cookies(challenge.getCookies())
                .queryParam("state", asked.get("state")).queryParam("error", "access_denied")
                .get("/sign-in/provider");
        assertEquals(302, refused.statusCode(), refused.asString());
        assertNull(refused.getCookie("q_session"));
        URI failed = URI.create(refused.header("Location"));
        assertEquals("/sign-in/failed", failed.getPath());
        assertEquals("/board", query(failed).get("terug"), "the page asked for is kept for the next try");

        given().redirects().follow(false).queryParam("terug", "/board").get("/sign-in/failed").then().statusCode(200)
                .body(containsString("Aanmelden bij de inlogdienst van uw organisatie is niet gelukt."))
                .body(containsString("id=\"sign-in-provider\" href=\"/sign-in/provider?terug=%2Fboard\""));
    }

    @Test
    void afterSigningInOnlyAPageOfThisSiteIsOpened() {
        String session = OidcWiremockTestResource.getIdToken("alice", Set.of("coordinator"), "quarkus-web-app") + "|"
                + OidcWiremockTestResource.getAccessToken("alice", Set.of("coordinator")) + "||openid|no-refresh";

        for (String elsewhere : new String[] {"https://evil.example/board", "//evil.example/board"}) {
            given().redirects().follow(false).cookie("q_session", session).queryParam("terug", elsewhere)
                    .get("/sign-in/provider").then().statusCode(303).header("Location", "/");
        }
    }

    @Test
    void theSignInPageWithoutAPageToReturnToOffersTheProviderAndNoDevelopmentSignIn() {
        given().redirects().follow(false).get("/sign-in").then().statusCode(200)
                .body(containsString("id=\"sign-in-provider\" href=\"/sign-in/provider\""))
                .body(containsString("Aanmelden bij uw organisatie"))
                .body(not(containsString("name=\"role\"")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("role", "admin").post("/sign-in").then().statusCode(not(303));
    }

    /** The form's draft kept in a browser tab is the provider's person's: its lasting subject, not a username. */
    @Test
    void aDraftKeptInTheTabBelongsToThePersonTheProviderNames() {
        String alice = draftOwner(session("alice", "subject-of-alice"));

        assertEquals(alice, draftOwner(session("alice", "subject-of-alice")), "a new session of the same person");
        assertEquals(alice, draftOwner(session("alice.renamed", "subject-of-alice")), "a username may change");
        assertNotEquals(alice, draftOwner(session("bob", "subject-of-bob")));
    }

    private static String session(String user, String subject) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("coordinator"), subject, "ID",
                Set.of("quarkus-web-app"), Map.of()) + "|"
                + OidcWiremockTestResource.getAccessToken(user, Set.of("coordinator")) + "||openid|no-refresh";
    }

    private static String draftOwner(String session) {
        String page = given().redirects().follow(false).cookie("q_session", session).get("/board").then()
                .statusCode(200).extract().asString();
        int at = page.indexOf("data-draft-owner=\"") + "data-draft-owner=\"".length();
        return page.substring(at, page.indexOf('"', at));
    }

    private static String provider() {
        return ConfigProvider.getConfig().getValue("keycloak.url", String.class);
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }
}
