package nl.entree.intake.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.token.Tokens;

/** Reads the tables as an attacker with a database dump would. */
@QuarkusTest
class EncryptionAtRestTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String PHONE = "+31 6 9876 5432";
    private static final String NAME = "Jip Plaintextova";
    private static final String EMAIL = "jip.plaintext@example.org";

    @Inject
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    @Test
    void theDatabaseHoldsNoPlaintextContactDetails() throws SQLException {
        String first = ContactBuilder.contact().identified(NAME, PHONE, EMAIL).register(CSG);
        String second = ContactBuilder.contact().identified(NAME, PHONE, EMAIL).register(CSG);

        for (String id : List.of(first, second)) {
            List<String> rawRows = new ArrayList<>();
            rawRows.addAll(rowsAsText("select * from contact_details where contact_id = ?", id));
            rawRows.addAll(rowsAsText("select * from contact where id = ?", id));
            rawRows.addAll(rowsAsText("select * from outbox_event where aggregate_id = ?", id));
            assertEquals(3, rawRows.size(), "details, contact, and one outbox event");
            for (String row : rawRows) {
                assertFalse(row.contains(PHONE) || row.contains("+31698765432"), "a phone number in plain text");
                assertFalse(row.contains("Plaintextova"), "a name in plain text");
                assertFalse(row.contains("plaintext@"), "an e-mail address in plain text");
            }
        }
        byte[] phoneOne = phoneCiphertext(first);
        byte[] phoneTwo = phoneCiphertext(second);
        assertNotNull(phoneOne);
        assertFalse(Arrays.equals(phoneOne, phoneTwo), "each value has its own IV");
        assertFalse(new String(phoneOne, StandardCharsets.ISO_8859_1).contains(PHONE));
    }

    @Test
    void aCiphertextOnlyDecryptsInItsOwnRowAndField() {
        byte[] sealed = cipher.encrypt(PHONE, "contact_details:a:phone");
        assertEquals(PHONE, cipher.decrypt(sealed, "contact_details:a:phone"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "contact_details:b:phone"));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "contact_details:a:phone"));
    }

    private byte[] phoneCiphertext(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select phone_enc from contact_details where contact_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBytes(1);
            }
        }
    }

    /** Every column of every matching row, bytea decoded as Latin-1 so that any embedded ASCII shows. */
    private List<String> rowsAsText(String sql, String id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        row.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                                : String.valueOf(value)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }
}
