package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Region;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * A ministry's line lists every part in every month, 0 included: listed alone, the parts that had cases would say
 * which are not 0, and two hidden parts of a month of 18 (a total intake publishes) would be 9 and 9. April to June
 * 2014 belong to this test alone: April has no cases; May 9 non-acute CSG cases in VR11 and 9 at HelpWanted in VR12;
 * June 12 non-acute CSG cases in VR11 and 9 at HelpWanted in VR12.
 */
@QuarkusTest
class EveryPartListedTest {

    private static final List<CaseType> CASE_TYPES_THEN_NO_LEAD = withNull(CaseType.values());
    private static final List<Region> REGIONS_THEN_NONE = withNull(Region.values());
    private static final int VR11 = Region.VR11.ordinal();
    private static final int VR12 = Region.VR12.ordinal();
    private static final int CSG_NON_ACUTE = CaseType.CSG_NON_ACUTE.ordinal();
    private static final int HELPWANTED = CaseType.HELPWANTED_ADVICE.ordinal();

    private static boolean seeded;

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void seed() {
        synchronized (EveryPartListedTest.class) {
            if (seeded) {
                return;
            }
            AssessmentBuilder csg = AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS");
            AssessmentBuilder helpwanted = AssessmentBuilder.assessment().types("SEXTORTION");
            create("2014-05-06", 9, csg.region("VR11"));
            create("2014-05-07", 9, helpwanted.region("VR12"));
            create("2014-06-06", 12, csg.region("VR11"));
            create("2014-06-07", 9, helpwanted.region("VR12"));
            seeded = true;
        }
    }

    @Test
    void aMonthOfTwoRegionsOfNineListsEveryRegionHiddenSoIntakesTotalOf18DoesNotGiveNineAndNine() {
        List<RegionalCaseCounts.Cell> may = regions(Tokens.ministry(), "?from=2014-05&to=2014-05");

        assertEquals(REGIONS_THEN_NONE, may.stream().map(RegionalCaseCounts.Cell::region).toList(),
                "25 regions and \"no region\": " + may);
        assertEquals(Collections.nCopies(26, null), may.stream().map(RegionalCaseCounts.Cell::count).toList());
        assertTrue(may.stream().allMatch(RegionalCaseCounts.Cell::suppressed), "the line is hidden whole: " + may);
        assertTrue(may.stream().allMatch(c -> c.organisation() == null && c.caseType() == null && c.acute() == null));

        List<MonthlyCaseCounts.Cell> monthly = monthly(Tokens.ministry(), "?from=2014-05&to=2014-05");
        assertEquals(CASE_TYPES_THEN_NO_LEAD, monthly.stream().map(MonthlyCaseCounts.Cell::caseType).toList(),
                "every case type and the cases without a lead: " + monthly);
        assertEquals(Collections.nCopies(8, null), monthly.stream().map(MonthlyCaseCounts.Cell::count).toList());
        assertTrue(monthly.stream().allMatch(MonthlyCaseCounts.Cell::suppressed), monthly.toString());

        List<RegionalCaseCounts.Cell> asTheyAre = regions(Tokens.coordinator(), "?from=2014-05&to=2014-05");
        assertEquals(List.of(9L, 9L), asTheyAre.stream().map(RegionalCaseCounts.Cell::count).toList(),
                "a coordinator sees the counts: " + asTheyAre);
    }

    @Test
    void aMonthOf12And9HidesBothAndShowsEveryOtherPartAsZero() {
        List<Long> regions = regions(Tokens.ministry(), "?from=2014-06&to=2014-06").stream()
                .map(RegionalCaseCounts.Cell::count).toList();
        List<Long> expected = new ArrayList<>(Collections.nCopies(26, 0L));
        expected.set(VR11, null);
        expected.set(VR12, null);
        assertEquals(expected, regions, "9 is hidden, and 12 with it; the month's total, 21, stays visible");

        List<MonthlyCaseCounts.Cell> monthly = monthly(Tokens.ministry(), "?from=2014-06&to=2014-06");
        assertEquals(CASE_TYPES_THEN_NO_LEAD, monthly.stream().map(MonthlyCaseCounts.Cell::caseType).toList());
        assertTrue(monthly.stream().allMatch(c -> c.caseType() == null ? c.organisation() == null
                : c.organisation() == c.caseType().organisation()), monthly.toString());
        expected = new ArrayList<>(Collections.nCopies(8, 0L));
        expected.set(CSG_NON_ACUTE, null);
        expected.set(HELPWANTED, null);
        assertEquals(expected, monthly.stream().map(MonthlyCaseCounts.Cell::count).toList(), monthly.toString());
        assertEquals(2, monthly.stream().filter(MonthlyCaseCounts.Cell::suppressed).count());
    }

