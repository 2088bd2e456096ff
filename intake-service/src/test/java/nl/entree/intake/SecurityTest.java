package nl.entree.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.contract.ServiceContractTest;
import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;

@QuarkusTest
class SecurityTest extends ServiceContractTest {

    @Test
    void noTokenIs401() {
        given().when().get("/api/contacts").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k").body(ContactBuilder.contact().json())
                .when().post("/api/contacts").then().statusCode(401);
        given().when().get("/api/audit?objectId=x").then().statusCode(401);
        given().when().get("/api/contacts/stats/monthly?from=2024-01&to=2024-12").then().statusCode(401);
        given().when().get("/api/outbox").then().statusCode(401);
    }

    @Test
    void everyForgedTokenIs401() {
        for (Map.Entry<String, String> forged : Forgeries.against("casemanager", Organisation.CSG).entrySet()) {
            given().auth().oauth2(forged.getValue()).when().get("/api/contacts")
                    .then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(forged.getValue()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "forged-" + forged.getKey().replace(' ', '-'))
                    .body(ContactBuilder.contact().json())
                    .when().post("/api/contacts")
                    .then().statusCode(401);
        }
        for (Map.Entry<String, String> forged : Forgeries.against("admin", null).entrySet()) {
            given().auth().oauth2(forged.getValue()).queryParam("objectId", "x").when().get("/api/audit")
                    .then().statusCode(401);
        }
    }

    @Test
    void aWrongRoleIs403() {
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON).header("Idempotency-Key", "m-1")
                .body(ContactBuilder.contact().json()).when().post("/api/contacts")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("Idempotency-Key", "c-1")
                .body(ContactBuilder.contact().json()).when().post("/api/contacts")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.service()).when().get("/api/contacts").then().statusCode(403);
        given().auth().oauth2(Tokens.casemanager(Organisation.CSG)).queryParam("objectId", "x")
                .when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.casemanager(Organisation.CSG)).when().get("/api/outbox").then().statusCode(403);
    }

    @Test
    void aCasemanagerWithoutAnOrganisationIs403() {
        String token = Tokens.as("casemanager").sign();
        ContactBuilder.contact().post(token).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theRightRoleIsServed() {
        String token = Tokens.casemanager(Organisation.CSG);
        String id = ContactBuilder.contact().register(token);
        given().auth().oauth2(token).when().get("/api/contacts/" + id).then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/contacts").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().get("/api/outbox").then().statusCode(200);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/contacts/stats/monthly?from=2024-01&to=2024-12")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/contacts/stats/monthly?from=2024-01&to=2024-12")
                .then().statusCode(200);
    }

    @Test
    void aValidationErrorIsAProblemNamingTheField() {
        ContactBuilder.contact().with("callerRole", "ALIEN").post(Tokens.casemanager(Organisation.CSG))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("callerRole"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/contacts",
                "/api/contacts/{id}",
                "/api/contacts/stats/monthly",
                "/api/audit",
                "/api/outbox");
    }

    @Override
    protected String aMeter() {
        return "entree_outbox";
    }
}
