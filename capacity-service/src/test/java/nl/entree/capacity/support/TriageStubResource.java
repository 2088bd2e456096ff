package nl.entree.capacity.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the stub triage on a free port and points the REST clients at it. */
public class TriageStubResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String url = TriageStub.start();
        return Map.of("quarkus.rest-client.triage.url", url, "quarkus.rest-client.triage-cases.url", url);
    }

    @Override
    public void stop() {
        TriageStub.stop();
    }
}
