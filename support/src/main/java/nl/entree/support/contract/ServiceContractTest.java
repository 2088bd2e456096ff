package nl.entree.support.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.entree.support.management.ManagementPort;
import nl.entree.support.openapi.OpenApiDocument;

/**
 * What every service promises alike, tested once: health open on the management port, every documented error
 * problem+json and every endpoint behind a token, its endpoints in {@code /q/openapi}, and metrics. A service's
 * {@code SecurityTest} extends this (with {@code @QuarkusTest}) and adds its own roles and refusals.
 */
public abstract class ServiceContractTest {

    /** Paths the service's OpenAPI document must list. */
    protected abstract List<String> documentedPaths();

    /** A text the service's metrics must contain, such as a meter of its own. */
    protected abstract String aMeter();

    @Test
    void healthIsOpen() {
        ManagementPort.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        ManagementPort.given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void everyDocumentedErrorIsProblemJsonAndEveryEndpointNeedsAToken() {
        assertEquals(List.of(), OpenApiDocument.fetch().brokenErrorPromises());
    }

    @Test
    void openApiListsTheEndpoints() {
        given().accept("application/json").queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).body("paths.keySet()", hasItems(documentedPaths().toArray(String[]::new)));
    }

    @Test
    void metricsAnswer() {
        ManagementPort.given().when().get("/q/metrics").then().statusCode(200).body(containsString(aMeter()));
    }
}
