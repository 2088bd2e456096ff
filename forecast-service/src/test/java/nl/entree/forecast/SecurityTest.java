package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.support.contract.ServiceContractTest;
import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;

@QuarkusTest
class SecurityTest extends ServiceContractTest {

    @Test
    void noTokenIs401() {
        given().when().get("/api/series").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/projections?from=2026-01&to=2026-12").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/events").then().statusCode(401);
    }

    @Test
    void everyForgedTokenIs401() {
        Forgeries.against("coordinator", null).forEach((name, token) ->
                given().auth().oauth2(token).when().get("/api/events")
                        .then().statusCode(401).contentType("application/problem+json"));
        Forgeries.against("ministry", null).forEach((name, token) ->
                given().auth().oauth2(token).when().get("/api/scenarios").then().statusCode(401));
    }

    @Test
    void wrongRoleIs403() {
        given().auth().oauth2(Tokens.casemanager("CSG")).when().get("/api/series")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.service()).when().get("/api/forecasts/anything").then().statusCode(403);
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "MEDIA", "from", "2027-01-01"))
                .when().post("/api/events").then().statusCode(403);
    }

    @Test
    void rightRoleIsServed() {
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/events").then().statusCode(200);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/scenarios").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("admin-event"), "kind", "OTHER", "from", "2027-01-01",
                        "to", "2027-01-31"))
                .when().post("/api/events").then().statusCode(201);
    }

    @Test
    void validationErrorNamesTheField() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEDIA", "from", "2027-01-01"))
                .when().post("/api/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"));
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/series",
                "/api/series/import",
                "/api/series/{id}/observations",
                "/api/series/{id}/anomalies",
                "/api/forecasts/{seriesId}",
                "/api/events",
                "/api/scenarios",
                "/api/projections",
                "/api/projections/chart.svg");
    }

    @Override
    protected String aMeter() {
        return "http_server";
    }
}
