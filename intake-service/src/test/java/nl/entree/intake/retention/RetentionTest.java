package nl.entree.intake.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.Eventually;
import nl.entree.intake.support.StubControl;
import nl.entree.support.token.Tokens;

@QuarkusTest
class RetentionTest {

    private static final String HW = Tokens.casemanager(Organisation.HELPWANTED);

    @Inject
    RetentionService retention;

    @Inject
    RetentionConfig config;

    @Test
    void erasesContactDetailsAndFreeTextAfterTheRetentionPeriodButKeepsTheAssessment() {
        // The job runs as if on 1 March 2004, so that it only touches contacts of 2003 and before.
        Instant now = Instant.parse("2004-03-01T03:30:00Z");
        String code = ContactBuilder.uniqueCode();
        String old = ContactBuilder.contact().receivedAt(now.minus(400, ChronoUnit.DAYS))
                .with("channel", "EMAIL").with("summary", "Old story").clientCode(code)
                .identified("Old Name", "0600000001", "old@example.org").register(HW);
        String recent = ContactBuilder.contact().receivedAt(now.minus(300, ChronoUnit.DAYS))
                .with("summary", "Recent story")
                .identified("New Name", "0600000002", null).register(HW);

        int erased = 0;
        int batch;
        do {
            batch = retention.eraseContactDetails(Duration.ofDays(365), now);
            erased += batch;
        } while (batch > 0);
        assertTrue(erased >= 1);

        given().auth().oauth2(HW).when().get("/api/contacts/" + old)
                .then().statusCode(200)
                .body("detailsErased", is(true))
                .body("contact", nullValue())
                .body("summary", nullValue())
                .body("channel", equalTo("EMAIL"))
                .body("incidentTypes", hasItem("SEXUAL_ASSAULT"));
        ContactBuilder.search(HW, code).statusCode(200).body("total", equalTo(0));
        // triage forgets the summary it holds a copy of, through the outbox.
        Eventually.await("triage told to forget the summary", Duration.ofSeconds(30),
                () -> StubControl.received(old).path("erasures").toString().equals("[\"SUMMARY\"]"));
        given().auth().oauth2(HW).when().get("/api/contacts/" + recent)
                .then().statusCode(200)
                .body("detailsErased", is(false))
                .body("contact.name", equalTo("New Name"))
                .body("summary", equalTo("Recent story"));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", old).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'ERASE_DETAILS' }.actor", hasItem("system:retention"));
    }

    @Test
    void theDefaultPeriodIsAYear() {
        org.junit.jupiter.api.Assertions.assertEquals(Duration.ofDays(365), config.contactDetails());
    }
}
