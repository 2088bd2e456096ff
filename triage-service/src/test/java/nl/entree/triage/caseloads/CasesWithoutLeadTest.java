package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * The cases no rule gave a lead are part of their month: intake publishes every contact of the month, so left out of
 * triage's cells they would be intake's total less triage's, a count below 10. February 2015 belongs to this test:
 * 12 non-acute CSG cases, 30 at Helpwanted and 3 that no rule placed.
 */
@QuarkusTest
class CasesWithoutLeadTest {

    private static final String MONTH = "?from=2015-02&to=2015-02";
    private static final long CONTACTS = 45;

    @Inject
    MutableClock clock;

    @Test
    void theCasesWithoutALeadAreACellOfTheMonthAndHiddenWithAPartnerForAMinistry() {
        create("2015-02-03", 12, AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS"));
        create("2015-02-04", 30, AssessmentBuilder.assessment().types("SEXTORTION"));
        create("2015-02-05", 3, AssessmentBuilder.assessment().types("OTHER"));

        List<MonthlyCaseCounts.Cell> all = as(Tokens.service()).get("/api/cases/stats/monthly" + MONTH
                + "&published=true").then().statusCode(200).extract().as(MonthlyCaseCounts.class).cells();
        assertEquals(CONTACTS, all.stream().mapToLong(MonthlyCaseCounts.Cell::count).sum(),
                "the month's cells add up to its contacts: " + all);
        MonthlyCaseCounts.Cell withoutLead = all.get(all.size() - 1);
        assertEquals(null, withoutLead.organisation(), "last: " + all);
        assertEquals(3L, withoutLead.count());

        List<MonthlyCaseCounts.Cell> shown = as(Tokens.ministry()).get("/api/cases/stats/monthly" + MONTH).then()
                .statusCode(200).extract().as(MonthlyCaseCounts.class).cells();
        assertTrue(shown.get(shown.size() - 1).suppressed(), "3 is below 10: " + shown);
        long visible = shown.stream().filter(c -> c.count() != null).mapToLong(MonthlyCaseCounts.Cell::count).sum();
        assertTrue(CONTACTS - visible >= 10, "intake's 45 less the visible cells is " + (CONTACTS - visible));

        List<RegionalCaseCounts.Cell> regions = as(Tokens.ministry()).get("/api/cases/stats/regions" + MONTH).then()
                .statusCode(200).extract().as(RegionalCaseCounts.class).cells();
        assertEquals(CONTACTS, regions.stream().filter(c -> c.count() != null)
                .mapToLong(RegionalCaseCounts.Cell::count).sum(), "one region holds the whole month: " + regions);
    }

    private void create(String day, int cases, AssessmentBuilder assessment) {
        Api.createCasesOf(LocalDate.parse(day), cases, assessment.region("VR19"), clock);
    }
}
