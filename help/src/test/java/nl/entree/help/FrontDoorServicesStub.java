package nl.entree.help;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.entree.support.stub.ScriptedServer;
import nl.entree.support.stub.ScriptedServer.Call;

/**
 * triage's evaluate, directory's reads and intake's questions as help sees them, on one port: tests set the answers and read what help
 * sent, with which token.
 */
public class FrontDoorServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final ScriptedServer SERVICES = new ScriptedServer();

    static void answer(String request, int status, Object body) {
        SERVICES.answer(request, status, body);
    }

    static void reset() {
        SERVICES.reset();
    }

    static List<Call> calls() {
        return SERVICES.calls();
    }

    static List<Call> calls(String request) {
        return SERVICES.calls().stream().filter(c -> c.request().equals(request)).toList();
    }

    @Override
    public Map<String, String> start() {
        String url = SERVICES.start("/api/");
        return Map.of("quarkus.rest-client.triage.url", url, "quarkus.rest-client.directory.url", url,
                "quarkus.rest-client.intake.url", url);
    }

    @Override
    public void stop() {
        SERVICES.stop();
    }
}
