package nl.entree.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.entree.support.log.LogLines;
import nl.entree.support.stub.WireMockStubs;
import nl.entree.support.token.Tokens;

/**
 * Signing out while one service hangs: the five are told at once, each call with a timeout of its own, and the other
 * four still put the token on their denylists. How long the user waits is a speed, not asserted here: told one after
 * another, with the old 5 s read timeout each, it was 5.5 s with one service hanging; at once, about 2 s.
 */
@QuarkusTest
@QuarkusTestResource(value = SignOutWithAServiceHangingTest.FiveServices.class, restrictToAnnotatedClass = true)
class SignOutWithAServiceHangingTest {

    private static final String SIGN_OUT = "/api/session/sign-out";

    @Test
    void aHangingServiceNeitherHoldsUpTheSignOutNorKeepsTheOthersFromBeingTold() {
        String session = Tokens.coordinator();
        Browser.as(session).get("/board").then().statusCode(200);

        List<String> lines;
        try (LogLines log = LogLines.capture()) {
            Browser.as(session).contentType(ContentType.URLENC).formParam("csrf", Browser.csrfFor(session))
                    .post("/sign-out").then().statusCode(303);
            lines = log.lines();
        }

        FiveServices.servers.forEach((name, server) -> {
            if (!name.equals(FiveServices.HANGING)) {
                assertEquals(1, server.findAll(postRequestedFor(urlPathEqualTo(SIGN_OUT))
                        .withHeader("Authorization", equalTo("Bearer " + session))).size(), name + " was told");
            }
        });
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN forecast-service could not be told of a sign-out")),
                "the service that was not told is named: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.contains(session)), "the token is never logged: " + lines);
    }

    /** The five services, each on a WireMock server of its own; forecast answers a sign-out only after 8 s. */
    public static class FiveServices implements QuarkusTestResourceLifecycleManager {

        static final String HANGING = "forecast";
        static final Map<String, WireMockServer> servers = new LinkedHashMap<>();

        @Override
        public Map<String, String> start() {
            Map<String, String> urls = new LinkedHashMap<>();
            for (String name : List.of("intake", "triage", "capacity", "forecast", "directory")) {
                WireMockServer server = WireMockStubs.start(0);
                var answer = aResponse().withStatus(204);
                server.stubFor(post(urlPathEqualTo(SIGN_OUT))
                        .willReturn(name.equals(HANGING) ? answer.withFixedDelay(8000) : answer));
                servers.put(name, server);
                urls.put("quarkus.rest-client." + name + ".url", WireMockStubs.baseUrl(server));
            }
            return urls;
        }

        @Override
        public void stop() {
            servers.values().forEach(WireMockServer::stop);
            servers.clear();
        }
    }
}
