package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.CasesWithoutLead;
import nl.entree.forecast.triage.TriagePull;
import nl.entree.support.token.Tokens;

/**
 * A pull stores triage's national counts, whose months it marks as pulled, and its counts per region; in a month
 * pulled, a region without a count has none. When the regional part fails after the national one, the month must
 * stay unknown in every region, not 0, until a pull stores both. Here the database refuses the regional part; a pod
 * stopped mid-pull or a lost connection fails it the same way. June 1991 belongs to this test: with the parts stored
 * together, nothing of it is stored, so no other test's series grows.
 */
@QuarkusTest
class PullStoredWholeTest {

    private static final YearMonth MONTH = YearMonth.of(1991, 6);

    @Inject
    TriagePull pull;

    @Inject
    CasesWithoutLead withoutLead;

    @Inject
    DataSource db;

    @Test
    void aPullWhoseRegionalPartFailsLeavesTheMonthUnknownInEveryRegionNotZero() throws SQLException {
        execute("""
                create function fail_region_write() returns trigger language plpgsql as $$
                begin raise exception 'the regional part fails'; end $$;
                create trigger fail_region_write before insert or update on observation for each row
                when (new.series_id like 'triage-region-%%' and new.period_start = date '%s')
                execute function fail_region_write();""".formatted(MONTH.atDay(1)));
        try {
            // The stub answers both parts; storing the regions is what fails, and the pull says so.
            assertThrows(RuntimeException.class, () -> pull.pull(MONTH, MONTH));
        } finally {
            execute("drop trigger fail_region_write on observation; drop function fail_region_write()");
        }
        // VR01 had cases that month (StubServers) and the other regions none, but none of it was stored: unknown.
        given().auth().oauth2(Tokens.coordinator()).get("/api/regions/monthly?from=" + MONTH + "&to=" + MONTH)
                .then().statusCode(200)
                .body("regions", hasSize(Region.values().length))
                .body("regions.collect { it.months[0].count }", everyItem(nullValue()));
        assertFalse(withoutLead.monthsPulled().contains(MONTH), "a month is pulled only with its regions");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
