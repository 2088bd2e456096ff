package nl.entree.intake.crypto;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import db.migration.V3__client_codes_hashed;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.contacts.ContactSearchRequest;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.token.Tokens;

/** Reads the client codes as an attacker with a database dump would, and searches as a casemanager does. */
@QuarkusTest
class ClientCodeHashingTest {

    private static final String CVSN = Tokens.casemanager(Organisation.CVSN);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "entree.client-code.previous-keys")
    String previousKeys;

    @Test
    void aClientCodeIsStoredAsAKeyedHashAndStillFoundByExactMatch() throws SQLException {
        String code = ContactBuilder.uniqueCode();
        String id = ContactBuilder.contact().clientCode(code).post(CVSN).then().statusCode(201)
                .body("clientCode", equalTo(code))
                .extract().path("id");

        String stored = storedCode(id);
        assertFalse(stored.contains(code), "the code as typed");
        assertTrue(stored.startsWith("2:"), "hashed with the current key, id 2 in tests: " + stored);
        ContactBuilder.search(CVSN, code).statusCode(200).body("items.id", contains(id));
        ContactBuilder.search(CVSN, code.toUpperCase()).statusCode(200).body("total", equalTo(0));
        // Later reads cannot show a code that is only stored as a hash.
        given().auth().oauth2(CVSN).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("clientCode", nullValue());
    }

    @Test
    void aCodeHashedWithThePreviousKeyStillMatchesDuringARotation() throws SQLException {
        String code = ContactBuilder.uniqueCode();
        String id = ContactBuilder.contact().clientCode(code).register(CVSN);
        byte[] previous = Base64.getDecoder().decode(previousKeys.substring(previousKeys.indexOf(':') + 1));
        update("update contact set client_code = ? where id = ?", ClientCodes.hash((byte) 1, previous, code), id);

        ContactBuilder.search(CVSN, code).statusCode(200).body("items.id", contains(id));
    }

    @Test
    void theMigrationHashesTheCodesStoredInPlainTextBefore() throws Exception {
        String code = ContactBuilder.uniqueCode();
        String id = ContactBuilder.contact().clientCode(ContactBuilder.uniqueCode()).register(CVSN);
        update("update contact set client_code = ? where id = ?", code, id);

        try (Connection connection = dataSource.getConnection()) {
            new V3__client_codes_hashed().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertFalse(storedCode(id).contains(code));
        ContactBuilder.search(CVSN, code).statusCode(200).body("items.id", contains(id));
    }

    @Test
    void aCodeBroughtFromAnotherOrganisationLinksThePersonThereAndAnEqualCodeOfItsOwnDoesNot() throws SQLException {
        String code = ContactBuilder.uniqueCode();
        String atCvsn = ContactBuilder.contact().clientCode(code).register(CVSN);
        String broughtToCsg = ContactBuilder.contact().clientCode(code).with("clientCodeIssuer", "CVSN")
                .register(Tokens.casemanager(Organisation.CSG));
        String csgsOwn = ContactBuilder.contact().clientCode(code).register(Tokens.casemanager(Organisation.CSG));
        String other = ContactBuilder.contact().clientCode(ContactBuilder.uniqueCode()).register(CVSN);

        String links = sentLinks(atCvsn);
        assertEquals(links, sentLinks(broughtToCsg), "CVSN's code, brought to CSG: triage can match them");
        assertNotEquals(links, sentLinks(csgsOwn), "CSG's own client with the same code is someone else");
        assertTrue(links.startsWith("[\"1:") && links.contains("\"2:"), "one per configured key: " + links);
        assertFalse(links.contains(code), "never the code itself");
        assertFalse(links.contains(storedCode(atCvsn).substring(2)), "nor the stored hash a search matches");
        assertNotEquals(links, sentLinks(other));
        String without = ContactBuilder.contact().register(CVSN);
        assertEquals("[]", sentLinks(without), "no code, no link");
        ContactBuilder.contact().with("clientCodeIssuer", "CVSN").post(CVSN).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("clientCodeIssuer"));
    }

    @Test
    void aSearchByCodeFindsOnePersonTheOwnCodeOrTheOneBroughtFromTheIssuerNamed() {
        String csg = Tokens.casemanager(Organisation.CSG);
        String code = ContactBuilder.uniqueCode();
        String csgsOwn = ContactBuilder.contact().clientCode(code).register(csg);
        String broughtFromFier = ContactBuilder.contact().clientCode(code).with("clientCodeIssuer", "FIER")
                .register(csg);
        String namedAsOwn = ContactBuilder.contact().clientCode(code).with("clientCodeIssuer", "CSG").register(csg);

        ContactBuilder.search(csg, code).statusCode(200)
                .body("items.id", containsInAnyOrder(csgsOwn, namedAsOwn)).body("total", equalTo(2));
        ContactBuilder.search(csg, new ContactSearchRequest(null, null, null, code, "FIER", null, null))
                .statusCode(200).body("items.id", contains(broughtFromFier)).body("total", equalTo(1));
        ContactBuilder.search(csg, new ContactSearchRequest(null, null, null, code, "CSG", null, null))
                .statusCode(200).body("items.id", containsInAnyOrder(csgsOwn, namedAsOwn));
        ContactBuilder.search(csg, new ContactSearchRequest(null, null, null, null, "FIER", null, null))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("clientCodeIssuer"));
        ContactBuilder.search(csg, new ContactSearchRequest(null, null, null, code, "POLITIE", null, null))
                .statusCode(400).body("violations.field", hasItem("clientCodeIssuer"));
    }

    /** The person links in the outbox event that hands the contact to triage. */
    private String sentLinks(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select coalesce(payload::jsonb->'personLinks', '[]')::text "
                        + "from outbox_event where aggregate_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1).replace(" ", "");
            }
        }
    }

    private String storedCode(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select client_code from contact where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    private void update(String sql, String value, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            s.setObject(2, UUID.fromString(id));
            assertEquals(1, s.executeUpdate());
        }
    }
}
