package nl.entree.intake.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/** The outbox names contacts and what became of their delivery: an admin's read of it is audited. */
@QuarkusTest
class OutboxListAuditTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @Test
    void listingTheOutboxWritesARecordPerEventShownByTheAdminWhoReadIt() {
        String id = ContactBuilder.contact().register(CSG);
        Eventually.await("contact " + id + " routed", Duration.ofSeconds(30), () -> "ROUTED".equals(
                given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then().extract().path("status")));
        String reader = "outbox-reader-" + UUID.randomUUID();
        String admin = Tokens.as("admin").subject(reader).sign();

        given().auth().oauth2(admin).queryParam("status", "DELIVERED").queryParam("contactId", id)
                .when().get("/api/outbox").then().statusCode(200)
                .body("size()", equalTo(1));

        // The contact's own trail answers "who has seen something of this contact", as for a list of contacts.
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == '" + reader + "' }.action", contains("LIST"))
                .body("find { it.actor == '" + reader + "' }.objectType", equalTo("contact"))
                .body("find { it.actor == '" + reader + "' }.actorRole", equalTo("admin"))
                .body("find { it.actor == '" + reader + "' }.result", equalTo("OK"));
    }
}
