package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * An organisation's own counts, imported by hand for 2036 to 2038, beside triage's series of the same caseType from
 * 2038 on, which has more months overall: projections use triage's, but the 2037 row must stay on the imported series,
 * the one that counted 2037. The years 2036 to 2042 and VT's series in them belong to this test; the clock is set to
 * 2043, so that 2037 is a complete year.
 */
@QuarkusTest
class PublicationSeriesOfTheYearTest {

    private static final String TRIAGE = TriageCounts.seriesId(Organisation.VT, CaseType.VT_SAFETY_ASSESSMENT);

    @Inject
    TriageCounts triageCounts;

    @Inject
    MutableClock clock;

    private static String imported;

    @BeforeEach
    void seed() {
        synchronized (PublicationSeriesOfTheYearTest.class) {
            if (imported != null) {
                return;
            }
            String own = Fixtures.monthlySeries("own-vt", "VT", "VT_SAFETY_ASSESSMENT");
            Fixtures.importMonths(own, YearMonth.of(2036, 1), 36, i -> 40);
            YearMonth first = YearMonth.of(2038, 1);
            YearMonth last = YearMonth.of(2042, 12);
            List<MonthlyCaseCounts.Cell> cells = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                cells.add(new MonthlyCaseCounts.Cell(m, Organisation.VT, CaseType.VT_SAFETY_ASSESSMENT, 50L, false));
            }
            triageCounts.store(new MonthlyCaseCounts(first, last, cells));
            imported = own;
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOldYearsRowStaysOnTheSeriesThatCountedThatYear() {
        clock.set(Instant.parse("2043-03-01T10:00:00Z"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2037").then().statusCode(200)
                .body("organisations.find { it.organisation == 'VT' }.contacts", equalTo(480f))
                .body("organisations.find { it.organisation == 'VT' }.previousYear", equalTo(480f))
                .body("organisations.find { it.organisation == 'VT' }.complete", equalTo(true))
                .body("organisations.find { it.organisation == 'VT' }.series", contains(imported))
                // Projections' choice is named as not used for this year's row.
                .body("notes", hasItem("Series " + TRIAGE + " not used: " + imported
                        + " covers VT/VT_SAFETY_ASSESSMENT with more data."));
    }

    /**
     * 2038 is counted whole by both series, 40 a month by the import and 50 by triage, each flat. Its growth is one
     * series' own, not 50 × 12 on 40 × 12 (+25%); and its row does not move to triage's once triage has counted
     * more months overall than the import, as by 2043 it has.
     */
    @Test
    void aYearsGrowthComparesOneSeriesWithItself() {
        clock.set(Instant.parse("2043-03-01T10:00:00Z"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2038").then().statusCode(200)
                .body("organisations.find { it.organisation == 'VT' }.contacts", equalTo(480f))
                .body("organisations.find { it.organisation == 'VT' }.previousYear", equalTo(480f))
                .body("organisations.find { it.organisation == 'VT' }.growth", equalTo(0f))
                .body("organisations.find { it.organisation == 'VT' }.series", contains(imported));
    }

    /** 2035 counted nothing: 2036's growth is unknown, and a note says why, where a ministry would read 0% or a gap. */
    @Test
    void aYearWithoutAWholeYearBeforeSaysWhyItsGrowthIsUnknown() {
        clock.set(Instant.parse("2043-03-01T10:00:00Z"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2036").then().statusCode(200)
                .body("organisations.find { it.organisation == 'VT' }.contacts", equalTo(480f))
                .body("organisations.find { it.organisation == 'VT' }.growth", nullValue())
                .body("notes", hasItem("VT: growth unknown: the series behind the figures did not count every month "
                        + "of 2035."));
        given().auth().oauth2(Tokens.coordinator()).accept("text/html").get("/api/publications/2036?lang=nl").then()
                .statusCode(200).body(containsString("VT: groei onbekend: de reeks achter de cijfers telde niet elke "
                        + "maand van 2035."));
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2037").then().statusCode(200)
                .body("notes", not(hasItem(startsWith("VT: growth unknown"))));
    }

    /** 2039 is triage's alone; 2038, the year before, is then triage's too, whatever the import counted. */
    @Test
    void theYearBeforeIsReadFromTheSameSeries() {
        clock.set(Instant.parse("2043-03-01T10:00:00Z"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/publications/2039").then().statusCode(200)
                .body("organisations.find { it.organisation == 'VT' }.contacts", equalTo(600f))
                .body("organisations.find { it.organisation == 'VT' }.previousYear", equalTo(600f))
                .body("organisations.find { it.organisation == 'VT' }.series", contains(TRIAGE));
    }
}
