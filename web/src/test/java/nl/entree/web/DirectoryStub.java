package nl.entree.web;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.entree.support.stub.ScriptedServer;

/**
 * directory-service as the sociale kaart, the correction screens and the "how to reach" panel see it: its
 * {@code /api/directory} questions and its public HSDS reads. Tests set the answers and read what web sent.
 */
public class DirectoryStub implements QuarkusTestResourceLifecycleManager {

    private static final ScriptedServer DIRECTORY = new ScriptedServer();

    static void answer(String request, int status, Object body) {
        DIRECTORY.answer(request, status, body);
    }

    static void answer(String request, int status, Object body, Map<String, String> headers) {
        DIRECTORY.answer(request, status, body, headers);
    }

    /** The calls to "METHOD path" (without query), with their headers. */
    static List<ScriptedServer.Call> callsTo(String request) {
        return DIRECTORY.calls().stream().filter(c -> c.request().equals(request)).toList();
    }

    static void reset() {
        DIRECTORY.reset();
    }

    /** Every call whose "METHOD path?query body" starts with the prefix. */
    static List<String> calls(String prefix) {
        return DIRECTORY.calls().stream().map(ScriptedServer.Call::line).filter(c -> c.startsWith(prefix)).toList();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.directory.url",
                DIRECTORY.start("/api/", "/service_at_locations/", "/services/"));
    }

    @Override
    public void stop() {
        DIRECTORY.stop();
    }
}
