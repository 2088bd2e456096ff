package nl.entree.triage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Rule set 1 is frozen in V2__default_rule_set.sql, so a database made today and one made at the first release hold
 * the same rules; the file the code and the benchmark read must say the same.
 */
@QuarkusTest
class RuleSetOneTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Inject
    Flyway flyway;

    @Test
    void ruleSetOneInTheDatabaseIsTheRuleSetFileTheCodeReads() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select document from rule_set where version = 1")) {
            rows.next();
            JsonNode stored = JSON.readTree(rows.getString(1));
            assertEquals(JSON.readTree(DefaultRuleSet.document()), stored);
        }
    }

    @Test
    void aDatabaseWhoseRuleSetOneCameFromTheOldJavaMigrationStillStarts() throws Exception {
        long frozen = checksumOfV2();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update flyway_schema_history set type = 'JDBC', checksum = null, "
                    + "script = 'db.migration.V2__default_rule_set' where version = '2'");
        }
        flyway.migrate();
        assertEquals(frozen, checksumOfV2());
        assertEquals("SQL", historyOfV2("type"));
    }

    private long checksumOfV2() throws SQLException {
        return Long.parseLong(historyOfV2("checksum"));
    }

    private String historyOfV2(String column) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select " + column + " from flyway_schema_history where version = '2'")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
