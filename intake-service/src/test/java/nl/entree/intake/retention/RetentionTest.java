package nl.entree.intake.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.outbox.Outbox;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.StubControl;
import nl.entree.support.time.Eventually;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

@QuarkusTest
class RetentionTest {

    private static final String HW = Tokens.casemanager(Organisation.HELPWANTED);

    @Inject
    RetentionService retention;

    @Inject
    RetentionConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    MutableClock clock;

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

        assertTrue(eraseEverythingDue(now) >= 1);

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

    /** Every pod runs the nightly job at the same moment; between them they erase each contact once. */
    @Test
    void twoPodsErasingAtOnceEraseEachContactOnce() throws Exception {
        // As if on 1 March 2001: only these contacts, of January 2000, a month no other test uses, are due.
        Instant now = Instant.parse("2001-03-01T03:30:00Z");
        List<String> due = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            due.add(ContactBuilder.contact().receivedAt(now.minus(400 + i, ChronoUnit.DAYS))
                    .with("summary", "Due story " + i).register(HW));
        }
        ExecutorService pods = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch together = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int pod = 0; pod < 2; pod++) {
                runs.add(pods.submit(() -> {
                    together.await();
                    return eraseEverythingDue(now);
                }));
            }
            together.countDown();
            assertEquals(3, runs.get(0).get(30, TimeUnit.SECONDS) + runs.get(1).get(30, TimeUnit.SECONDS));
        } finally {
            pods.shutdownNow();
        }
        for (String id : due) {
            given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                    .then().statusCode(200)
                    .body("findAll { it.action == 'ERASE_DETAILS' }.size()", equalTo(1));
            assertEquals(1, erasuresQueuedForTriage(id), "triage is told once to forget " + id);
        }
    }

    /** As the nightly job does: batch after batch of contacts a year old at {@code now}; returns how many. */
    private int eraseEverythingDue(Instant now) {
        int erased = 0;
        int batch;
        do {
            batch = retention.eraseContactDetails(Duration.ofDays(365), now);
            erased += batch;
        } while (batch > 0);
        return erased;
    }

    private int erasuresQueuedForTriage(String contactId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from outbox_event where aggregate_id = ? and event_type = ?")) {
            s.setObject(1, UUID.fromString(contactId));
            s.setString(2, Outbox.CONTACT_ERASED);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void theDefaultPeriodIsAYear() {
        assertEquals(Duration.ofDays(365), config.contactDetails());
    }

    /** A retry is recognised for a week; the nightly job then deletes its key, and the same key registers anew. */
    @Test
    void theNightlyJobForgetsAnIdempotencyKeyAfterAWeek() {
        // June 2001: a month no other test registers in, and too recent for the job to erase anything of it.
        Instant sent = Instant.parse("2001-06-01T09:00:00Z");
        ContactBuilder contact = ContactBuilder.contact().receivedAt(sent).with("summary", "Retried story");
        String key = UUID.randomUUID().toString();
        try {
            clock.set(sent);
            String id = contact.post(HW, key).then().statusCode(201).extract().path("id");

            clock.set(Instant.parse("2001-06-07T03:30:00Z"));
            retention.nightly();
            contact.post(HW, key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

            clock.set(Instant.parse("2001-06-09T03:30:00Z"));
            retention.nightly();
            String again = contact.post(HW, key).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                    .extract().path("id");
            assertNotEquals(id, again);
        } finally {
            clock.reset();
        }
    }
}
