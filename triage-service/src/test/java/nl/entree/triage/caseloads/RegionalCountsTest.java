package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * March 2017 belongs to this test alone: in VR03 12 non-acute CSG cases and 3 at HelpWanted, in VR04 11 non-acute
 * CSG cases, in VR05 4 at HelpWanted.
 */
@QuarkusTest
class RegionalCountsTest {

    private static final String URL = "/api/cases/stats/regions?from=2017-03&to=2017-03";
    private static boolean seeded;

    @Inject
    MutableClock clock;

    @BeforeEach
    void seed() {
        synchronized (RegionalCountsTest.class) {
            if (seeded) {
                return;
            }
            AssessmentBuilder csg = AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS");
            AssessmentBuilder helpwanted = AssessmentBuilder.assessment().types("SEXTORTION");
            create("VR03", 12, csg);
            create("VR03", 3, helpwanted);
            create("VR04", 11, csg);
            create("VR05", 4, helpwanted);
            seeded = true;
        }
    }

    @Test
    void aMinistrysTokenBoundToARegionGetsNoFigures() {
        // One region's figures beside the national ones would differ by a small count.
        String bound = Tokens.as("ministry").region("VR03").sign();
        as(bound).get(URL).then().statusCode(403).contentType("application/problem+json");
        as(bound).get("/api/cases/stats/monthly?from=2017-03&to=2017-03").then().statusCode(403);
        as(Tokens.ministry()).get(URL).then().statusCode(200);
    }

    @Test
    void regionsTimesOrganisationsAddUpToTheNationalMonth() {
        as(Tokens.service()).get(URL).then().statusCode(200)
                .body("cells.size()", equalTo(4))
                .body("cells.find { it.region == 'VR03' && it.organisation == 'CSG' }.count", equalTo(12))
                .body("cells.find { it.region == 'VR03' && it.organisation == 'CSG' }.caseType",
                        equalTo("CSG_NON_ACUTE"))
                .body("cells.find { it.region == 'VR03' && it.organisation == 'CSG' }.acute", equalTo(false))
                .body("cells.find { it.region == 'VR03' && it.organisation == 'HELPWANTED' }.count", equalTo(3))
                .body("cells.find { it.region == 'VR04' && it.organisation == 'CSG' }.count", equalTo(11))
                .body("cells.find { it.region == 'VR05' }.count", equalTo(4));
        List<Integer> regional = as(Tokens.service()).get(URL).then().extract().path("cells.count");
        List<Integer> national = as(Tokens.service()).get("/api/cases/stats/monthly?from=2017-03&to=2017-03")
                .then().statusCode(200).extract().path("cells.count");
        assertEquals(national.stream().mapToInt(Integer::intValue).sum(),
                regional.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aMinistryGetsRegionTotalsWithEverySmallOneHiddenAndNeverOneAlone() {
        as(Tokens.ministry()).get(URL).then().statusCode(200)
                // Every region and "no region", 0 included: listed alone, the three would say which are not 0.
                .body("cells.size()", equalTo(26))
                .body("cells.findAll { it.count == 0 && !it.suppressed }.size()", equalTo(23))
                .body("cells[25].region", nullValue())
                .body("cells[25].count", equalTo(0))
                .body("cells.organisation", everyItem(nullValue()))
                .body("cells.caseType", everyItem(nullValue()))
                .body("cells.acute", everyItem(nullValue()))
                .body("cells.find { it.region == 'VR03' }.count", equalTo(15))
                // 4 is small; alone it would be the month's total minus the others, so VR04's 11 goes with it.
                .body("cells.find { it.region == 'VR05' }.count", nullValue())
                .body("cells.find { it.region == 'VR05' }.suppressed", equalTo(true))
                .body("cells.find { it.region == 'VR04' }.count", nullValue())
                .body("cells.find { it.region == 'VR04' }.suppressed", equalTo(true));
    }

    @Test
    void aCoordinatorBoundToARegionSeesThatRegionOnly() {
        as(Tokens.coordinator("VR04")).get(URL).then().statusCode(200)
                .body("cells.size()", equalTo(1))
                .body("cells[0].region", equalTo("VR04"))
                .body("cells[0].count", equalTo(11));
        as(Tokens.casemanager("CSG")).get(URL).then().statusCode(403);
        as(Tokens.service()).get("/api/cases/stats/regions?from=2017-03").then().statusCode(400)
                .body("violations.field", hasItem("to"));
    }

    private void create(String region, int cases, AssessmentBuilder assessment) {
        Api.createCasesOf(LocalDate.of(2017, 3, 6), cases, assessment.region(region), clock);
    }
}
