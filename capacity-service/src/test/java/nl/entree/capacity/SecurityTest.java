package nl.entree.capacity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.support.openapi.OpenApiDocument;
import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;
import nl.entree.support.management.ManagementPort;

/** HELPWANTED staffing is written by this class only. */
@QuarkusTest
class SecurityTest {

    @Test
    void withoutATokenIs401ProblemJson() {
        given().when().get("/api/norms")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().contentType(ContentType.JSON).body(Map.of("lines", List.of()))
                .when().post("/api/requirements")
                .then().statusCode(401);
    }

    @Test
    void everyForgedTokenIs401() {
        Forgeries.against("coordinator", null).forEach((name, token) -> given().auth().oauth2(token)
                .when().get("/api/norms")
                .then().statusCode(401)
                .contentType("application/problem+json"));
        Forgeries.against("casemanager", "CSG").forEach((name, token) -> given().auth().oauth2(token)
                .when().get("/api/time-entries/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401));
    }

    @Test
    void aWrongRoleIs403() {
        given().auth().oauth2(Tokens.casemanager("HELPWANTED")).contentType(ContentType.JSON)
                .body(Map.of("fte", 2))
                .when().put("/api/staffing/SHN")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ministry())
                .when().get("/api/utilisation")
                .then().statusCode(403);
    }

    @Test
    void theRightRoleIsServed() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", "VR20")
                .body(Map.of("fte", 2))
                .when().put("/api/staffing/SHN")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.casemanager("FIER"))
                .when().get("/api/norms")
                .then().statusCode(200);
    }

    @Test
    void aValidationErrorNamesTheField() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", "VR20")
                .body(Map.of("fte", "many"))
                .when().put("/api/staffing/SHN")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("fte"));
    }

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
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/norms"))
                .body(containsString("/api/norms/empirical"))
                .body(containsString("/api/norms/{org}/{caseType}"))
                .body(containsString("/api/staffing/{org}"))
                .body(containsString("/api/time-entries"))
                .body(containsString("/api/utilisation"))
                .body(containsString("/api/requirements"))
                .body(containsString("/api/lines/staffing"));
    }

    @Test
    void metricsAnswer() {
        ManagementPort.given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
