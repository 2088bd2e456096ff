package nl.entree.intake.crypto;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.contacts.ContactDetails;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.TestKeys;
import nl.entree.support.token.Tokens;

/**
 * The test configuration is a rotation in progress: key 2 encrypts, key 1 (the development key) only decrypts.
 * A contact written under key 1 must stay readable, move to key 2 when re-encrypted, and read the same after.
 */
@QuarkusTest
class KeyRotationTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String KEY_ONE_OF_DETAILS =
            "tables.find { it.table == 'contact_details' }.rowsPerKey.find { it.keyId == 1 }";
    private static final String DEV_KEY = TestKeys.DEVELOPMENT_KEY;
    private static final String OTHER_KEY = "KJam61PxwKMu+vd/7Mar5Tkmn0o2Ow2nxWiHLO4c2n0=";

    @Inject
    DataSource dataSource;

    @Test
    void contactsUnderThePreviousKeyStayReadableAndMoveToTheCurrentKey() throws SQLException {
        String id = ContactBuilder.contact().identified("Noor Oud", "+31 6 1111 2222", "noor@example.org").register(CSG);
        writtenUnderKeyOne(UUID.fromString(id), "Noor Oud", "+31 6 1111 2222", "noor@example.org");
        assertEquals(1, firstByteOfPhone(id));

        given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("contact.name", equalTo("Noor Oud"))
                .body("contact.phone", equalTo("+31 6 1111 2222"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/encryption").then().statusCode(200)
                .body("currentKeyId", equalTo(2))
                .body("configuredKeyIds", contains(1, 2))
                .body(KEY_ONE_OF_DETAILS + ".rows", greaterThanOrEqualTo(1))
                .body(KEY_ONE_OF_DETAILS + ".configured", equalTo(true))
                .body("removableKeyIds", not(hasItem(1)));

        given().auth().oauth2(Tokens.admin()).queryParam("batch", 5000)
                .when().post("/api/encryption/re-encrypt").then().statusCode(200)
                .body("reEncrypted", greaterThanOrEqualTo(1))
                .body("remainingUnderOtherKeys", equalTo(0));

        assertEquals(2, firstByteOfPhone(id));
        given().auth().oauth2(CSG).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("contact.name", equalTo("Noor Oud"))
                .body("contact.phone", equalTo("+31 6 1111 2222"))
                .body("contact.email", equalTo("noor@example.org"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/encryption").then().statusCode(200)
                .body("tables.find { it.table == 'contact_details' }.rowsPerKey.keyId", not(hasItem(1)))
                .body("removableKeyIds", contains(1));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit").then()
                .statusCode(200).body("action", hasItem("REENCRYPT_DETAILS"));
    }

    @Test
    void onlyAdminsRotateAndTheBatchIsBounded() {
        given().auth().oauth2(CSG).when().post("/api/encryption/re-encrypt").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/encryption").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).queryParam("batch", 0)
                .when().post("/api/encryption/re-encrypt").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("batch"));
    }

    @Test
    void aValueNamesItsKeyAndAnUnconfiguredKeyIsRefusedClearly() {
        FieldCipher old = new FieldCipher(TestKeys.config(1, DEV_KEY));
        FieldCipher rotated = new FieldCipher(TestKeys.config(2, OTHER_KEY, "1:" + DEV_KEY));
        FieldCipher withoutOld = new FieldCipher(TestKeys.config(2, OTHER_KEY));

        byte[] sealed = old.encrypt("+31 6 1111 2222", "contact_details:a:phone");
        assertEquals("+31 6 1111 2222", rotated.decrypt(sealed, "contact_details:a:phone"));
        assertEquals(2, rotated.encrypt("x", "c")[0]);
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> withoutOld.decrypt(sealed, "contact_details:a:phone"));
        assertTrue(missing.getMessage().contains("key id 1"), missing.getMessage());
    }

    @Test
    void aMisconfiguredKeySetStopsTheServiceAtBoot() {
        assertThrows(IllegalStateException.class, () -> new FieldCipher(TestKeys.config(2, OTHER_KEY, "2:" + DEV_KEY)));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(TestKeys.config(2, OTHER_KEY, DEV_KEY)));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(TestKeys.config(0, OTHER_KEY)));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(TestKeys.config(2, OTHER_KEY, "1:c2hvcnQ=")));
    }

    private void writtenUnderKeyOne(UUID id, String name, String phone, String email) throws SQLException {
        FieldCipher old = TestKeys.previous();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update contact_details set name_enc = ?, phone_enc = ?, email_enc = ? where contact_id = ?")) {
            s.setBytes(1, old.encrypt(name, ContactDetails.context(id, "name")));
            s.setBytes(2, old.encrypt(phone, ContactDetails.context(id, "phone")));
            s.setBytes(3, old.encrypt(email, ContactDetails.context(id, "email")));
            s.setObject(4, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private int firstByteOfPhone(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select phone_enc from contact_details where contact_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBytes(1)[0];
            }
        }
    }
}
