package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.StubControl;
import nl.entree.intake.support.TriageStub;
import nl.entree.support.db.Locks;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * Who sees a contact follows triage's current lead and supporters, not the routing intake once heard of. The stub
 * routes setting ONLINE to HELPWANTED with SHN supporting, and moves a case when told to.
 */
@QuarkusTest
class AccessFollowsTheCaseTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String HELPWANTED = Tokens.casemanager(Organisation.HELPWANTED);
    private static final String SHN = Tokens.casemanager(Organisation.SHN);

    @Inject
    DataSource dataSource;

    private static String registeredByCsgAndRoutedToHelpwanted() {
        String id = ContactBuilder.contact().with("setting", "ONLINE").with("consentToShare", true)
                .with("summary", "Images shared without consent.")
                .identified("Robin", "0612345678", null).register(CSG);
        ContactVisibilityTest.awaitRouted(CSG, id);
        return id;
    }

    @Test
    void afterADeclineAndAReassignmentTheOldLeadLosesTheContactAndTheNewLeadGetsIt() {
        String id = registeredByCsgAndRoutedToHelpwanted();
        given().auth().oauth2(HELPWANTED).when().get("/api/contacts/" + id)
                .then().statusCode(200).body("contact.phone", equalTo("0612345678"));
        // A supporter sees the case, in its list too, but contact details go to the lead only.
        given().auth().oauth2(SHN).when().get("/api/contacts/" + id)
                .then().statusCode(200)
                .body("summary", equalTo("Images shared without consent."))
                .body("contact", nullValue());
        given().auth().oauth2(SHN).queryParam("size", 5).when().get("/api/contacts")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.summary", equalTo("Images shared without consent."))
                .body("items.find { it.id == '" + id + "' }.contact", nullValue());

        StubControl.reassign(id, "SHN");

        given().auth().oauth2(HELPWANTED).when().get("/api/contacts/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(HELPWANTED).queryParam("size", 100).when().get("/api/contacts")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(SHN).when().get("/api/contacts/" + id)
                .then().statusCode(200)
                .body("contact.phone", equalTo("0612345678"))
                .body("summary", equalTo("Images shared without consent."))
                .body("routing.leadOrganisation", equalTo("SHN"));
        given().auth().oauth2(SHN).queryParam("size", 100).when().get("/api/contacts")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(CSG).when().get("/api/contacts/" + id)
                .then().statusCode(200).body("contact.phone", equalTo("0612345678"));
        // Who the details go to changed: the trail says so once, as triage's routing, besides the reads.
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'ROUTE' }.actor", hasItem("system:triage"))
                .body("findAll { it.action == 'ROUTE' && it.actor == 'system:triage' }.size()", equalTo(1));
    }

    /**
     * A read that brings intake's copy of the case up to date writes the contact row, and then records its audit. An
     * erasure takes the row first and the audit trail's head after it. The read must take them in that order too, or
     * each waits for what the other holds: PostgreSQL then ends one of them as a deadlock, a 500 for the casemanager or
     * an erasure that stops.
     */
    @Test
    void aReadThatCatchesUpWithTriageDuringAnErasureWaitsForItAndBothEnd() throws Exception {
        String id = registeredByCsgAndRoutedToHelpwanted();
        StubControl.reassign(id, "SHN");
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (Connection erasure = dataSource.getConnection()) {
            erasure.setAutoCommit(false);
            try (PreparedStatement row = erasure.prepareStatement("select id from contact where id = ? for update")) {
                row.setObject(1, UUID.fromString(id));
                row.executeQuery().close();
            }
            Future<Integer> read = reader.submit(() -> given().auth().oauth2(SHN).when().get("/api/contacts/" + id)
                    .then().extract().statusCode());
            Eventually.await("the read waits on the contact's row", Duration.ofSeconds(10),
                    () -> Locks.waiting(dataSource) > 0);
            // The erasure's next step: the audit trail's head. It gets it, as the read has not taken it yet.
            try (PreparedStatement head = erasure.prepareStatement("select last_hash from audit_chain for update")) {
                head.executeQuery().close();
            }
            erasure.commit();
            assertEquals(200, read.get(30, TimeUnit.SECONDS));
        } finally {
            reader.shutdownNow();
        }
        given().auth().oauth2(SHN).when().get("/api/contacts/" + id)
                .then().statusCode(200).body("routing.leadOrganisation", equalTo("SHN"));
    }

    @Test
    void aListWaitingForASlowTriageHoldsUpNoRegistration() throws Exception {
        for (int i = 0; i < 3; i++) {
            registeredByCsgAndRoutedToHelpwanted();
        }
        // Newest first: the three above, each shown to HELPWANTED only once triage has answered for it.
        aRegistrationDoesNotWaitForAListOfThreeWhileTriageIsSlow(HELPWANTED);
    }

    /** {@code casemanager} lists three contacts with triage slow; VT registers one meanwhile, without waiting. */
    private static void aRegistrationDoesNotWaitForAListOfThreeWhileTriageIsSlow(String casemanager)
            throws Exception {
        StubControl.mode("HOLD");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> list = pool.submit(() -> given().auth().oauth2(casemanager).queryParam("size", 3)
                    .when().get("/api/contacts").then().extract().statusCode());
            Eventually.await("the list waits for triage", Duration.ofSeconds(10), () -> StubControl.held() == 1);

            String registered = ContactBuilder.contact().register(Tokens.casemanager(Organisation.VT));

            assertFalse(list.isDone(), "the registration waited for the list, and so for triage");
            StubControl.mode("UP");
            assertEquals(200, list.get(30, TimeUnit.SECONDS));
            given().auth().oauth2(Tokens.casemanager(Organisation.VT)).when().get("/api/contacts/" + registered)
                    .then().statusCode(200);
        } finally {
            pool.shutdownNow();
            StubControl.mode("UP");
        }
    }

    /**
     * As above, with the first contact of the list moved in triage since intake last heard: intake's copy is brought
     * up to date and audited only once triage has answered for every contact, since the audit record holds the audit
     * trail's head, which every registration needs, until the list commits.
     */
    @Test
    void aListThatCatchesUpWithTriageHoldsUpNoRegistrationWhileTriageIsSlow() throws Exception {
        String moved = null;
        for (int i = 0; i < 3; i++) {
            moved = registeredByCsgAndRoutedToHelpwanted();
        }
        StubControl.reassign(moved, "SHN");
        // Newest first: the moved contact, then two whose case SHN supports.
        aRegistrationDoesNotWaitForAListOfThreeWhileTriageIsSlow(SHN);
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", moved).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'ROUTE' && it.actor == 'system:triage' }.size()", equalTo(1));
    }

    @Test
    void whenTriageCannotSayWhoIsInvolvedTheAnswerIs503NeverAGuess() {
        String id = registeredByCsgAndRoutedToHelpwanted();
        StubControl.mode("UNAVAILABLE");
        try {
            given().auth().oauth2(HELPWANTED).when().get("/api/contacts/" + id)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"));
            // The registering organisation needs no answer from triage.
            given().auth().oauth2(CSG).when().get("/api/contacts/" + id)
                    .then().statusCode(200).body("contact.phone", equalTo("0612345678"));
        } finally {
            StubControl.mode("UP");
        }
        given().auth().oauth2(HELPWANTED).when().get("/api/contacts/" + id)
                .then().statusCode(200);
    }

    /** Every read of a contact is in the trail, also one that triage refused. */
    @Test
    void aReadTriageRefusesIsAuditedAsForbidden() {
        String id = registeredByCsgAndRoutedToHelpwanted();
        given().auth().oauth2(Tokens.as("casemanager").org(Organisation.HELPWANTED)
                .subject(TriageStub.REFUSED_BY_TRIAGE).sign()).when().get("/api/contacts/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == '" + TriageStub.REFUSED_BY_TRIAGE + "' }.action", contains("READ"))
                .body("findAll { it.actor == '" + TriageStub.REFUSED_BY_TRIAGE + "' }.result", contains("FORBIDDEN"));
    }

    /** And one that could not be answered because triage was down. */
    @Test
    void aReadWhileTriageIsDownIsAuditedAsRefused() {
        String id = registeredByCsgAndRoutedToHelpwanted();
        StubControl.mode("DOWN");
        try {
            given().auth().oauth2(Tokens.as("casemanager").org(Organisation.HELPWANTED).subject("cm-while-down")
                    .sign()).when().get("/api/contacts/" + id)
                    .then().statusCode(503).contentType("application/problem+json");
        } finally {
            StubControl.mode("UP");
        }
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'cm-while-down' }.action", contains("READ"))
                .body("findAll { it.actor == 'cm-while-down' }.result", contains("REFUSED"))
                .body("findAll { it.actor == 'cm-while-down' }.actorOrganisation", contains("HELPWANTED"));
    }
}
