package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.db.Locks;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * The hourly pull of triage's counts and an import write several series in one transaction each. In different orders
 * each could hold a series the other waits for, and PostgreSQL would end one of them as a deadlock: a 500 to the
 * importer. Both take their series in one order first.
 */
@QuarkusTest
class SeveralSeriesWrittenAtOnceTest {

    private static final YearMonth MONTH = YearMonth.of(2017, 3);
    private static final String FIRST = TriageCounts.seriesId(Organisation.CSG, CaseType.CSG_NON_ACUTE);
    private static final String SECOND = TriageCounts.seriesId(Organisation.SHN, CaseType.SHN_SUPPORT);

    @Inject
    TriageCounts triageCounts;

    @Inject
    DataSource db;

    @Test
    void thePullAndAnImportOfTheSameSeriesWaitForEachOtherAndBothAreStored() throws Exception {
        triageCounts.store(counts(100, 200));
        String file = "series,period,count\n" + FIRST + "," + MONTH + ",111\n" + SECOND + "," + MONTH + ",222\n";

        ExecutorService writers = Executors.newFixedThreadPool(2);
        try (Connection holder = db.getConnection()) {
            // The first series is busy, so both writers line up behind it, the import first, before either finishes.
            holder.setAutoCommit(false);
            try (PreparedStatement s = holder.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                s.setString(1, "series:" + FIRST);
                s.execute();
            }
            Future<Integer> imported = writers.submit(() -> given().auth().oauth2(Tokens.coordinator())
                    .contentType("text/csv").body(file).when().post("/api/series/import").then().extract()
                    .statusCode());
            Eventually.await("the import waits for the busy series", Duration.ofSeconds(30),
                    () -> Locks.waiting(db) >= 1);
            // Triage answers with the second series first.
            Future<Integer> pulled = writers.submit(() -> triageCounts.store(counts(300, 400)));
            Eventually.await("both writers wait for the busy series", Duration.ofSeconds(30),
                    () -> Locks.waiting(db) >= 2);
            holder.commit();

            assertEquals(200, imported.get(30, TimeUnit.SECONDS));
            assertEquals(2, pulled.get(30, TimeUnit.SECONDS));
        } finally {
            writers.shutdownNow();
        }
        int first = count(FIRST);
        int second = count(SECOND);
        // Whichever went last stands, for both series alike: neither writer's work was half undone, nor lost to the
        // counts stored before (200 and 100).
        assertEquals(first == 111 ? List.of(111, 222) : List.of(400, 300), List.of(first, second));
    }

    private static MonthlyCaseCounts counts(long second, long first) {
        return new MonthlyCaseCounts(MONTH, MONTH, List.of(
                new MonthlyCaseCounts.Cell(MONTH, Organisation.SHN, CaseType.SHN_SUPPORT, second, false),
                new MonthlyCaseCounts.Cell(MONTH, Organisation.CSG, CaseType.CSG_NON_ACUTE, first, false)));
    }

    private static int count(String series) {
        return given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + series).then()
                .statusCode(200).body("observations.find { it.period == '" + MONTH + "' }.period",
                        equalTo(MONTH.toString()))
                .extract().path("observations.find { it.period == '" + MONTH + "' }.count");
    }
}
