package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: signing out in web ends the session on the server. The old cookie is refused by web, and its token is
 * refused as a bearer token by every service. A page about another organisation's case is a 404 page.
 */
class SessionsIT {

    private static final Map<String, String> USER_ENDPOINTS = Map.of("intake-service", "/api/contacts",
            "triage-service", "/api/cases", "capacity-service", "/api/norms", "forecast-service", "/api/events",
            "directory-service", "/api/directory/search");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    private final Suite suite = Suite.get();

    @Test
    void afterSigningOutTheOldCookieWorksNowhereNotEvenAsABearerToken() throws IOException {
        String web = webUrl();
        String csrfCookie = "e2e-" + UUID.randomUUID();
        String session = signIn(web, csrfCookie, "role=coordinator&org=&region=");
        String cookies = "entree_session=" + session + "; entree_csrf=" + csrfCookie;

        Client.Reply board = page(web + "/board", cookies);
        assertEquals(200, board.status(), "signed in");
        for (Map.Entry<String, String> api : USER_ENDPOINTS.entrySet()) {
            assertNotEquals(401, Client.get(suite.url(api.getKey()) + api.getValue(), session).status(),
                    api.getKey() + " takes the session's token before signing out");
        }

        Matcher csrf = CSRF_META.matcher(board.body());
        assertTrue(csrf.find(), "the page carries its CSRF token");
        Client.Reply signOut = form(web + "/sign-out", cookies, "csrf=" + enc(csrf.group(1)));
        assertEquals(303, signOut.status());

        Client.Reply after = page(web + "/board", cookies);
        assertEquals(303, after.status(), "web no longer takes the old cookie");
        // To sign in again, and back to the board afterwards.
        assertEquals("/sign-in?terug=%2Fboard", after.headers().firstValue("Location").orElse(null));
        for (Map.Entry<String, String> api : USER_ENDPOINTS.entrySet()) {
            Client.Reply reply = Client.get(suite.url(api.getKey()) + api.getValue(), session);
            assertEquals(401, reply.status(), api.getKey() + " refuses the signed-out token");
            assertTrue(reply.problem(), "problem+json");
        }
    }

    @Test
    void aCasePageThatIsNotTheCasemanagersIsA404Page() throws IOException {
        String web = webUrl();
        String csrfCookie = "e2e-" + UUID.randomUUID();
        String session = signIn(web, csrfCookie, "role=casemanager&org=CSG&region=");
        Client.Reply reply = page(web + "/cases/" + UUID.randomUUID(), "entree_session=" + session);
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("text/html"), "a page, not problem+json");
    }

    private String webUrl() {
        Assumptions.assumeTrue(suite.apps().contains(Suite.WEB),
                "web is not packaged (web/target/quarkus-app/quarkus-run.jar)");
        return suite.url(Suite.WEB);
    }

    private static String signIn(String web, String csrfCookie, String fields) throws IOException {
        Client.Reply reply = form(web + "/sign-in", "entree_csrf=" + csrfCookie, "csrf=" + csrfCookie + "&" + fields);
        assertEquals(303, reply.status(), "signed in");
        return reply.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("entree_session="))
                .map(c -> c.substring("entree_session=".length(), c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static Client.Reply page(String url, String cookies) throws IOException {
        return Client.send(HttpRequest.newBuilder(URI.create(url)).GET(), null, Map.of("Cookie", cookies));
    }

    private static Client.Reply form(String url, String cookies, String body) throws IOException {
        return Client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), null, Map.of("Cookie", cookies));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
