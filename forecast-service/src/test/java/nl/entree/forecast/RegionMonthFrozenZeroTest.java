package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.token.Tokens;

/**
 * The review's "unfrozen 0": March 2001 has 195 cases, 40 in each of VR17, VR18, VR23 and VR24, 30 in VR25, none
 * in VR15 or the other regions, and 5 that named no region. A ministry sees the 5 hidden with VR25, its partner: 35
 * together. VR15's count of March, written later by hand, would leave no small part, and VR25's 30 shown then would
 * give the 5 away. March and May 2001 and VR15 belong to this test; no other test gives VR15 a series.
 */
@QuarkusTest
class RegionMonthFrozenZeroTest {

    private static final YearMonth MARCH = YearMonth.of(2001, 3);
    private static final String URL = "/api/regions/monthly?from=2001-03&to=2001-03";
    private static final String VR15 = "regions.find { it.region == 'VR15' }.months[0]";
    private static final String VR25 = "regions.find { it.region == 'VR25' }.months[0]";

    @Inject
    TriageCounts triageCounts;

    @Test
    void aRegionMonthShownAsZeroStaysZeroAndKeepsItsPartnerHidden() {
        List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
        for (Region region : List.of(Region.VR17, Region.VR18, Region.VR23, Region.VR24)) {
            cells.add(new RegionalCaseCounts.Cell(MARCH, region, null, null, null, 40L, false));
        }
        cells.add(new RegionalCaseCounts.Cell(MARCH, Region.VR25, null, null, null, 30L, false));
        triageCounts.store(new MonthlyCaseCounts(MARCH, MARCH, List.of(
                new MonthlyCaseCounts.Cell(MARCH, Organisation.CSG, CaseType.CSG_ACUTE, 195L, false))));
        triageCounts.storeRegions(new RegionalCaseCounts(MARCH, MARCH, cells));

        given().auth().oauth2(Tokens.ministry()).get(URL).then().statusCode(200)
                .body(VR25 + ".suppressed", equalTo(true))
                .body(VR15 + ".count", equalTo(0));

        // VR15's first cases, in May, give it a series; then its March is written by hand.
        YearMonth may = YearMonth.of(2001, 5);
        triageCounts.store(new MonthlyCaseCounts(may, may, List.of(
                new MonthlyCaseCounts.Cell(may, Organisation.CSG, CaseType.CSG_ACUTE, 20L, false))));
        triageCounts.storeRegions(new RegionalCaseCounts(may, may, List.of(
                new RegionalCaseCounts.Cell(may, Region.VR15, null, null, null, 20L, false))));
        var body = Map.of("observations", List.of(Map.of("period", "2001-03", "count", 12)));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(body)
                .post("/api/series/" + TriageCounts.seriesId(Region.VR15) + "/observations").then().statusCode(200);

        given().auth().oauth2(Tokens.coordinator()).get(URL).then().statusCode(200)
                .body(VR15 + ".count", equalTo(12));
        given().auth().oauth2(Tokens.ministry()).get(URL).then().statusCode(200)
                .body(VR25 + ".suppressed", equalTo(true))
                .body(VR25 + ".count", nullValue())
                .body(VR15 + ".count", equalTo(0));
    }
}
