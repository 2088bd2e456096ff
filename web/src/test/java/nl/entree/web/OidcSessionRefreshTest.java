package nl.entree.web;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import nl.entree.support.stub.ScriptedServer;
import nl.entree.web.session.Csrf;

/**
 * A session the identity provider signed in outlives its short-lived ID token: quarkus-oidc renews the tokens with
 * the refresh token, once the ID token has expired or, on any request, within five minutes of its expiry (the page's
 * warning and its "Sessie verlengen"). The provider is WireMock (quarkus-test-oidc-server), which has no answer to a
 * refresh of its own: each test sets one for its own refresh token, so no other test's session is renewed.
 */
@QuarkusTest
@TestProfile(OidcProvider.class)
class OidcSessionRefreshTest {

    private static final String TOKEN_PATH = "/auth/realms/quarkus/token";

    @OidcWireMock
    WireMockServer provider;

    @Test
    void aSessionWhoseIdTokenExpiredIsRenewedAndTheServicesGetTheNewAccessToken() {
        String refreshToken = "refresh-" + UUID.randomUUID();
        String sid = UUID.randomUUID().toString();
        String newIdToken = idToken(sid, Instant.now().plus(Duration.ofMinutes(15)));
        String newAccessToken = accessToken();
        answerRefresh(refreshToken, newIdToken, newAccessToken);
        OidcProvider.SERVICES.reset();

        Response page = Browser.anonymous()
                .cookie("q_session", session(idToken(sid, Instant.now().minus(Duration.ofMinutes(2))), refreshToken))
                .get("/board");

        page.then().statusCode(200).body(containsString("Afmelden"))
                .body(containsString("data-expires=\"" + exp(newIdToken) + "\""));
        assertEquals(1, refreshes(refreshToken), "the provider was asked once for new tokens");
        List<String> sent = OidcProvider.SERVICES.calls().stream().map(ScriptedServer.Call::authorization).toList();
        assertFalse(sent.isEmpty(), "the board asks the services");
        assertTrue(sent.stream().allMatch(("Bearer " + newAccessToken)::equals),
                "the services get the new access token, not the one that came with the expired ID token: " + sent);
        String renewed = page.getCookie("q_session");
        assertNotNull(renewed, "the browser keeps the renewed session");
        assertTrue(renewed.startsWith(newIdToken + "|" + newAccessToken + "|"), renewed);

        Browser.anonymous().cookie("q_session", renewed).get("/board").then().statusCode(200);
        assertEquals(1, refreshes(refreshToken), "the renewed session needs no refresh for a while");
    }

    /** The provider's single sign-on ended (idle or at its maximum): sign in again, and come back to the page. */
    @Test
    void aRefreshTheProviderRefusesLeadsToSigningInAgainForThatPage() {
        String refreshToken = "refresh-" + UUID.randomUUID();
        refuseRefresh(refreshToken);

        Browser.anonymous()
                .cookie("q_session", session(idToken(UUID.randomUUID().toString(),
                        Instant.now().minus(Duration.ofMinutes(2))), refreshToken))
                .get("/board").then().statusCode(303).header("Location", "/sign-in?terug=%2Fboard");
        assertEquals(1, refreshes(refreshToken));
    }

    /**
     * A casemanager in a live chat stays on one page: five minutes before the ID token expires its warning offers
     * "Sessie verlengen", whose request renews the tokens. The page's forms keep working: their token is bound to the
     * provider's session ({@code sid}), which a refresh keeps, not to the ID token's {@code jti}, which it changes.
     */
    @Test
    void extendingWithinTheLastMinutesRenewsTheTokensAndThePagesFormsKeepWorking() {
        String sid = UUID.randomUUID().toString();
        // The page was drawn earlier in the same provider session, when its ID token had longer to go.
        String page = Browser.anonymous()
                .cookie("q_session", session(idToken(sid, Instant.now().plus(Duration.ofMinutes(20))),
                        "refresh-" + UUID.randomUUID()))
                .get("/board").then().statusCode(200)
                .body(containsString(" data-extend=\"/session/extend\""))
                .body(containsString("<button type=\"button\" id=\"session-extend\">Sessie verlengen</button>"))
                .extract().asString();
        String pageToken = page.substring(page.indexOf("name=\"csrf-token\" content=\"") + 27);
        pageToken = pageToken.substring(0, pageToken.indexOf('"'));
        assertEquals(Csrf.forSession(Browser.CSRF, sid), pageToken);

        String refreshToken = "refresh-" + UUID.randomUUID();
        String newIdToken = idToken(sid, Instant.now().plus(Duration.ofMinutes(15)));
        answerRefresh(refreshToken, newIdToken, accessToken());
        Response extended = Browser.anonymous().header(Csrf.HEADER, pageToken)
                .cookie("q_session", session(idToken(sid, Instant.now().plus(Duration.ofMinutes(3))), refreshToken))
                .post("/session/extend");

        extended.then().statusCode(200).contentType(ContentType.JSON);
        assertEquals(1, refreshes(refreshToken), "the tokens were renewed on the way in");
        assertEquals(exp(newIdToken), extended.jsonPath().getLong("expiresAt"));
        String csrf = extended.jsonPath().getString("csrf");
        assertEquals(pageToken, csrf, "the same provider session, the same form token");
        String renewed = extended.getCookie("q_session");
        assertTrue(renewed != null && renewed.startsWith(newIdToken + "|"), String.valueOf(renewed));

        // The next form of that page, sent in the renewed session: signing out goes on to the provider, not refused.
        Browser.anonymous().cookie("q_session", renewed).contentType(ContentType.URLENC).formParam("csrf", csrf)
                .post("/sign-out").then().statusCode(200).body(containsString("U bent afgemeld bij Entree."));
    }

