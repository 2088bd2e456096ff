package nl.entree.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.StubControl;
import nl.entree.support.log.LogLines;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/** Registers, fails validation, and gets parked by triage, then searches every log line for the data. */
@QuarkusTest
class NoPersonalDataInLogsTest {

    private static final String NAME = "Quirijn Logvrij";
    private static final String PHONE = "+31 6 5555 0199";
    private static final String SUMMARY_MARK = "zeer-vertrouwelijk-verhaal";

    @Inject
    DataSource dataSource;

    /**
     * A violated constraint: PostgreSQL's detail quotes the row, and Hibernate logs the driver's message. The driver
     * leaves the detail out, so no value of the row is in the message a log line would carry.
     */
    @Test
    void aDatabaseErrorDoesNotQuoteTheRow() throws SQLException {
        String key = "sleutel-" + SUMMARY_MARK + "-" + UUID.randomUUID();
        String insert = "insert into idempotency_key (organisation, key, request_hash, created_at) "
                + "values ('CSG', ?, 'h', now())";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(insert)) {
            s.setString(1, key);
            s.executeUpdate();
            SQLException refused = assertThrows(SQLException.class, s::executeUpdate);
            assertEquals("23505", refused.getSQLState(), "a unique violation");
            assertFalse(refused.getMessage().contains(SUMMARY_MARK), refused.getMessage());
        }
    }

    @Test
    void neitherContactDetailsNorFreeTextReachALogLine() {
        LogLines log = LogLines.capture();
        try {
            String token = Tokens.casemanager(Organisation.CSG);
            StubControl.mode("REJECT");
            String id = ContactBuilder.contact().identified(NAME, PHONE, "quirijn@example.org")
                    .with("summary", "Het verhaal: " + SUMMARY_MARK).register(token);
            Eventually.await("the event parked", Duration.ofSeconds(30), () -> "DELIVERY_FAILED".equals(
                    given().auth().oauth2(token).when().get("/api/contacts/" + id).then().extract().path("status")));
            ContactBuilder.contact().identified(NAME, PHONE + " ext " + SUMMARY_MARK, null).post(token)
                    .then().statusCode(400);
            ContactBuilder.contact().with("summary", SUMMARY_MARK.repeat(200)).post(token).then().statusCode(400);
        } finally {
            StubControl.mode("UP");
            log.close();
        }
        List<String> lines = log.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("parked")), "the capture saw the relay's warning");
        for (String line : lines) {
            assertFalse(line.contains("Quirijn") || line.contains("Logvrij"), "a name in a log line: " + line);
            assertFalse(line.contains("5555 0199") || line.contains("55550199"), "a phone number in a log line: " + line);
            assertFalse(line.contains(SUMMARY_MARK), "free text in a log line: " + line);
        }
    }
}