    @Test
    void aMonthWithoutCasesListsEveryPartAsZeroBesideTheMonthsThatHaveThem() {
        List<RegionalCaseCounts.Cell> regions = regions(Tokens.ministry(), "?from=2014-04&to=2014-06");
        assertEquals(3 * 26, regions.size(), regions.toString());
        List<RegionalCaseCounts.Cell> april = regions.stream().filter(c -> c.month().equals(YearMonth.of(2014, 4)))
                .toList();
        assertEquals(REGIONS_THEN_NONE, april.stream().map(RegionalCaseCounts.Cell::region).toList());
        assertEquals(Collections.nCopies(26, 0L), april.stream().map(RegionalCaseCounts.Cell::count).toList());

        List<MonthlyCaseCounts.Cell> monthly = monthly(Tokens.ministry(), "?from=2014-04&to=2014-06");
        assertEquals(3 * 8, monthly.size(), monthly.toString());
        assertEquals(Collections.nCopies(8, 0L), monthly.stream().filter(c -> c.month().equals(YearMonth.of(2014, 4)))
                .map(MonthlyCaseCounts.Cell::count).toList());
    }

    /**
     * A month frozen before the cases without a lead were frozen with it (2026-12-06 08:43) left that part out: it is
     * not known to be 0, so it is not listed as 0. February 2013 belongs to this test alone.
     */
    @Test
    void aMonthFrozenWithoutTheCasesWithoutALeadDoesNotListThemAsZero() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into published_month (month, published_at) values "
                    + "('2013-02', '2026-12-01T10:00:00Z')");
            s.executeUpdate("insert into published_month_cell (month, region, organisation, case_type, acute, count) "
                    + "values ('2013-02', 'VR11', 'CSG', 'CSG_NON_ACUTE', false, 30)");
        }
        List<MonthlyCaseCounts.Cell> monthly = monthly(Tokens.ministry(), "?from=2013-02&to=2013-02");
        assertEquals(Arrays.asList(CaseType.values()), monthly.stream().map(MonthlyCaseCounts.Cell::caseType).toList(),
                "every case type, and no part without a lead: " + monthly);
        assertEquals(30L, monthly.get(CSG_NON_ACUTE).count());
    }

    @Test
    void forecastsPullStillListsThePartsThatHadCases() {
        // forecast reads a series' first count as the month Entree's use of it began: zeros before it would be
        // months it was not yet in use.
        List<MonthlyCaseCounts.Cell> monthly = monthly(Tokens.service(), "?from=2014-04&to=2014-06&published=true");
        assertEquals(List.of(9L, 9L, 12L, 9L), monthly.stream().map(MonthlyCaseCounts.Cell::count).toList(),
                monthly.toString());
        List<RegionalCaseCounts.Cell> regions = regions(Tokens.service(), "?from=2014-04&to=2014-06&published=true");
        assertEquals(List.of(Region.VR11, Region.VR12, Region.VR11, Region.VR12),
                regions.stream().map(RegionalCaseCounts.Cell::region).toList(), regions.toString());
    }

    private static List<MonthlyCaseCounts.Cell> monthly(String token, String query) {
        return as(token).get("/api/cases/stats/monthly" + query).then().statusCode(200).extract()
                .as(MonthlyCaseCounts.class).cells();
    }

    private static List<RegionalCaseCounts.Cell> regions(String token, String query) {
        return as(token).get("/api/cases/stats/regions" + query).then().statusCode(200).extract()
                .as(RegionalCaseCounts.class).cells();
    }

    private static <T> List<T> withNull(T[] values) {
        List<T> list = new ArrayList<>(Arrays.asList(values));
        list.add(null);
        return list;
    }

    private void create(String day, int cases, AssessmentBuilder assessment) {
        Api.createCasesOf(LocalDate.parse(day), cases, assessment, clock);
    }
}
