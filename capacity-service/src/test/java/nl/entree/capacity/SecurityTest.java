package nl.entree.capacity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.support.contract.ServiceContractTest;
import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;

/** HELPWANTED staffing is written by this class only. */
@QuarkusTest
class SecurityTest extends ServiceContractTest {

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

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/norms",
                "/api/norms/empirical",
                "/api/norms/{org}/{caseType}",
                "/api/staffing/{org}",
                "/api/time-entries",
                "/api/utilisation",
                "/api/requirements",
                "/api/lines/staffing");
    }

    @Override
    protected String aMeter() {
        return "jvm_";
    }
}
