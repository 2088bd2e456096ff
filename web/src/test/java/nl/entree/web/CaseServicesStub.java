package nl.entree.web;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.entree.support.stub.ScriptedServer;

/**
 * triage, capacity and intake as the case page and the questions see them, on one port: tests set the answers and read
 * what web sent. Directory-service stays unreachable (its panel is tested elsewhere).
 */
public class CaseServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final ScriptedServer SERVICES = new ScriptedServer();

    static void answer(String request, int status, Object body) {
        SERVICES.answer(request, status, body);
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
