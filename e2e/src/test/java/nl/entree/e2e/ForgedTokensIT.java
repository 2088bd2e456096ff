package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;

/**
 * Issue 7.4: every service refuses every forged token with 401, and a token in the query string. Issue 12: service
 * tokens have their own issuer and key and open only the endpoints meant for services; no token lives or is used
 * longer than eight hours, or claims to be issued in the future.
 */
class ForgedTokensIT {

    private final Suite suite = Suite.get();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "intake-service,   /api/contacts, casemanager, CSG",
            "triage-service,   /api/cases,    casemanager, CSG",
            "capacity-service, /api/norms,    coordinator, ",
            "forecast-service, /api/events,   coordinator, ",
            "directory-service, /api/directory/where?organisation=CSG&region=VR13, casemanager, CSG"})
    void forgedTokensGet401(String service, String path, String role, String org) throws IOException {
        String url = suite.url(service) + path;
        String valid = Tokens.as(role).org(org).sign();
        assertEquals(200, Client.get(url, valid).status(), "the genuine token works");

        Map<String, String> forged = Forgeries.against(role, org);
        assertTrue(forged.size() >= 14, "at least 14 forgeries");
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, String> forgery : forged.entrySet()) {
            Client.Reply reply = Client.get(url, forgery.getValue());
            if (reply.status() != 401 || !reply.problem()) {
                accepted.add(forgery.getKey() + " → " + reply.status());
            }
        }
        assertTrue(accepted.isEmpty(), "forgeries not refused with 401 problem+json: " + accepted);

        String separator = path.contains("?") ? "&" : "?";
        assertEquals(401, Client.get(url + separator + "access_token=" + valid, null).status(), "token in the query string");
        assertEquals(401, Client.get(url + separator + "token=" + valid, null).status(), "token in the query string");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "intake-service,   /api/contacts",
            "triage-service,   /api/cases",
            "capacity-service, /api/utilisation",
            "forecast-service, /api/events"})
    void aServiceTokenOpensNoEndpointMeantForUsers(String service, String path) throws IOException {
        Client.Reply reply = Client.get(suite.url(service) + path, Tokens.service());
        assertTrue(reply.status() == 401 || reply.status() == 403, path + " answered " + reply.status());
        assertTrue(reply.problem(), "problem+json");
    }

    @Test
    void aServiceTokenStillOpensTheEndpointsMeantForServices() throws IOException {
        assertEquals(200, Client.get(suite.url("triage-service") + "/api/caseloads", Tokens.service()).status());
    }

    @Test
    void aUserRoleSignedWithTheServiceKeyIsRefusedEverywhere() throws IOException {
        Map<String, String> userEndpoints = Map.of("intake-service", "/api/contacts", "triage-service", "/api/cases",
                "capacity-service", "/api/utilisation", "forecast-service", "/api/events");
        for (Map.Entry<String, String> endpoint : userEndpoints.entrySet()) {
            String admin = Tokens.as("admin").issuer(Tokens.SERVICE_ISSUER).signedWith(Tokens.SERVICE_KEY).sign();
            String underUserIssuer = Tokens.as("admin").signedWith(Tokens.SERVICE_KEY).sign();
            for (String token : List.of(admin, underUserIssuer)) {
                Client.Reply reply = Client.get(suite.url(endpoint.getKey()) + endpoint.getValue(), token);
                assertEquals(401, reply.status(), endpoint.getKey());
            }
        }
    }

    @Test
    void aTokenThatLivesACenturyOrIsIssuedInTheFutureIsRefused() throws IOException {
        String url = suite.url("triage-service") + "/api/cases";
        String century = Tokens.as("coordinator").expiresAt(Instant.now().plus(Duration.ofDays(36_525))).sign();
        String future = Tokens.as("coordinator").issuedAt(Instant.now().plus(Duration.ofHours(1))).sign();
        String skewed = Tokens.as("coordinator").issuedAt(Instant.now().plusSeconds(10)).sign();
        assertEquals(401, Client.get(url, century).status(), "exp in 100 years");
        assertEquals(401, Client.get(url, future).status(), "iat an hour ahead");
        assertEquals(200, Client.get(url, skewed).status(), "a clock ten seconds ahead is tolerated");
    }

    /** Issue 16: the public front door's token opens triage's evaluate and directory's reads, and nothing else. */
    @Test
    void theFrontDoorsTokenOpensOnlyTheEndpointsMadeForIt() throws IOException {
        String frontDoor = Tokens.frontDoor();
        String evaluate = suite.url("triage-service") + "/api/triage/evaluate";
        Map<String, Object> selfCheck = Map.of("receivedAt", Instant.now().minusSeconds(5).toString(),
                "channel", "SELF_CHECK", "callerRole", "VICTIM", "anonymous", true, "incidentTypes", List.of("RAPE"),
                "timeSinceIncident", "WITHIN_7_DAYS", "region", "VR13");
        Client.Reply decision = Client.postJson(evaluate, frontDoor, selfCheck, Map.of());
        assertEquals(200, decision.status(), decision.body());
        assertEquals("CSG", decision.json().get("leadOrganisation").asText());
        assertEquals(200, Client.get(suite.url("directory-service")
                + "/api/directory/where?organisation=CSG&region=VR13", frontDoor).status());
        String questions = suite.url("intake-service") + "/api/questions";
        Map<String, Object> question = Map.of("question", "Telt dit ook?", "callerRole", "VICTIM",
                "incidentTypes", List.of("RAPE"), "timeSinceIncident", "WITHIN_7_DAYS", "region", "VR13");
        Client.Reply asked = Client.postJson(questions, frontDoor, question, Map.of());
        assertEquals(201, asked.status(), asked.body());
        Client.Reply badQuestion = Client.postJson(questions, frontDoor,
                Map.of("question", "zie https://example.org", "callerRole", "VICTIM", "incidentTypes", List.of("RAPE")),
                Map.of());
        assertEquals(400, badQuestion.status(), badQuestion.body());
        assertTrue(badQuestion.body().contains("\"question\""), "the field is named: " + badQuestion.body());

        // 403 where the token is known but the endpoint is not the front door's; 401 where it is not known at all.
        Map<String, Integer> elsewhere = new java.util.LinkedHashMap<>();
        elsewhere.put(suite.url("triage-service") + "/api/cases", 403);
        elsewhere.put(suite.url("triage-service") + "/api/caseloads", 403);
        elsewhere.put(suite.url("directory-service") + "/api/directory/export", 403);
        elsewhere.put(suite.url("intake-service") + "/api/contacts", 403);
        elsewhere.put(suite.url("intake-service") + "/api/questions", 403);
        elsewhere.put(suite.url("capacity-service") + "/api/norms", 401);
        elsewhere.put(suite.url("forecast-service") + "/api/events", 401);
        for (Map.Entry<String, Integer> endpoint : elsewhere.entrySet()) {
            Client.Reply reply = Client.get(endpoint.getKey(), frontDoor);
            assertEquals(endpoint.getValue().intValue(), reply.status(), endpoint.getKey());
            assertTrue(reply.problem(), endpoint.getKey() + " answers problem+json");
        }

        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, String> forgery : Forgeries.ofTheFrontDoor().entrySet()) {
            Client.Reply reply = Client.postJson(evaluate, forgery.getValue(), selfCheck, Map.of());
            if (reply.status() != 401) {
                accepted.add(forgery.getKey() + " → " + reply.status());
            }
            Client.Reply questionReply = Client.postJson(questions, forgery.getValue(), question, Map.of());
            if (questionReply.status() != 401) {
                accepted.add(forgery.getKey() + " on questions → " + questionReply.status());
            }
        }
        assertTrue(accepted.isEmpty(), "front-door forgeries not refused with 401: " + accepted);
    }
}
