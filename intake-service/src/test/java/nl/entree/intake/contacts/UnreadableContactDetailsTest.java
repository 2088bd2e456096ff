package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.log.LogLines;
import nl.entree.support.token.Tokens;

/**
 * Contact details that no configured key opens (damaged, or sealed with a key no longer configured) cost that
 * contact its details, never the casemanager's list: the list shows every contact and marks the unreadable ones, and
 * reading such a contact alone is a clear problem. Every read is audited, and the log names the contact id only.
 */
@QuarkusTest
class UnreadableContactDetailsTest {

    private static final String CVSN = Tokens.casemanager(Organisation.CVSN);
    /** A day no other test registers on, so that the list holds this test's contacts only. */
    private static final String DAY = "2011-05-17";

    @Inject
    DataSource dataSource;

    @Test
    void theListShowsEveryContactAndMarksDetailsNoKeyOpensWhileReadingOneAloneIsAClearProblem()
            throws SQLException {
        Instant received = Instant.parse(DAY + "T10:00:00Z");
        String damaged = ContactBuilder.contact().receivedAt(received).with("summary", "Belde na het weekend.")
                .identified("Ilse Beschadigd", "+31 6 4444 0101", "ilse@example.org").register(CVSN);
        String keyGone = ContactBuilder.contact().receivedAt(received.plusSeconds(60))
                .identified("Joost Sleutelweg", "+31 6 4444 0202", null).register(CVSN);
        String intact = ContactBuilder.contact().receivedAt(received.plusSeconds(120))
                .identified("Karin Leesbaar", "+31 6 4444 0303", null).register(CVSN);
        LogLines log = LogLines.capture();
        try {
            update("update contact_details set phone_enc = set_byte(phone_enc, length(phone_enc) - 1, "
                    + "get_byte(phone_enc, length(phone_enc) - 1) # 1) where contact_id = ?", damaged);
            update("update contact_details set name_enc = set_byte(name_enc, 0, 9), "
                    + "phone_enc = set_byte(phone_enc, 0, 9) where contact_id = ?", keyGone);

            ValidatableResponse list = given().auth().oauth2(CVSN).queryParam("from", DAY).queryParam("to", DAY)
                    .when().get("/api/contacts").then().statusCode(200);
            list.body("items.id", containsInAnyOrder(damaged, keyGone, intact))
                    .body(item(damaged) + ".detailsUnreadable", equalTo(true))
                    .body(item(damaged) + ".contact", nullValue())
                    .body(item(damaged) + ".summary", equalTo("Belde na het weekend."))
                    .body(item(keyGone) + ".detailsUnreadable", equalTo(true))
                    .body(item(keyGone) + ".contact", nullValue())
                    .body(item(intact) + ".detailsUnreadable", equalTo(false))
                    .body(item(intact) + ".contact.name", equalTo("Karin Leesbaar"));

            for (String id : List.of(damaged, keyGone)) {
                given().auth().oauth2(CVSN).when().get("/api/contacts/" + id).then().statusCode(500)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:entree:problem:contact-details-unreadable"))
                        .body("title", equalTo("Contact details unreadable"))
                        .body("detail", containsString("cannot be decrypted"));
            }
            given().auth().oauth2(CVSN).when().get("/api/contacts/" + intact).then().statusCode(200)
                    .body("contact.phone", equalTo("+31 6 4444 0303"));
            // A coordinator never sees details, so there is nothing unreadable for them.
            given().auth().oauth2(Tokens.coordinator()).when().get("/api/contacts/" + damaged).then()
                    .statusCode(200).body("detailsUnreadable", equalTo(false));

            for (String id : List.of(damaged, keyGone)) {
                given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit").then()
                        .statusCode(200)
                        .body("findAll { it.action == 'LIST' }.result", hasItem("OK"))
                        .body("findAll { it.action == 'READ' && it.actorOrganisation == 'CVSN' }.result",
                                equalTo(List.of("REFUSED")));
            }
        } finally {
            log.close();
            for (String id : List.of(damaged, keyGone)) {
                update("delete from contact_details where contact_id = ?", id);
            }
        }
        List<String> lines = log.lines();

        for (String id : List.of(damaged, keyGone)) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN ") && l.contains(id)),
                    "a warning names contact " + id + ": " + lines);
        }
        for (String line : lines) {
            assertFalse(line.contains("Beschadigd") || line.contains("Sleutelweg") || line.contains("4444"),
                    "personal data in a log line: " + line);
        }
    }

    private static String item(String id) {
        return "items.find { it.id == '" + id + "' }";
    }

    private void update(String sql, String contactId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(contactId));
            assertEquals(1, s.executeUpdate());
        }
    }
}
