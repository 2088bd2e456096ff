package nl.entree.web;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.entree.support.stub.ScriptedServer;

/** forecast-service as the projections screen sees it: tests set its answers. */
public class ForecastStub implements QuarkusTestResourceLifecycleManager {

    private static final ScriptedServer FORECAST = new ScriptedServer();

    static void answer(String request, int status, Object body) {
        FORECAST.answer(request, status, body);
    }

    static java.util.List<String> calls(String prefix) {
        return FORECAST.calls().stream().map(ScriptedServer.Call::line).filter(c -> c.startsWith(prefix)).toList();
    }

    static void answerText(String request, String contentType, String body) {
        FORECAST.answerText(request, 200, contentType, body);
    }

    static void reset() {
        FORECAST.reset();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.forecast.url", FORECAST.start("/api/"));
    }

    @Override
    public void stop() {
        FORECAST.stop();
    }
}
