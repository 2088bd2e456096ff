package nl.entree.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.entree.common.problem.Problem;
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

    /** An RFC 9457 problem as the services send it, with its own media type and status. */
    static void answerProblem(String request, Problem problem) {
        SERVICES.answerText(request, problem.status(), Problem.MEDIA_TYPE, WireMockStubs.write(problem));
    }

    /** intake's 500 for a contact whose details no configured key opens (docs/intake.md, "Values no key opens"). */
    static Problem detailsUnreadable() {
        return new Problem(URI.create("urn:entree:problem:contact-details-unreadable"), "Contact details unreadable",
                500, "This contact's details are stored, but cannot be decrypted: they are damaged, or sealed with a "
                        + "key that is no longer configured. Trying again will not help; tell an administrator which "
                        + "contact this is. The contact list still shows the rest of it.", null, List.of());
    }

    /** intake's 500 for a question from the front door that no configured key opens (its UnreadableProblem). */
    static Problem questionUnreadable() {
        return new Problem(URI.create("urn:entree:problem:question-unreadable"), "Question unreadable", 500,
                "This question is stored, but it or its answer cannot be decrypted: it is damaged, or sealed with a "
                        + "key that is no longer configured. Trying again will not help; tell an administrator which "
                        + "question this is. The question list still shows it, marked unreadable.", null, List.of());
    }

    /** Any other failure of a service, as common's problem mapper answers it. */
    static Problem incident() {
        return Problem.of(500, "Internal Server Error", "Incident 1234");
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
