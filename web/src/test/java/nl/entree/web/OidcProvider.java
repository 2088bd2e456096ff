package nl.entree.web;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import nl.entree.support.stub.ScriptedServer;

/**
 * web as production runs it (ENTREE_OIDC_ENABLED=true, no development sign-in), against a WireMock identity provider
 * (quarkus-test-oidc-server), with the five services at one scripted address that records what they are told.
 */
public class OidcProvider implements QuarkusTestProfile {

    static final ScriptedServer SERVICES = new ScriptedServer();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                "quarkus.oidc.client-id", "quarkus-web-app",
                "quarkus.oidc.credentials.secret", "secret",
                // Its discovery document names no revocation endpoint; Keycloak's does, where signing out revokes.
                "quarkus.oidc.revoke-path", "${keycloak.url}/realms/quarkus/protocol/openid-connect/revoke",
                // OidcSignOutTest writes the session cookie as the code flow would, so it is not encrypted here.
                "quarkus.oidc.token-state-manager.encryption-required", "false",
                "entree.web.dev-sign-in", "false",
                "entree.web.post-logout-url", "https://entree.example/sign-in");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class), new TestResourceEntry(Services.class));
    }

    /** All five services at one address; each is told of a sign-out on its own path, which is the same. */
    public static class Services implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String url = SERVICES.start("/api/");
            return Map.of("quarkus.rest-client.intake.url", url, "quarkus.rest-client.triage.url", url,
                    "quarkus.rest-client.capacity.url", url, "quarkus.rest-client.forecast.url", url,
                    "quarkus.rest-client.directory.url", url);
        }

        @Override
        public void stop() {
            SERVICES.stop();
        }
    }
}