    /**
     * The open page's clock passed the end it was drawn with, but the provider's session goes on. Before it keeps a
     * contact from being saved, the page's script asks the endpoint of "Sessie verlengen", which answers the renewed
     * end and the same form token, so the form is sent after all. Only a refresh the provider refuses answers no end,
     * and the page keeps the form and says the session ended.
     */
    @Test
    void aPageWhoseIdTokenExpiredLearnsTheRenewedEndBeforeItSavesAnything() {
        String sid = UUID.randomUUID().toString();
        String refreshToken = "refresh-" + UUID.randomUUID();
        String newIdToken = idToken(sid, Instant.now().plus(Duration.ofMinutes(15)));
        answerRefresh(refreshToken, newIdToken, accessToken());
        String pageToken = Csrf.forSession(Browser.CSRF, sid);

        Response extended = Browser.anonymous().header(Csrf.HEADER, pageToken)
                .cookie("q_session", session(idToken(sid, Instant.now().minus(Duration.ofMinutes(2))), refreshToken))
                .post("/session/extend");

        extended.then().statusCode(200).contentType(ContentType.JSON);
        assertEquals(exp(newIdToken), extended.jsonPath().getLong("expiresAt"));
        assertEquals(pageToken, extended.jsonPath().getString("csrf"), "the form on the page is sent as it is");

        String refused = "refresh-" + UUID.randomUUID();
        refuseRefresh(refused);
        Response ended = Browser.anonymous().header(Csrf.HEADER, pageToken).redirects().follow(false)
                .cookie("q_session", session(idToken(sid, Instant.now().minus(Duration.ofMinutes(2))), refused))
                .post("/session/extend");
        assertTrue(ended.statusCode() != 200 && !ended.asString().contains("expiresAt"),
                ended.statusCode() + " " + ended.asString());
    }

    /**
     * A copy of the cookie kept from before signing out, in its ID token's last minutes: the refresh token was revoked,
     * so the provider refuses the refresh, and quarkus-oidc keeps the old ID token without the denylist's check of its
     * {@code jti}. Signing in again in the same provider session (its end-session page left unconfirmed) still works.
     */
    @Test
    void aCopyOfASignedOutSessionOpensNoPageButSigningInAgainDoes() throws InterruptedException {
        String sid = UUID.randomUUID().toString();
        String refreshToken = "refresh-" + UUID.randomUUID();
        refuseRefresh(refreshToken);
        provider.stubFor(post(urlPathEqualTo("/auth/realms/quarkus/protocol/openid-connect/revoke")).willReturn(ok()));
        Instant issued = Instant.now().minus(Duration.ofMinutes(12));
        String idToken = idToken(sid, issued, issued.plus(Duration.ofMinutes(15)));
        Browser.anonymous().cookie("q_session", session(idToken, refreshToken)).contentType(ContentType.URLENC)
                .formParam("csrf", Csrf.forSession(Browser.CSRF, sid)).post("/sign-out").then().statusCode(200);

        // Signing out, itself within those minutes, tried a refresh too.
        int tried = refreshes(refreshToken);

        Response copy = Browser.anonymous().cookie("q_session", session(idToken, refreshToken)).get("/board");

        copy.then().statusCode(303).header("Location", "/sign-in?terug=%2Fboard");
        assertEquals(tried + 1, refreshes(refreshToken), "within its last five minutes, the copy's refresh was tried");
        assertTrue(copy.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("q_session=") && c.contains("Max-Age=0")),
                "the copy is cleared: " + copy.getHeaders().getValues("Set-Cookie"));

        // Tokens are dated in whole seconds: a sign-in in the second of the sign-out would count as before it.
        Thread.sleep(1100);
        Instant now = Instant.now();
        Browser.anonymous().cookie("q_session", session(idToken(sid, now, now.plus(Duration.ofMinutes(15))),
                "refresh-" + UUID.randomUUID())).get("/board").then().statusCode(200);
    }

    private void refuseRefresh(String refreshToken) {
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).atPriority(1)
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(jsonResponse("{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}",
                        400)));
    }

    private void answerRefresh(String refreshToken, String idToken, String accessToken) {
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).atPriority(1)
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(okJson("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":900,\"id_token\":\"" + idToken + "\",\"refresh_token\":\"" + refreshToken
                        + "-next\"}")));
    }

    private int refreshes(String refreshToken) {
        return provider.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken))).size();
    }

    /** How the code flow keeps a session: ID token | access token | expires in | scope | refresh token. */
    private static String session(String idToken, String refreshToken) {
        return idToken + "|" + accessToken() + "||openid|" + refreshToken;
    }

    /** An ID token as the WireMock provider signs them, with its own provider session and expiry. */
    private static String idToken(String sid, Instant expires) {
        return idToken(sid, expires.minus(Duration.ofMinutes(15)), expires);
    }

    private static String idToken(String sid, Instant issued, Instant expires) {
        return Jwt.preferredUserName("alice")
                .groups(Set.of("coordinator"))
                .issuer("https://server.example.com")
                .audience(Set.of("quarkus-web-app"))
                .subject("123456")
                .claim("sid", sid)
                .claim("typ", "ID")
                .issuedAt(issued)
                .expiresAt(expires)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    private static String accessToken() {
        return OidcWiremockTestResource.getAccessToken("alice", Set.of("coordinator"));
    }

    private static long exp(String jwt) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).get("exp").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
