package nl.entree.intake.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.token.Tokens;

@QuarkusTest
class AuditTest {

    @Test
    void everyReadAndWriteOfAContactIsRecorded() {
        String creator = Tokens.as("casemanager").org(Organisation.FIER).subject("cm-fier-1").sign();
        String outsider = Tokens.as("casemanager").org(Organisation.CVSN).subject("cm-cvsn-1").sign();
        String id = ContactBuilder.contact().identified("Lou", "0611111111", null).register(creator);
        given().auth().oauth2(creator).when().get("/api/contacts/" + id).then().statusCode(200);
        given().auth().oauth2(outsider).when().get("/api/contacts/" + id).then().statusCode(404);

        List<String> subjects = given().auth().oauth2(Tokens.admin()).queryParam("objectId", id)
                .when().get("/api/audit")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("findAll { it.subject == 'cm-fier-1' }.action", hasItems("CREATE", "READ"))
                .body("find { it.subject == 'cm-fier-1' && it.action == 'CREATE' }.result", equalTo("OK"))
                .body("find { it.subject == 'cm-fier-1' }.organisation", equalTo("FIER"))
                .body("find { it.subject == 'cm-cvsn-1' }.action", equalTo("READ"))
                .body("find { it.subject == 'cm-cvsn-1' }.result", equalTo("NOT_FOUND"))
                .body("find { it.subject == 'cm-cvsn-1' }.organisation", equalTo("CVSN"))
                .body("objectType", everyItem(equalTo("contact")))
                .body("at", everyItem(matchesPattern(".*Z$")))
                .extract().path("subject");
        org.junit.jupiter.api.Assertions.assertTrue(subjects.size() >= 3);
    }

    @Test
    void listingWritesARecordPerContactShown() {
        String token = Tokens.as("casemanager").org(Organisation.FIER).subject("cm-fier-2").sign();
        String code = ContactBuilder.uniqueCode();
        String id = ContactBuilder.contact().clientCode(code).register(token);
        given().auth().oauth2(token).queryParam("clientCode", code).when().get("/api/contacts").then().statusCode(200);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("find { it.action == 'LIST' }.subject", equalTo("cm-fier-2"));
    }

    @Test
    void onlyAdminsReadTheAuditTrailAndTheyNameTheObject() {
        given().auth().oauth2(Tokens.casemanager(Organisation.FIER)).queryParam("objectId", "x")
                .when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/audit")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("objectId"));
    }
}
