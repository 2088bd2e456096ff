package nl.entree.web;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.entree.support.stub.ScriptedServer;
import nl.entree.support.stub.WireMockStubs;

/**
 * triage, capacity and intake as the case page and the questions see them, on one port: tests set the answers and read
 * what web sent. Directory-service stays unreachable (its panel is tested elsewhere).
 */
public class CaseServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final ScriptedServer SERVICES = new ScriptedServer();

    static void answer(String request, int status, Object body) {
        SERVICES.answer(request, status, body);
    }

    /** An RFC 9457 problem as the services send it, with its own media type. */
    static void answerProblem(String request, int status, Map<String, Object> problem) {
        SERVICES.answerText(request, status, "application/problem+json", WireMockStubs.write(problem));
    }

    /** intake's 500 for a contact whose details no configured key opens (docs/intake.md, "Values no key opens"). */
    static Map<String, Object> detailsUnreadable() {
        return Map.of("type", "urn:entree:problem:contact-details-unreadable", "title", "Contact details unreadable",
                "status", 500, "detail", "This contact's details are stored, but cannot be decrypted: they are "
                        + "damaged, or sealed with a key that is no longer configured. Trying again will not help; "
                        + "tell an administrator which contact this is. The contact list still shows the rest of it.");
    }

    /** intake's 500 for a question from the front door that no configured key opens (its UnreadableProblem). */
    static Map<String, Object> questionUnreadable() {
        return Map.of("type", "urn:entree:problem:question-unreadable", "title", "Question unreadable",
                "status", 500, "detail", "This question is stored, but it or its answer cannot be decrypted: it is "
                        + "damaged, or sealed with a key that is no longer configured. Trying again will not help; "
                        + "tell an administrator which question this is. The question list still shows it, marked "
                        + "unreadable.");
    }

    static void reset() {
        SERVICES.reset();
    }

    /** Every call whose "METHOD path?query body" starts with the prefix. */
    static List<String> calls(String prefix) {
        return SERVICES.calls().stream().map(ScriptedServer.Call::line).filter(c -> c.startsWith(prefix)).toList();
    }

    /** Every call to "METHOD path" (without its query), with the token it carried. */
    static List<ScriptedServer.Call> callsTo(String request) {
        return SERVICES.calls().stream().filter(c -> c.request().equals(request)).toList();
    }

    @Override
    public Map<String, String> start() {
        String url = SERVICES.start("/api/");
        return Map.of("quarkus.rest-client.triage.url", url, "quarkus.rest-client.capacity.url", url,
                "quarkus.rest-client.intake.url", url);
    }

    @Override
    public void stop() {
        SERVICES.stop();
    }
}
