package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.token.Tokens;

/**
 * A launch month as the ministry-figures review tells it: 12 cases, all CSG acute, each in a different region, the
 * other 13 regions without a case. The total of 12 is visible in the organisation line, and triage hides the region
 * line whole, zeros included. A 0 shown for the other 13 would say that the 12 regions hold one case each. June 2000
 * belongs to this test.
 */
@QuarkusTest
class RegionLineHiddenWholeTest {

    private static final YearMonth MONTH = YearMonth.of(2000, 6);
    /** Not VR02 or VR22, which TriagePullTest expects without a series or without counts before 2018. */
    private static final List<Region> REGIONS_OF_ONE = List.of(Region.VR01, Region.VR03, Region.VR04, Region.VR05,
            Region.VR06, Region.VR07, Region.VR08, Region.VR09, Region.VR10, Region.VR11, Region.VR12, Region.VR17);
    private static boolean seeded;

    @Inject
    TriageCounts triageCounts;

    @BeforeEach
    void seed() {
        synchronized (RegionLineHiddenWholeTest.class) {
            if (seeded) {
                return;
            }
            triageCounts.store(new MonthlyCaseCounts(MONTH, MONTH, List.of(
                    new MonthlyCaseCounts.Cell(MONTH, Organisation.CSG, CaseType.CSG_ACUTE, 12L, false))));
            List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
            for (Region region : REGIONS_OF_ONE) {
                cells.add(new RegionalCaseCounts.Cell(MONTH, region, null, null, null, 1L, false));
            }
            triageCounts.storeRegions(new RegionalCaseCounts(MONTH, MONTH, cells));
            seeded = true;
        }
    }

    @Test
    void noRegionReadsZeroForAMinistryWhenTheLineIsHiddenWhole() {
        given().auth().oauth2(Tokens.ministry()).get("/api/series/" + TriageCounts.seriesId(Organisation.CSG,
                CaseType.CSG_ACUTE)).then().statusCode(200)
                .body("observations.find { it.period == '2000-06' }.count", equalTo(12));
        given().auth().oauth2(Tokens.ministry()).get("/api/regions/monthly?from=2000-06&to=2000-06").then()
                .statusCode(200)
                .body("regions", hasSize(25))
                .body("regions.collect { it.months[0].count }", everyItem(nullValue()))
                .body("regions.collect { it.months[0].suppressed }", everyItem(equalTo(true)));
    }

    @Test
    void everyRegionOfThePublicationIsHiddenThatYear() {
        given().auth().oauth2(Tokens.ministry()).get("/api/publications/2000").then().statusCode(200)
                .body("regions", hasSize(25))
                .body("regions.collect { it.contacts }", everyItem(nullValue()))
                .body("regions.collect { it.suppressed }", everyItem(equalTo(true)));
    }

    /** Others still read the month: the 12 regions of 1 and a 0 for the rest. */
    @Test
    void aCoordinatorReadsTheZeros() {
        given().auth().oauth2(Tokens.coordinator()).get("/api/regions/monthly?from=2000-06&to=2000-06").then()
                .statusCode(200)
                .body("regions.find { it.region == 'VR01' }.months[0].count", equalTo(1))
                .body("regions.find { it.region == 'VR25' }.months[0].count", equalTo(0));
    }
}
