package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.token.Tokens;

/**
 * Projections per organisation × region × year, from the region × caseType series. VR16 belongs to this test: three
 * years of CVSN and FIER cases there, 2023 to 2025.
 */
@QuarkusTest
class RegionalProjectionTest {

    private static final String URL = "/api/projections?from=2026-01&to=2026-12&region=VR16";
    private static boolean seeded;

    @Inject
    TriageCounts triageCounts;

    @BeforeEach
    void seed() {
        synchronized (RegionalProjectionTest.class) {
            if (seeded) {
                return;
            }
            List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
            for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
                for (boolean acute : new boolean[] {true, false}) {
                    cells.add(new RegionalCaseCounts.Cell(m, Region.VR16, CaseType.CVSN_CASE.organisation(),
                            CaseType.CVSN_CASE, acute, 10L + m.getMonthValue() % 4, false));
                }
                cells.add(new RegionalCaseCounts.Cell(m, Region.VR16, CaseType.FIER_CASE.organisation(),
                        CaseType.FIER_CASE, false, 15L + m.getMonthValue() % 3, false));
            }
            triageCounts.storeRegions(new RegionalCaseCounts(YearMonth.of(2023, 1), YearMonth.of(2025, 12), cells));
            seeded = true;
        }
    }

    @Test
    void aCoordinatorProjectsEachOrganisationOfARegion() {
        given().auth().oauth2(Tokens.coordinator()).get(URL).then().statusCode(200)
                .body("series.id", containsInAnyOrder("triage-cell-VR16-CVSN_CASE", "triage-cell-VR16-FIER_CASE"))
                .body("rows.find { it.organisation == 'CVSN' && it.year == 2026 }.contacts", notNullValue())
                .body("rows.find { it.organisation == 'FIER' && it.year == 2026 }.contacts", notNullValue());
        given().auth().oauth2(Tokens.coordinator("VR16")).get(URL).then().statusCode(200);
    }

    @Test
    void aRegionsContactsAreSetAgainstThatRegionsStaff() {
        JsonPath p = given().auth().oauth2(Tokens.coordinator("VR16")).get(URL).then().statusCode(200)
                .body("capacity", equalTo("AVAILABLE"))
                .extract().jsonPath();
        assertEquals("VR16", StubServers.lastRequirementsRequest().path("region").asText(),
                "capacity is asked for the staff of the region the contacts are projected for");
        String cvsn = "rows.find { it.organisation == 'CVSN' && it.year == 2026 }.";
        double fte = p.getDouble(cvsn + "contacts") * StubServers.HOURS_EXPECTED / StubServers.HOURS_PER_FTE_YEAR;
        assertEquals(StubServers.REGION_FTE_AVAILABLE, p.getDouble(cvsn + "fteAvailable"), 1e-9);
        assertEquals(fte - StubServers.REGION_FTE_AVAILABLE, p.getDouble(cvsn + "gap"), 1e-6);
    }

    @Test
    void regionByOrganisationIsNotForMinistriesNorForAnotherRegionsCoordinator() {
        given().auth().oauth2(Tokens.ministry()).get(URL).then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator("VR15")).get(URL).then().statusCode(403);
    }

    @Test
    void badRegionsAreNamed() {
        given().auth().oauth2(Tokens.coordinator()).get("/api/projections?from=2026-01&to=2026-12&region=VR99")
                .then().statusCode(400).body("violations.field", hasItem("region"));
        given().auth().oauth2(Tokens.coordinator()).get(URL + "&series=triage-cell-VR16-FIER_CASE")
                .then().statusCode(400).body("violations.field", hasItem("region"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/projections?from=2026-01&to=2026-12&region=VR10")
                .then().statusCode(422).body("status", equalTo(422));
    }
}
