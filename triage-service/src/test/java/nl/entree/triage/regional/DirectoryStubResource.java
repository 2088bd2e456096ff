package nl.entree.triage.regional;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the directory stub on a free loopback port and points triage's directory client at it. */
public class DirectoryStubResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.directory.url", DirectoryStub.start());
    }

    @Override
    public void stop() {
        DirectoryStub.stop();
    }
}
