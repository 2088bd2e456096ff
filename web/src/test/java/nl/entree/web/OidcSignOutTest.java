package nl.entree.web;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.entree.support.stub.ScriptedServer;
import nl.entree.web.session.Csrf;

/**
 * Signing out of a session that the identity provider signed in (ENTREE_OIDC_ENABLED=true), against a WireMock
 * provider. The session is Quarkus's own {@code q_session} cookie, holding the ID token (web's principal) and the
 * access token (what the services were sent); the services here record what they are told.
 */
@QuarkusTest
@TestProfile(OidcProvider.class)
class OidcSignOutTest {

    private static final String REVOKE_PATH = "/auth/realms/quarkus/protocol/openid-connect/revoke";

    @OidcWireMock
    WireMockServer provider;

    @Test
    void signingOutRevokesTheAccessTokenAtEveryServiceAndEndsTheSessionHereAndAtTheProvider() throws Exception {
        // The profile's services outlive this class: count only what this sign-out tells them.
        OidcProvider.SERVICES.reset();
        OidcProvider.SERVICES.answer("POST /api/session/sign-out", 204, null);
        // A provider session of its own: signing out notes it as signed out for the rest of the run.
        String sid = UUID.randomUUID().toString();
        String idToken = OidcWiremockTestResource.generateJwtToken("alice", Set.of("coordinator"), "123456", "ID",
                Set.of("quarkus-web-app"), Map.of("sid", sid));
        String accessToken = OidcWiremockTestResource.getAccessToken("alice", Set.of("coordinator"));
        String refreshToken = "refresh-" + UUID.randomUUID();
        provider.stubFor(post(urlPathEqualTo(REVOKE_PATH)).willReturn(ok()));
        // How quarkus-oidc keeps a code-flow session: ID token | access token | expires in | scope | refresh token.
        String session = idToken + "|" + accessToken + "||openid|" + refreshToken;
        // The page's forms are bound to the provider's session, which outlives each refreshed ID token.
        String csrf = Csrf.forSession(Browser.CSRF, sid);

        Browser.anonymous().cookie("q_session", session).get("/board").then().statusCode(200)
                .body(containsString("Afmelden"));

        Response out = Browser.anonymous().cookie("q_session", session).contentType(ContentType.URLENC)
                .formParam("csrf", csrf).post("/sign-out");

        // A page that goes on to the provider by itself: a redirect of the form would be stopped by form-action 'self'.
        String page = out.then().statusCode(200).extract().asString();
        List<String> told = OidcProvider.SERVICES.calls().stream()
                .filter(c -> c.request().equals("POST /api/session/sign-out"))
                .map(ScriptedServer.Call::authorization).toList();
        assertEquals(5, told.size(), "each of the five services is told: " + told);
        assertTrue(told.stream().allMatch(("Bearer " + accessToken)::equals),
                "with the access token they accept, not the ID token they never saw");
        assertEquals(1, provider.findAll(postRequestedFor(urlPathEqualTo(REVOKE_PATH))
                .withRequestBody(containing("token=" + refreshToken))
                .withRequestBody(containing("token_type_hint=refresh_token"))).size(),
                "the refresh token is revoked at the provider, or a copy of the cookie would get new tokens");
        assertTrue(out.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("q_session=") && c.contains("Max-Age=0")),
                "Quarkus's session cookie is cleared: " + out.getHeaders().getValues("Set-Cookie"));
        String href = page.substring(page.indexOf("<a href=\"") + 9, page.indexOf("\" id=\"end-session\""));
        String location = URLDecoder.decode(href.replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertTrue(location.contains("/realms/quarkus/protocol/openid-connect/end-session?")
                && location.contains("client_id=quarkus-web-app") && !location.contains(idToken)
                && location.contains("post_logout_redirect_uri=https://entree.example/sign-in"),
                "on to the provider's end-session endpoint, or it would sign the user straight back in: " + location);
        assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=http://localhost:")
                && page.contains("U bent afgemeld bij Entree."), page);
        // The cookie kept from before opens no page here any more.
        Browser.anonymous().cookie("q_session", session).get("/board").then().statusCode(not(200));
    }
}
