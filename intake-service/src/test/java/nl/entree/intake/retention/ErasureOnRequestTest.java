package nl.entree.intake.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.contract.ContactErasure;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.contacts.Contact;
import nl.entree.intake.outbox.Outbox;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.StubControl;
import nl.entree.support.db.Locks;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

@QuarkusTest
class ErasureOnRequestTest {

    private static final String FIER = Tokens.casemanager(Organisation.FIER);
    private static final String SUMMARY = "Told us about Sam, her uncle";

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    ContactErasing erasing;

    private static ValidatableResponse erase(String token, Object reference) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(reference == null ? Map.of() : Map.of("reference", reference))
                .when().post("/api/erasures").then();
    }

    @Test
    void anAdminErasesOnePersonsContactAndCaseByReferenceAndOnlyTheFactIsAudited() throws SQLException {
        String code = ContactBuilder.uniqueCode();
        String id = ContactBuilder.contact().with("summary", SUMMARY).incidentDate(LocalDate.now().minusDays(40))
                .identified("Robin Erasable", "0611111111", "robin@example.org").clientCode(code).register(FIER);
        String reference = given().auth().oauth2(FIER).when().get("/api/contacts/" + id).then().extract()
                .path("reference");

        erase(Tokens.admin(), reference).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("contactId", equalTo(id))
                .body("caseErasureQueued", is(true));

        given().auth().oauth2(FIER).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("detailsErased", is(true))
                .body("contact", nullValue())
                .body("summary", nullValue())
                .body("incidentDate", nullValue())
                .body("timeSinceIncident", equalTo("MORE_THAN_7_DAYS"))
                .body("incidentTypes", hasItem("SEXUAL_ASSAULT"));
        ContactBuilder.search(FIER, code).statusCode(200).body("total", equalTo(0));
        for (String row : rowsAsText(id)) {
            assertFalse(row.contains("Sam, her uncle"), "the summary is left in " + row);
            assertFalse(row.contains("Erasable") || row.contains("0611111111"), "a detail is left in " + row);
            // The keyed hashes of the client code tie this contact to the person's other cases.
            assertFalse(row.contains("\"personLinks\": [\""), "a person link is left in " + row);
        }

        // triage hears of it through the outbox, after the registration.
        Eventually.await("triage told to forget everything", Duration.ofSeconds(30),
                () -> StubControl.received(id).path("erasures").toString().equals("[\"EVERYTHING\"]"));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'ERASE_ON_REQUEST' }.result", hasItem("OK"))
                .body("findAll { it.action == 'ERASE_ON_REQUEST' }.actor", everyItem(notNullValue()));
    }

    /**
     * Erased before triage had it, an acute contact whose timing came only from its date must still reach triage as
     * acute: the waiting registration loses the date and keeps the time since the incident worked out from it.
     */
    @Test
    void aRegistrationStillWaitingKeepsItsAcutenessWhenItsIncidentDateIsErased() throws Exception {
        StubControl.mode("DOWN");
        try {
            String id = ContactBuilder.contact().with("timeSinceIncident", null)
                    .incidentDate(LocalDate.now().minusDays(2)).register(FIER);
            String reference = given().auth().oauth2(FIER).when().get("/api/contacts/" + id).then().statusCode(200)
                    .body("timeSinceIncident", equalTo("WITHIN_7_DAYS")).extract().path("reference");

            erase(Tokens.admin(), reference).statusCode(200);

            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "select payload::text from outbox_event where aggregate_id = ? and event_type = ?")) {
                s.setObject(1, UUID.fromString(id));
                s.setString(2, Outbox.CONTACT_REGISTERED);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the registration waits in the outbox");
                    JsonNode assessment = new ObjectMapper().readTree(r.getString(1)).path("assessment");
                    assertTrue(assessment.path("incidentDate").isMissingNode(), assessment.toString());
                    assertEquals("WITHIN_7_DAYS", assessment.path("timeSinceIncident").asText(),
                            assessment.toString());
                }
            }
        } finally {
            StubControl.mode("UP");
        }
    }

    @Test
    void onlyAnAdminErasesAndAnUnknownOrMissingReferenceIsSaidSo() {
        String reference = given().auth().oauth2(FIER).when()
                .get("/api/contacts/" + ContactBuilder.contact().register(FIER)).then().extract().path("reference");
        erase(FIER, reference).statusCode(403);
        erase(Tokens.coordinator(), reference).statusCode(403);
        erase(Tokens.admin(), "GE-1999-999999").statusCode(404).contentType("application/problem+json");
        erase(Tokens.admin(), null).statusCode(400).body("violations.field", hasItem("reference"));
    }

    @Test
    void aReferenceTypedInSmallLettersErasesTheContactAndOneThatIsNoReferenceNamesTheField() {
        String id = ContactBuilder.contact().with("summary", SUMMARY).register(FIER);
        String reference = given().auth().oauth2(FIER).when().get("/api/contacts/" + id).then().extract()
                .path("reference");

        erase(Tokens.admin(), " " + reference.toLowerCase(Locale.ROOT) + " ").statusCode(200)
                .body("contactId", equalTo(id))
                .body("reference", equalTo(reference));
        given().auth().oauth2(FIER).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("summary", nullValue());
        for (String malformed : List.of("GE-2026-12", "E-1999-999999", "GE-2026-000123; drop", "2026-000123")) {
            erase(Tokens.admin(), malformed).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("reference"));
        }
    }

    /** The outbox relay reads a contact, then writes its routing; an erasure can fall in between. */
    @Test
    void anErasureBetweenTheRelaysReadAndItsWriteIsNotUndone() throws SQLException {
        UUID id = UUID.fromString(ContactBuilder.contact().with("summary", SUMMARY)
                .clientCode(ContactBuilder.uniqueCode()).register(FIER));
        // The real relay delivers it first, so that its own write of the routing cannot land after the one below.
        Eventually.await("contact " + id + " routed", Duration.ofSeconds(30), () -> "ROUTED".equals(
                given().auth().oauth2(FIER).when().get("/api/contacts/" + id).then().extract().path("status")));

        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = em.find(Contact.class, id);
            contact.caseStatus = "IN_PROGRESS";
            QuarkusTransaction.requiringNew().run(() -> erasing.erase(List.of(id), ContactErasure.Scope.SUMMARY,
                    Instant.now()));
        });

        for (String row : rowsAsText(id.toString())) {
            assertFalse(row.contains("Sam, her uncle"), "the summary came back in " + row);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select client_code, case_status from contact where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertNull(r.getString(1), "the client code came back");
                assertEquals("IN_PROGRESS", r.getString(2));
            }
        }
    }

    /**
     * The relay settles a registration's event and then writes the routing onto the contact, in one transaction. An
     * erasure of that contact in the meantime waits for it, instead of deadlocking with it and failing.
     */
    @Test
    void anErasureDuringADeliveryOfTheSameContactWaitsForIt() throws Exception {
        UUID id = UUID.fromString(ContactBuilder.contact().with("summary", SUMMARY).register(FIER));
        ExecutorService eraser = Executors.newSingleThreadExecutor();
        try (Connection relay = dataSource.getConnection()) {
            relay.setAutoCommit(false);
            try (PreparedStatement settle = relay.prepareStatement(
                    "update outbox_event set attempts = attempts where aggregate_id = ? and event_type = ?")) {
                settle.setObject(1, id);
                settle.setString(2, Outbox.CONTACT_REGISTERED);
                settle.executeUpdate();
            }
            Future<?> erasure = eraser.submit(() -> QuarkusTransaction.requiringNew().run(
                    () -> erasing.erase(List.of(id), ContactErasure.Scope.SUMMARY, Instant.now())));
            Eventually.await("the erasure waits on the relay's lock", Duration.ofSeconds(10),
                    () -> Locks.waiting(dataSource) > 0);
            try (PreparedStatement route = relay.prepareStatement(
                    "update contact set case_status = 'IN_PROGRESS' where id = ?")) {
                route.setObject(1, id);
                route.executeUpdate();
            }
            relay.commit();
            erasure.get(30, TimeUnit.SECONDS);
        } finally {
            eraser.shutdownNow();
        }
        for (String row : rowsAsText(id.toString())) {
            assertFalse(row.contains("Sam, her uncle"), "the summary is left in " + row);
        }
    }

    /**
     * An admin retries a parked registration while an erasure of its contact runs: the retry waits for the erasure and
     * puts the event back in the queue without the erased summary.
     */
    @Test
    void aRetryOfAParkedEventDuringAnErasureDoesNotWriteTheSummaryBack() throws Exception {
        UUID id = UUID.fromString(ContactBuilder.contact().with("summary", SUMMARY).register(FIER));
        Eventually.await("contact " + id + " routed", Duration.ofSeconds(30), () -> "ROUTED".equals(
                given().auth().oauth2(FIER).when().get("/api/contacts/" + id).then().extract().path("status")));
        String eventId;
        try (Connection c = dataSource.getConnection(); PreparedStatement park = c.prepareStatement(
                "update outbox_event set status = 'PARKED' where aggregate_id = ? and event_type = ? returning id")) {
            park.setObject(1, id);
            park.setString(2, Outbox.CONTACT_REGISTERED);
            try (ResultSet r = park.executeQuery()) {
                r.next();
                eventId = r.getString(1);
            }
        }
        ExecutorService admin = Executors.newSingleThreadExecutor();
        try (Connection erasure = dataSource.getConnection()) {
            // As an erasure does: the registration's payload stripped first, then the audit trail's head, held to
            // commit.
            erasure.setAutoCommit(false);
            try (PreparedStatement strip = erasure.prepareStatement("update outbox_event set payload = "
                    + "jsonb_set(payload, '{assessment,summary}', 'null') where aggregate_id = ?");
                    PreparedStatement head = erasure.prepareStatement("select last_hash from audit_chain for update")) {
                strip.setObject(1, id);
                strip.executeUpdate();
                head.executeQuery().close();
            }
            Future<Integer> retry = admin.submit(() -> given().auth().oauth2(Tokens.admin())
                    .when().post("/api/outbox/" + eventId + "/retry").then().extract().statusCode());
            Eventually.await("the retry waits on the erasure", Duration.ofSeconds(10),
                    () -> Locks.waiting(dataSource) > 0);
            erasure.commit();
            assertEquals(200, retry.get(30, TimeUnit.SECONDS));
        } finally {
            admin.shutdownNow();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select status, payload::text from outbox_event where id = ?")) {
            s.setObject(1, UUID.fromString(eventId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertFalse(r.getString(2).contains("Sam, her uncle"), "the summary came back in " + r.getString(2));
            }
        }
    }

    /** Every row intake holds about the contact, as text, as a database dump would show it. */
    private List<String> rowsAsText(String id) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of("select * from contact where id = ?",
                "select * from contact_details where contact_id = ?",
                "select * from outbox_event where aggregate_id = ?",
                "select * from idempotency_key where contact_id = ?")) {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, UUID.fromString(id));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
