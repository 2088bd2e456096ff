package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.alerts.PeakWatch;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.token.Tokens;

/**
 * CSG's count is checked as a whole, not only per caseType: three calm years of about 300 acute and 900 non-acute
 * contacts a month (varying by a few, so no band is wider than a count's Poisson noise), then the stub's
 * {@link StubServers#CSG_SPREAD_MONTH}, in which each runs a little high. By day 20 of its 30 days each part is under
 * its own bound (about 228.7 and 649.0), but their sum, 869, is above CSG's (about 856.4). The years 2044 to 2047
 * belong to this test.
 */
@QuarkusTest
class OrganisationTotalPeakTest {

    private static final String ACUTE = TriageCounts.seriesId(Organisation.CSG, CaseType.CSG_ACUTE);
    private static final String NON_ACUTE = TriageCounts.seriesId(Organisation.CSG, CaseType.CSG_NON_ACUTE);
    private static boolean seeded;

    @Inject
    TriageCounts triageCounts;

    @Inject
    PeakWatch watch;

    @BeforeEach
    void calmYears() {
        synchronized (OrganisationTotalPeakTest.class) {
            if (seeded) {
                return;
            }
            YearMonth first = StubServers.CSG_SPREAD_MONTH.minusMonths(36);
            YearMonth last = StubServers.CSG_SPREAD_MONTH.minusMonths(1);
            List<MonthlyCaseCounts.Cell> cells = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                long wiggle = (m.getMonthValue() * 7L) % 5 - 2;
                cells.add(new MonthlyCaseCounts.Cell(m, Organisation.CSG, CaseType.CSG_ACUTE, 300 + wiggle, false));
                cells.add(new MonthlyCaseCounts.Cell(m, Organisation.CSG, CaseType.CSG_NON_ACUTE, 900 + 3 * wiggle,
                        false));
            }
            triageCounts.store(new MonthlyCaseCounts(first, last, cells));
            seeded = true;
        }
    }

    @Test
    void aRiseSpreadOverAnOrganisationsCaseTypesIsCaughtInItsTotal() {
        watch.check(StubServers.CSG_SPREAD_MONTH.atDay(20));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/alerts?month=" + StubServers.CSG_SPREAD_MONTH)
                .then().statusCode(200)
                .body("alerts.seriesId", not(hasItem(ACUTE)))
                .body("alerts.seriesId", not(hasItem(NON_ACUTE)))
                .body("alerts.size()", equalTo(1))
                .body("alerts[0].organisation", equalTo("CSG"))
                .body("alerts[0].caseType", nullValue())
                .body("alerts[0].region", nullValue())
                .body("alerts[0].observed", equalTo(869))
                .body("alerts[0].excess", greaterThan(0f))
                .body("alerts[0].active", equalTo(true));
        // The organisation's total shows every region's cases: not for a coordinator bound to one region.
        given().auth().oauth2(Tokens.coordinator("VR05")).when()
                .get("/api/alerts?month=" + StubServers.CSG_SPREAD_MONTH).then().statusCode(200)
                .body("alerts.size()", equalTo(0));
    }

    @Test
    void anOrganisationsTotalIsListedAfterItsCaseTypesAlerts() {
        watch.check(StubServers.CSG_SURGE_MONTH.atDay(20));
        // The total has the largest excess, and still comes after the caseTypes whose sum it is.
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/alerts?month=" + StubServers.CSG_SURGE_MONTH)
                .then().statusCode(200)
                .body("alerts.seriesId", contains(NON_ACUTE, ACUTE, "triage-CSG"))
                .body("alerts[2].caseType", nullValue())
                .body("alerts[2].observed", equalTo(960))
                .body("alerts[2].excess", greaterThan(100f));
    }
}
