package nl.entree.intake.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.StubControl;
import nl.entree.support.management.ManagementPort;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/** The relay against the triage stub: down, failing, refusing, and back. */
@QuarkusTest
class OutboxDeliveryTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String ADMIN = Tokens.admin();

    @Inject
    DataSource dataSource;

    @AfterEach
    void triageBackUp() {
        StubControl.mode("UP");
    }

    @Test
    void nothingIsLostOrDuplicatedWhileTriageIsDownAndThenUp() {
        StubControl.mode("DOWN");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(ContactBuilder.contact().identified("Person " + i, "06" + (10000000 + i), null).register(CSG));
        }
        for (String id : ids) {
            Eventually.await("a failed attempt for " + id, Duration.ofSeconds(30), () -> attempts(id, "PENDING") >= 1);
            assertEquals(0, StubControl.received(id).path("posts").asInt());
            given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then().body("status", equalTo("RECEIVED"));
        }

        StubControl.mode("UNAVAILABLE");
        for (String id : ids) {
            Eventually.await("a 503 for " + id, Duration.ofSeconds(30),
                    () -> StubControl.received(id).path("posts").asInt() >= 1);
        }
        given().auth().oauth2(ADMIN).queryParam("status", "PENDING").queryParam("contactId", ids.get(0))
                .when().get("/api/outbox").then().statusCode(200)
                .body("[0].lastError", containsString("503"));

        StubControl.mode("UP");
        for (String id : ids) {
            Eventually.await("contact " + id + " routed", Duration.ofSeconds(30), () -> "ROUTED".equals(
                    given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then().extract().path("status")));
        }
        for (String id : ids) {
            JsonNode received = StubControl.received(id);
            assertEquals(1, received.path("cases").asInt(), "one case per contact at the receiver");
            String routedAt = given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then()
                    .body("routing.caseId", equalTo(received.path("caseId").asText()))
                    .body("routing.leadOrganisation", equalTo("CSG"))
                    .extract().path("routing.routedAt");
            assertEquals(Instant.parse(received.path("createdAt").asText()), Instant.parse(routedAt),
                    "routed when triage took the case in, by triage's clock: the line a ministry's month is drawn at");
            given().auth().oauth2(ADMIN).queryParam("status", "DELIVERED").queryParam("contactId", id)
                    .when().get("/api/outbox").then().statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].eventType", equalTo("ContactRegistered"));
            assertEquals(0, attempts(id, "PENDING") + count(id, "PENDING"));
        }
        assertEquals(0, StubControl.received(ids.get(0)).path("unauthorised").asInt(), "every call carried a service token");
    }

    @Test
    void anEventTriageRefusesIsParkedVisiblyAndCanBeRetried() {
        StubControl.mode("REJECT");
        String id = ContactBuilder.contact().register(CSG);
        Eventually.await("contact " + id + " marked as failed", Duration.ofSeconds(30), () -> "DELIVERY_FAILED".equals(
                given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then().extract().path("status")));

        String eventId = given().auth().oauth2(ADMIN).queryParam("contactId", id).when().get("/api/outbox")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].status", equalTo("PARKED"))
                .body("[0].lastError", equalTo("HTTP 422"))
                .extract().path("[0].id");
        ManagementPort.given().when().get("/q/metrics").then().statusCode(200).body(containsString("entree_outbox_parked"));
        given().auth().oauth2(CSG).when().post("/api/outbox/" + eventId + "/retry").then().statusCode(403);

        StubControl.mode("UP");
        given().auth().oauth2(ADMIN).when().post("/api/outbox/" + eventId + "/retry").then().statusCode(200);
        Eventually.await("contact " + id + " routed after the retry", Duration.ofSeconds(30), () -> "ROUTED".equals(
                given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then().extract().path("status")));
        given().auth().oauth2(ADMIN).when().post("/api/outbox/" + java.util.UUID.randomUUID() + "/retry")
                .then().statusCode(404);
    }

    @Test
    void anEventWrittenByAnEarlierReleaseIsStillDelivered() throws Exception {
        StubControl.mode("DOWN");
        String id = ContactBuilder.contact().register(CSG);
        // A field this release's NewCase no longer has, as after an upgrade with events still waiting.
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(
                "update outbox_event set payload = jsonb_set(payload, '{retiredField}', '\"old\"') "
                        + "where aggregate_id = ?::uuid")) {
            update.setString(1, id);
            assertEquals(1, update.executeUpdate());
        }
        StubControl.mode("UP");
        Eventually.await("contact " + id + " routed", Duration.ofSeconds(30), () -> "ROUTED".equals(
                given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then().extract().path("status")));
        assertEquals(0, count(id, "PARKED"), "not parked as unreadable");
    }

    private static int attempts(String contactId, String status) {
        List<Integer> attempts = given().auth().oauth2(ADMIN).queryParam("status", status)
                .queryParam("contactId", contactId).when().get("/api/outbox").then().statusCode(200)
                .extract().path("attempts");
        return attempts.stream().mapToInt(Integer::intValue).sum();
    }

    private static int count(String contactId, String status) {
        List<Object> events = given().auth().oauth2(ADMIN).queryParam("status", status)
                .queryParam("contactId", contactId).when().get("/api/outbox").then().statusCode(200)
                .extract().path("$");
        return events.size();
    }
}
