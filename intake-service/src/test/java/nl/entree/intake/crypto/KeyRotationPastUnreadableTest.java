package nl.entree.intake.crypto;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.contacts.ContactDetails;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.TestKeys;
import nl.entree.support.log.LogLines;
import nl.entree.support.token.Tokens;

/**
 * A value no configured key opens (damaged, or sealed with a key that is no longer configured) is left as it was by
 * the key rotation, which moves every other row, reports how many it could not read, logs their ids, and ends: an
 * admin who calls it until nothing remains is done, instead of meeting the same row for ever.
 */
@QuarkusTest
class KeyRotationPastUnreadableTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @Inject
    DataSource dataSource;

    @Test
    void rowsNoKeyOpensAreLeftAndCountedWhileTheRestMovesToTheCurrentKey() throws SQLException {
        UUID first = underKeyOne(ContactBuilder.contact().identified("Lotte Eerst", "+31 6 7777 0101", null));
        UUID second = underKeyOne(ContactBuilder.contact().identified("Mees Tweede", "+31 6 7777 0202", null));
        UUID damaged = underKeyOne(ContactBuilder.contact().identified("Nina Kapot", "+31 6 7777 0303", null));
        UUID keyGone = underKeyOne(ContactBuilder.contact().identified("Otto Weg", "+31 6 7777 0404", null));
        update("update contact_details set phone_enc = set_byte(phone_enc, length(phone_enc) - 1, "
                + "get_byte(phone_enc, length(phone_enc) - 1) # 1) where contact_id = ?", damaged);
        update("update contact_details set name_enc = set_byte(name_enc, 0, 9), phone_enc = set_byte(phone_enc, 0, 9)"
                + " where contact_id = ?", keyGone);
        UUID question = damagedQuestion();
        byte[] damagedBefore = phone(damaged);
        byte[] keyGoneBefore = phone(keyGone);
        LogLines log = LogLines.capture();
        try {
            given().auth().oauth2(Tokens.admin()).queryParam("batch", 5000)
                    .when().post("/api/encryption/re-encrypt").then().statusCode(200)
                    .body("reEncrypted", greaterThanOrEqualTo(2))
                    .body("unreadable", greaterThanOrEqualTo(3))
                    .body("remainingUnderOtherKeys", equalTo(0));
            // Called again, even one row at a time, it walks past them and says nothing is left to do.
            given().auth().oauth2(Tokens.admin()).queryParam("batch", 1)
                    .when().post("/api/encryption/re-encrypt").then().statusCode(200)
                    .body("reEncrypted", equalTo(0))
                    .body("unreadable", greaterThanOrEqualTo(3))
                    .body("remainingUnderOtherKeys", equalTo(0));

            assertEquals(2, phone(first)[0]);
            assertEquals(2, phone(second)[0]);
            given().auth().oauth2(CSG).when().get("/api/contacts/" + first).then().statusCode(200)
                    .body("contact.phone", equalTo("+31 6 7777 0101"));
            assertArrayEquals(damagedBefore, phone(damaged));
            assertArrayEquals(keyGoneBefore, phone(keyGone));
            // The damaged row still needs key 1, so that key is not offered for removal.
            given().auth().oauth2(Tokens.admin()).when().get("/api/encryption").then().statusCode(200)
                    .body("removableKeyIds", not(hasItem(1)));

            given().auth().oauth2(Tokens.admin()).queryParam("objectId", first).when().get("/api/audit").then()
                    .statusCode(200)
                    .body("findAll { it.action == 'REENCRYPT_DETAILS' }.result", equalTo(List.of("OK")));
            given().auth().oauth2(Tokens.admin()).queryParam("objectId", damaged).when().get("/api/audit").then()
                    .statusCode(200)
                    .body("findAll { it.action == 'REENCRYPT_DETAILS' }.result", equalTo(List.of("REFUSED",
                            "REFUSED")));
            // Under a key that is not configured a row is counted, not read: nothing was done to it, so no record.
            given().auth().oauth2(Tokens.admin()).queryParam("objectId", keyGone).when().get("/api/audit").then()
                    .statusCode(200)
                    .body("findAll { it.action == 'REENCRYPT_DETAILS' }", org.hamcrest.Matchers.empty());
            given().auth().oauth2(Tokens.admin()).queryParam("objectId", question).when().get("/api/audit").then()
                    .statusCode(200).body("findAll { it.action == 'REENCRYPT_QUESTION' }.result", hasItem("REFUSED"));
        } finally {
            log.close();
            update("delete from contact_details where contact_id = ?", damaged);
            update("delete from contact_details where contact_id = ?", keyGone);
            update("delete from web_question where contact_id = ?", question);
        }
        List<String> lines = log.lines();

        for (UUID id : List.of(damaged, question)) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN ") && l.contains(id.toString())),
                    "a warning names " + id + ": " + lines);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN ") && l.contains("rows of contact_details alone")
                && l.contains("not configured")), "a warning counts the rows under a key that is gone: " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.contains(keyGone.toString())), "such a row is not read one by one");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("WARN ")
                && (l.contains(first.toString()) || l.contains(second.toString()))),
                "only the rows left behind are warned of");
        for (String line : lines) {
            assertFalse(line.contains("Kapot") || line.contains("Otto") || line.contains("7777"),
                    "personal data in a log line: " + line);
        }
    }

    /** A contact registered now, with its details sealed as before the rotation began: under key 1. */
    private UUID underKeyOne(ContactBuilder contact) throws SQLException {
        UUID id = UUID.fromString(contact.register(CSG));
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) contact.json().get("contact");
        FieldCipher old = TestKeys.previous();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update contact_details set name_enc = ?, phone_enc = ? where contact_id = ?")) {
            s.setBytes(1, old.encrypt((String) person.get("name"), ContactDetails.context(id, "name")));
            s.setBytes(2, old.encrypt((String) person.get("phone"), ContactDetails.context(id, "phone")));
            s.setObject(3, id);
            assertEquals(1, s.executeUpdate());
        }
        return id;
    }

    /** A question from the front door whose text is sealed under key 1 and damaged since. */
    private UUID damagedQuestion() throws SQLException {
        String form = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", form).contentType(ContentType.JSON)
                .body(Map.of("question", "Is het te laat om te bellen?", "callerRole", "VICTIM",
                        "incidentTypes", List.of("SEXUAL_ASSAULT"), "timeSinceIncident", "MORE_THAN_7_DAYS",
                        "victimAgeGroup", "ADULT", "region", "VR13"))
                .when().post("/api/questions").then().statusCode(201);
        UUID id;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select contact_id from idempotency_key where key like ?")) {
            s.setString(1, form + "/%");
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                id = (UUID) r.getObject(1);
            }
        }
        // As WebQuestion.context binds it, which is not visible from here.
        byte[] sealed = TestKeys.previous().encrypt("Is het te laat om te bellen?",
                "web_question:" + id + ":question");
        sealed[sealed.length - 1] ^= 1;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update web_question set question_enc = ? where contact_id = ?")) {
            s.setBytes(1, sealed);
            s.setObject(2, id);
            assertEquals(1, s.executeUpdate());
        }
        return id;
    }

    private byte[] phone(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s =
                c.prepareStatement("select phone_enc from contact_details where contact_id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getBytes(1);
            }
        }
    }

    private void update(String sql, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }
}
