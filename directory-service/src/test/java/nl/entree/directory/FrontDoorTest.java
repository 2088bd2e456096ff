package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;

/** The public front door (help) reads where help is, and changes nothing. */
@QuarkusTest
class FrontDoorTest {

    private static RequestSpecification frontDoor() {
        return given().auth().oauth2(Tokens.frontDoor());
    }

    @Test
    void theFrontDoorReadsWhereHelpIsAndTheSocialeKaart() {
        frontDoor().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .get("/api/directory/where").then().statusCode(200)
                .body("regional.location_name", equalTo("CSG Amsterdam-Amstelland"));
        frontDoor().queryParam("region", "VR13").get("/api/directory/search").then().statusCode(200);
    }

    @Test
    void theFrontDoorCannotChangeOrExportTheDirectory() {
        frontDoor().get("/api/directory/export").then().statusCode(403).contentType("application/problem+json");
        frontDoor().contentType("application/json").body("{}").post("/api/directory/services").then()
                .statusCode(403);
        frontDoor().contentType("application/json").body("{\"reason\":\"closed\"}")
                .post("/api/directory/services/" + UUID.randomUUID() + "/retire").then().statusCode(403);
    }

    @Test
    void aForgedFrontDoorTokenIsUnauthorised() {
        for (Map.Entry<String, String> forged : Forgeries.ofTheFrontDoor().entrySet()) {
            int status = given().auth().oauth2(forged.getValue()).queryParam("organisation", "CSG")
                    .queryParam("region", "VR13").get("/api/directory/where").then().extract().statusCode();
            assertEquals(401, status, forged.getKey());
        }
    }
}
