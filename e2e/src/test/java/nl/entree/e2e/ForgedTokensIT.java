package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;

/** Issue 7.4: every service refuses every forged token with 401, and a token in the query string. */
class ForgedTokensIT {

    private final Suite suite = Suite.get();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "intake-service,   /api/contacts, casemanager, CSG",
            "triage-service,   /api/cases,    casemanager, CSG",
            "capacity-service, /api/norms,    coordinator, ",
            "forecast-service, /api/events,   coordinator, "})
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
}
