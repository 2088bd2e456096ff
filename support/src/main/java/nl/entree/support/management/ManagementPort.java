package nl.entree.support.management;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the service under test's management interface, where {@code /q/health} and {@code /q/metrics} live
 * (docs/architecture.md, "Running it"); REST Assured's default port is the API's. Tests ask for a free port (common's
 * {@code quarkus.management.test-port=0}), and Quarkus puts the one it took in that property once it listens.
 */
public final class ManagementPort {

    /** Quarkus's own default for the management interface in tests. */
    private static final int QUARKUS_DEFAULT_TEST_PORT = 9001;

    private ManagementPort() {
    }

    public static RequestSpecification given() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(QUARKUS_DEFAULT_TEST_PORT);
        return RestAssured.given().port(port);
    }
}
