package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.ReferralKind;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.support.openapi.OpenApiDocument;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;
import nl.entree.triage.referrals.ReferralViews.WaitingTime;
import nl.entree.triage.referrals.ReferralViews.WaitingTimes;

/**
 * Every figure triage gives a ministry, on counts of 1 to 9. July to September 2019 and region VR18 belong to this
 * test alone: July has 12 non-acute CSG cases and 4 at HelpWanted; August 15 non-acute CSG, 2 at VT, 7 at
 * HelpWanted and 10 at CVSN; September 9 non-acute CSG. The referrals that started in August 2019 are this test's
 * too, and all of 2019's: 12 to GGZ and 3 to a GP in VR18, and 2 to Wmo still waiting at the end of the year.
 */
@QuarkusTest
class MinistryFiguresTest {

    private static final String MONTHLY = "/api/cases/stats/monthly?from=2019-07&to=2019-09";

    private static boolean seeded;

    @Inject
    MutableClock clock;

    @Inject
    CompletedMonthFreeze freeze;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        synchronized (MinistryFiguresTest.class) {
            if (seeded) {
                return;
            }
            seedMonths();
            seedReferrals();
            seeded = true;
        }
    }

    private void seedMonths() {
        create("2019-07-03", 12, AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS"));
        create("2019-07-04", 4, AssessmentBuilder.assessment().types("SEXTORTION"));
        create("2019-08-05", 15, AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS"));
        create("2019-08-06", 2, AssessmentBuilder.assessment().types("CHILD_ABUSE"));
        create("2019-08-07", 7, AssessmentBuilder.assessment().types("SEXTORTION"));
        create("2019-08-08", 10, AssessmentBuilder.assessment().types("SEXUAL_HARASSMENT").setting("SPORT"));
        create("2019-09-09", 9, AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS"));
    }

    /** On a CSG case of June 2019, outside the months above, so that their counts stay as they are. */
    private static void seedReferrals() {
        String caseId = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR18")
                .receivedAt(Instant.parse("2019-06-15T10:00:00Z")));
        Api.accept(caseId, "CSG").statusCode(200);
        for (int i = 0; i < 17; i++) {
            String kind = i < 12 ? "GGZ" : i < 15 ? "GP" : "WMO";
            String referral = referral(caseId, kind, LocalDate.of(2019, 7, 1 + i));
            if (i < 15) {
                started(caseId, referral, LocalDate.of(2019, 8, 1 + i).toString());
            }
        }
        // Twelve GP referrals started in VR01: beside VR18's three, VR01 is the second hidden cell of the GP line.
        String vr01 = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR01")
                .receivedAt(Instant.parse("2019-06-16T10:00:00Z")));
        Api.accept(vr01, "CSG").statusCode(200);
        for (int i = 0; i < 12; i++) {
            started(vr01, referral(vr01, "GP", LocalDate.of(2019, 7, 1 + i)), LocalDate.of(2019, 9, 1 + i).toString());
        }
        // A referral on a case whose contact named no region: it counts nationally, in no region.
        String noRegion = Api.createCase(AssessmentBuilder.assessment().types("RAPE")
                .receivedAt(Instant.parse("2019-06-17T10:00:00Z")));
        Api.accept(noRegion, "CSG").statusCode(200);
        referral(noRegion, "WMO", LocalDate.of(2019, 7, 20));
    }

    @Test
    void noReferralWaitingTimeRevealsACountBelowTenNorDoesTheNationalRowMinusTheRegions() {
        as(Tokens.ministry()).get("/api/referrals/waiting-times?from=2019-08-01&to=2019-08-31").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        String year = "/api/referrals/waiting-times?from=2019-01-01&to=2019-12-31";
        List<WaitingTime> rows = waitingTimes(Tokens.ministry(), year);
        for (WaitingTime row : rows) {
            for (Long n : Arrays.asList(row.started(), row.overTenWeeks(), row.stillWaiting())) {
                assertTrue(n == null || n == 0 || n >= 10, row.toString());
            }
            if (row.started() == null) {
                assertEquals(null, row.medianDays(), "a hidden count hides its median: " + row);
                assertEquals(null, row.p80Days());
            }
        }
        for (ReferralKind kind : List.of(ReferralKind.GGZ, ReferralKind.GP, ReferralKind.WMO)) {
            List<WaitingTime> regions = rows.stream().filter(r -> r.kind() == kind && r.region() != null).toList();
            WaitingTime national = rows.stream().filter(r -> r.kind() == kind && r.region() == null).findFirst()
                    .orElseThrow();
            long hidden = regions.stream().filter(r -> r.started() == null).count();
            assertTrue(national.started() == null || hidden != 1, kind + ": the total gives the one hidden");
        }
        WaitingTime ggz = row(rows, ReferralKind.GGZ, Region.VR18);
        assertEquals(12L, ggz.started(), "twelve are shown");
        assertEquals(null, ggz.medianDays(), "twelve waits of 31 days: beside the hidden count of long waits, a "
                + "median or p80 below 45 started would bound it");
        assertEquals(31.0, row(waitingTimes(Tokens.coordinator(), year), ReferralKind.GGZ, Region.VR18).medianDays(),
                "coordinators see the median");
        assertTrue(row(rows, ReferralKind.GP, Region.VR18).suppressed());

        // Asking for one region gives that region's rows of the national answer, hidden as they are there: VR01's
        // twelve shown alone would give VR18's three as the national total minus VR01.
        for (Region region : List.of(Region.VR01, Region.VR18)) {
            assertEquals(rows.stream().filter(r -> r.region() == region).toList(),
                    waitingTimes(Tokens.ministry(), year + "&region=" + region), region.name());
        }
        assertTrue(row(rows, ReferralKind.GP, Region.VR01).suppressed(), "the second hidden cell of the GP line");

        assertEquals(3L, row(waitingTimes(Tokens.coordinator(), year), ReferralKind.GP, Region.VR18).started(),
                "coordinators see every count");
    }

    @Test
    void aNationalWaitingTimeCountIsHiddenWhenItsRegionsAreAllSmall() {
        // 2013 belongs to this test: GGZ referrals started in VR05 (4) and VR06 (7), nowhere else. Both regions are
        // hidden; a national 11 beside them would say that two small counts add up to 11.
        for (Region region : List.of(Region.VR05, Region.VR06)) {
            String caseId = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region(region.name())
                    .receivedAt(Instant.parse("2013-01-10T10:00:00Z")));
            Api.accept(caseId, "CSG").statusCode(200);
            for (int i = 0; i < (region == Region.VR05 ? 4 : 7); i++) {
                started(caseId, referral(caseId, "GGZ", LocalDate.of(2013, 2, 1 + i)),
                        LocalDate.of(2013, 3, 1 + i).toString());
            }
        }
        String year = "/api/referrals/waiting-times?from=2013-01-01&to=2013-12-31";
        assertEquals(11L, row(waitingTimes(Tokens.coordinator(), year), ReferralKind.GGZ, null).started());

        List<WaitingTime> rows = waitingTimes(Tokens.ministry(), year);
        assertTrue(row(rows, ReferralKind.GGZ, Region.VR05).suppressed());
        assertTrue(row(rows, ReferralKind.GGZ, Region.VR06).suppressed());
        WaitingTime national = row(rows, ReferralKind.GGZ, null);
        assertEquals(null, national.started(), "the national count of a line of small regions: " + national);
        assertEquals(null, national.medianDays());
    }

    @Test
    void aYearOfWaitingTimesIsHiddenSoThatNoVisibleCountPinsASmallOneThroughItsPartner() {
        // 2012 belongs to this test: GGZ referrals started in VR01 (4), VR02 (10) and VR03 (10). Hiding VR01 with
        // the smallest other part, VR02, beside a visible VR03 of 10 and a national 24 would say the partner was 10
        // (not small, and no larger than the visible 10), so VR01 was 4.
        Map<Region, Integer> counts = Map.of(Region.VR01, 4, Region.VR02, 10, Region.VR03, 10);
        counts.forEach((region, n) -> {
            String caseId = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region(region.name())
                    .receivedAt(Instant.parse("2012-01-10T10:00:00Z")));
            Api.accept(caseId, "CSG").statusCode(200);
            for (int i = 0; i < n; i++) {
                started(caseId, referral(caseId, "GGZ", LocalDate.of(2012, 2, 1 + i)),
                        LocalDate.of(2012, 3, 1 + i).toString());
            }
        });
        String year = "/api/referrals/waiting-times?from=2012-01-01&to=2012-12-31";
        assertEquals(24L, row(waitingTimes(Tokens.coordinator(), year), ReferralKind.GGZ, null).started());

        List<WaitingTime> rows = waitingTimes(Tokens.ministry(), year);
        List<Long> shown = new ArrayList<>();
        for (Region region : Arrays.asList(null, Region.VR01, Region.VR02, Region.VR03)) {
            shown.add(row(rows, ReferralKind.GGZ, region).started());
        }
        assertEquals(Arrays.asList(null, null, null, null), shown, "national, VR01, VR02, VR03: " + rows);
    }

    @Test
    void aMedianOrP80ThatWouldNarrowAHiddenCountOfLongWaitsIsNotShown() {
        // 2011 belongs to this test: 12 GGZ referrals in VR18, 2 of them started after more than ten weeks. A p80 of
        // 20 days beside the hidden 2 would say that at most 2 waited longer.
        String caseId = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR18")
                .receivedAt(Instant.parse("2011-01-10T10:00:00Z")));
        Api.accept(caseId, "CSG").statusCode(200);
        for (int i = 0; i < 12; i++) {
            LocalDate asked = LocalDate.of(2011, 2, 1 + i);
            started(caseId, referral(caseId, "GGZ", asked), asked.plusDays(i < 10 ? 20 : 100).toString());
        }
        String year = "/api/referrals/waiting-times?from=2011-01-01&to=2011-12-31";
        WaitingTime all = row(waitingTimes(Tokens.coordinator(), year), ReferralKind.GGZ, null);
        assertEquals(List.of(12L, 2L, 20.0), Arrays.asList(all.started(), all.overTenWeeks(), all.p80Days()));

        List<WaitingTime> rows = waitingTimes(Tokens.ministry(), year);
        for (Region region : Arrays.asList(null, Region.VR18)) {
            WaitingTime shown = row(rows, ReferralKind.GGZ, region);
            assertEquals(12L, shown.started(), shown.toString());
            assertEquals(Arrays.asList(null, null, null),
                    Arrays.asList(shown.overTenWeeks(), shown.medianDays(), shown.p80Days()), shown.toString());
        }
    }

    @Test
    void aYearFrozenBeforeTheQuantilesWereHiddenBesideAHiddenCountIsShownWithoutThem() throws Exception {
        // 2009 belongs to this test: a year as it was frozen until 317e750, with a p80 of 20 days beside a hidden
        // count of long waits among 12 started.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into published_waiting_times (year, waits, published_at) values (2009, '{"rows": [
                      {"kind": "GGZ", "region": "VR18", "started": 12, "medianDays": 20.0, "p80Days": 20.0,
                       "overTenWeeks": null, "stillWaiting": 0, "suppressed": true},
                      {"kind": "GGZ", "region": null, "started": 12, "medianDays": 20.0, "p80Days": 20.0,
                       "overTenWeeks": null, "stillWaiting": 0, "suppressed": true},
                      {"kind": "GP", "region": null, "started": 50, "medianDays": 30.0, "p80Days": 80.0,
                       "overTenWeeks": null, "stillWaiting": 0, "suppressed": true}]}', now())""");
        }

        List<WaitingTime> rows = waitingTimes(Tokens.ministry(),
                "/api/referrals/waiting-times?from=2009-01-01&to=2009-12-31");

        for (Region region : Arrays.asList(null, Region.VR18)) {
            WaitingTime shown = row(rows, ReferralKind.GGZ, region);
            assertEquals(Arrays.asList(12L, null, null, null), Arrays.asList(shown.started(), shown.medianDays(),
                    shown.p80Days(), shown.overTenWeeks()), shown.toString());
        }
        WaitingTime many = row(rows, ReferralKind.GP, null);
        assertEquals(List.of(30.0, 80.0), List.of(many.medianDays(), many.p80Days()), "from 45 started, as frozen");
    }

    @Test
    void aYearOfWaitingTimesAMinistryHasSeenStaysAsItWasSoProgressRecordedLaterIsNotADifference() {
        String caseId = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR18")
                .receivedAt(Instant.parse("2018-03-15T10:00:00Z")));
        Api.accept(caseId, "CSG").statusCode(200);
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            referrals.add(referral(caseId, "GGZ", LocalDate.of(2018, 4, 1 + i)));
        }
        for (String referral : referrals.subList(0, 12)) {
            started(caseId, referral, "2018-05-02");
        }
        String year = "/api/referrals/waiting-times?from=2018-01-01&to=2018-12-31";
        List<WaitingTime> shown = waitingTimes(Tokens.ministry(), year);
        assertEquals(12L, row(shown, ReferralKind.GGZ, Region.VR18).started(), shown.toString());

        // The thirteenth started in 2018 too, but is recorded only now: 13 against 12 would show it.
        started(caseId, referrals.get(12), "2018-05-03");

        assertEquals(shown, waitingTimes(Tokens.ministry(), year));
        assertEquals(List.of(), waitingTimes(Tokens.ministry(), year + "&region=VR01"),
                "a region's rows of the answer as published");
        assertEquals(13L, row(waitingTimes(Tokens.coordinator(), year), ReferralKind.GGZ, Region.VR18).started(),
                "coordinators see the referrals as they are");
    }

    private static List<WaitingTime> waitingTimes(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().as(WaitingTimes.class).rows();
    }

    private static WaitingTime row(List<WaitingTime> rows, ReferralKind kind, Region region) {
        return rows.stream().filter(r -> r.kind() == kind && r.region() == region).findFirst().orElseThrow();
    }

    /** A referral of this kind asked for on the day, by CSG's casemanager; its id. */
    private static String referral(String caseId, String kind, LocalDate askedOn) {
        return as(Tokens.casemanager("CSG")).body(Map.of("kind", kind, "askedOn", askedOn.toString()))
                .post("/api/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id");
    }

    private static void started(String caseId, String referral, String on) {
        as(Tokens.casemanager("CSG")).body(Map.of("step", "STARTED", "on", on))
                .post("/api/cases/" + caseId + "/referrals/" + referral + "/progress").then().statusCode(200);
    }

    @Test
    void aMinistryGetsCompletedMonthsOnlyBecauseTwoReadsOfAMonthInProgressDifferByADaysCases() {
        YearMonth current = YearMonth.now(DutchTime.ZONE);
        // The month after the last completed one is in progress, or ended less than a day ago.
        YearMonth last = Disclosure.lastCompletedMonth(Clock.systemUTC());
        for (String path : List.of("/api/cases/stats/monthly", "/api/cases/stats/regions")) {
            as(Tokens.ministry()).get(path + "?from=" + last.minusMonths(1) + "&to=" + last.plusMonths(1)).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("to")));
            as(Tokens.ministry()).get(path + "?from=" + last.minusMonths(1) + "&to=" + last)
                    .then().statusCode(200);
            as(Tokens.coordinator()).get(path + "?from=" + current + "&to=" + current).then().statusCode(200);
        }
    }

    @Test
    void everyEndpointAMinistryCanCallIsCheckedHere() {
        assertEquals(Set.of("GET /api/cases/stats/monthly", "GET /api/cases/stats/regions", "POST /api/triage/evaluate",
                "GET /api/referrals/waiting-times"),
                Set.copyOf(OpenApiDocument.fetch().reachableWith(Tokens.ministry())));
    }

    @Test
    void regionalCountsShowNoCountBelowTenAndNeverHideOneAloneInAMonth() {
        List<RegionalCaseCounts.Cell> shown = regions(Tokens.ministry(), MONTHLY.replace("monthly", "regions"));
        Map<YearMonth, Integer> hiddenPerMonth = new HashMap<>();
        for (RegionalCaseCounts.Cell cell : shown) {
            assertEquals(null, cell.organisation(), "a ministry gets regions only, not region x organisation");
            if (cell.suppressed()) {
                hiddenPerMonth.merge(cell.month(), 1, Integer::sum);
            } else {
                assertTrue(cell.count() == 0 || cell.count() >= 10, "shown: " + cell);
            }
        }
        Map<YearMonth, Long> totals = new HashMap<>();
        for (RegionalCaseCounts.Cell cell : regions(Tokens.service(), MONTHLY.replace("monthly", "regions"))) {
            totals.merge(cell.month(), cell.count(), Long::sum);
        }
        // One hidden cell is safe only where the month's total, which it would be worked out from, is hidden too.
        hiddenPerMonth.forEach((month, hidden) -> assertTrue(hidden != 1 || totals.get(month) < 10,
                month + " hides " + hidden + " of a total of " + totals.get(month)));
        assertTrue(shown.stream().anyMatch(c -> c.region() == Region.VR18), "VR18's months are listed");
    }

    @Test
    void aMonthAMinistryHasSeenStaysAsItWasSoAReassignedOrLateCaseIsNotTheDifferenceOfTwoReads() {
        String march = "?from=2016-03&to=2016-03";
        List<String> ids = new ArrayList<>();
        Instant start = LocalDate.parse("2016-03-10").atStartOfDay(DutchTime.ZONE).toInstant();
        try {
            clock.set(start.plus(20, ChronoUnit.HOURS)); // taken in that evening, as Api.createCasesOf does
            for (int i = 0; i < 12; i++) {
                ids.add(Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS")
                        .region("VR18").receivedAt(start.plus(i, ChronoUnit.MINUTES))));
            }
        } finally {
            clock.reset();
        }
        long before = total(monthly(Tokens.service(), "/api/cases/stats/monthly" + march));
        List<MonthlyCaseCounts.Cell> monthly = monthly(Tokens.ministry(), "/api/cases/stats/monthly" + march);
        List<RegionalCaseCounts.Cell> regions = regions(Tokens.ministry(), "/api/cases/stats/regions" + march);
        assertTrue(monthly.stream().anyMatch(c -> c.count() != null && c.count() >= 12), monthly.toString());
        assertTrue(regions.stream().anyMatch(c -> c.region() == Region.VR18 && c.count() != null),
                regions.toString());

        // One case moves to another lead, and one of that month is registered late: each alone is a count of one.
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "Legal support first"))
                .post("/api/cases/" + ids.get(0) + "/reassign").then().statusCode(200);
        Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS").region("VR18")
                .receivedAt(start.plus(1, ChronoUnit.DAYS)));

        assertEquals(monthly, monthly(Tokens.ministry(), "/api/cases/stats/monthly" + march));
        assertEquals(regions, regions(Tokens.ministry(), "/api/cases/stats/regions" + march));
        assertEquals(monthly.stream().filter(c -> c.count() == null || c.count() > 0).toList(),
                monthly(Tokens.service(), "/api/cases/stats/monthly" + march + "&published=true"),
                "forecast pulls what ministries saw, the parts that had cases");
        YearMonth current = YearMonth.now(DutchTime.ZONE);
        as(Tokens.service()).get("/api/cases/stats/regions?from=" + current + "&to=" + current + "&published=true")
                .then().statusCode(400).body("violations.field", equalTo(List.of("to")));
        as(Tokens.service()).get("/api/cases/stats/monthly" + march + "&published=yes")
                .then().statusCode(400).body("violations.field", equalTo(List.of("published")));
        List<MonthlyCaseCounts.Cell> now = monthly(Tokens.service(), "/api/cases/stats/monthly" + march);
        assertEquals(before + 1, total(now), "coordinators see the cases as they are: " + now);
        assertTrue(now.stream().anyMatch(c -> c.organisation() == Organisation.SHN), "the reassigned case: " + now);
    }

    @Test
    void aCompletedMonthIsFrozenInItsFirstHourSoACaseBackDatedIntoItLaterIsInNoMinistrysFigure() {
        String february = "/api/cases/stats/monthly?from=2031-02&to=2031-02";
        try {
            clock.set(Instant.parse("2031-02-20T10:00:00Z"));
            for (int i = 0; i < 12; i++) {
                Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS").region("VR18")
                        .receivedAt(Instant.parse("2031-02-10T10:00:00Z").plus(i, ChronoUnit.MINUTES)));
            }
            // 00:00:30 on 2 March in Dutch time: February has been completed for half a minute.
            clock.set(Instant.parse("2031-03-01T23:00:30Z"));
            freeze.freezeTheMonthJustCompleted();
            // A contact of February registered on 5 March, after intake froze February from its contacts.
            clock.set(Instant.parse("2031-03-05T09:00:00Z"));
            Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS").region("VR18")
                    .receivedAt(Instant.parse("2031-02-27T10:00:00Z")));

            assertEquals(12, total(monthly(Tokens.ministry(), february)));
            assertEquals(12, total(monthly(Tokens.service(), february + "&published=true")), "forecast's pull");
            assertEquals(13, total(monthly(Tokens.service(), february)), "coordinators see the cases as they are");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aCaseTakenInAfterTheMonthWasCompletedIsInNoMinistrysFigureWhicheverServiceFrozeItFirst() {
        String february = "/api/cases/stats/monthly?from=2032-02&to=2032-02";
        try {
            clock.set(Instant.parse("2032-02-20T10:00:00Z"));
            for (int i = 0; i < 12; i++) {
                Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS").region("VR18")
                        .receivedAt(Instant.parse("2032-02-10T10:00:00Z").plus(i, ChronoUnit.MINUTES)));
            }
            // Taken in at 23:57 on 1 March, after the month's line (23:55) though before February was completed: a
            // freeze at 00:00:00 might not yet see it committed, so it counts in neither service.
            clock.set(Instant.parse("2032-03-01T22:57:00Z"));
            Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS").region("VR18")
                    .receivedAt(Instant.parse("2032-02-29T22:56:00Z")));
            // Received at 23:55 on 29 February, delivered by intake's outbox ten seconds after February was
            // completed (00:00 on 2 March, Dutch time), when intake may already have frozen February without it.
            clock.set(Instant.parse("2032-03-01T23:00:10Z"));
            Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS").region("VR18")
                    .receivedAt(Instant.parse("2032-02-29T22:55:00Z")));
            clock.set(Instant.parse("2032-03-01T23:00:30Z"));
            freeze.freezeTheMonthJustCompleted();

            assertEquals(12, total(monthly(Tokens.ministry(), february)));
            List<RegionalCaseCounts.Cell> regions = regions(Tokens.ministry(),
                    "/api/cases/stats/regions?from=2032-02&to=2032-02");
            List<Long> expected = new ArrayList<>(Collections.nCopies(26, 0L));
            expected.set(Region.VR18.ordinal(), 12L);
            assertEquals(expected, regions.stream().map(RegionalCaseCounts.Cell::count).toList(),
                    "the regional figures hold the same cases, every other region and \"no region\" 0: " + regions);
            assertEquals(14, total(monthly(Tokens.service(), february)), "coordinators see the cases as they are");
        } finally {
            clock.reset();
        }
    }

    private static List<MonthlyCaseCounts.Cell> monthly(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().as(MonthlyCaseCounts.class).cells();
    }

    private static List<RegionalCaseCounts.Cell> regions(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().as(RegionalCaseCounts.class).cells();
    }

    private static long total(List<MonthlyCaseCounts.Cell> cells) {
        return cells.stream().mapToLong(MonthlyCaseCounts.Cell::count).sum();
    }

    @Test
    void noMonthlyCountNorAMonthsTotalMinusItsVisibleCellsGivesACountBelowTen() {
        List<MonthlyCaseCounts.Cell> all = monthly(Tokens.service(), MONTHLY);
        List<MonthlyCaseCounts.Cell> shown = monthly(Tokens.ministry(), MONTHLY);
        // Every case type and the cases without a lead, in each month, hidden or not: the cells listed say nothing
        // about which are 0.
        assertEquals(3 * 8, shown.size(), shown.toString());
        Map<String, Long> truths = new HashMap<>();
        all.forEach(c -> truths.put(c.month() + " " + c.caseType(), c.count()));

        Map<YearMonth, Integer> hiddenPerMonth = new HashMap<>();
        Map<YearMonth, Long> hiddenSumPerMonth = new HashMap<>();
        for (MonthlyCaseCounts.Cell cell : shown) {
            long truth = truths.getOrDefault(cell.month() + " " + cell.caseType(), 0L);
            if (cell.count() == null) {
                assertTrue(cell.suppressed());
                hiddenPerMonth.merge(cell.month(), 1, Integer::sum);
                hiddenSumPerMonth.merge(cell.month(), truth, Long::sum);
            } else {
                assertTrue(cell.count() == 0 || cell.count() >= 10, cell.toString());
                assertEquals(truth, cell.count());
            }
        }
        // Each month's total is known from intake: what it leaves is a sum of at least two hidden cells,
        // or a single hidden cell that is the whole month and so its total too.
        for (Map.Entry<YearMonth, Integer> month : hiddenPerMonth.entrySet()) {
            long cellsInMonth = shown.stream().filter(c -> month.getKey().equals(c.month())).count();
            assertTrue(month.getValue() >= 2 || cellsInMonth == 1, month.getKey() + " hides one cell of several");
            long monthTotal = all.stream().filter(c -> month.getKey().equals(c.month()))
                    .mapToLong(MonthlyCaseCounts.Cell::count).sum();
            assertTrue(monthTotal < 10 || hiddenSumPerMonth.get(month.getKey()) >= 10,
                    month.getKey() + "'s total minus its visible cells is a count below ten");
        }
        // September's 9 is the whole month: its total is hidden, and with it every part, zeros included.
        assertEquals(Map.of(YearMonth.of(2019, 7), 2, YearMonth.of(2019, 8), 3, YearMonth.of(2019, 9), 8),
                hiddenPerMonth);
        assertNotEquals(0L, hiddenSumPerMonth.get(YearMonth.of(2019, 7)));
    }

    @Test
    void theRoutingOfAnAssessmentCarriesNoCount() {
        String body = as(Tokens.ministry()).body(AssessmentBuilder.assessment().types("RAPE").build())
                .post("/api/triage/evaluate").then().statusCode(200).extract().asString();
        assertTrue(!body.matches("(?s).*\"(count|cases|open)\".*"), body);
    }

    private void create(String day, int cases, AssessmentBuilder assessment) {
        Api.createCasesOf(LocalDate.parse(day), cases, assessment.region("VR18"), clock);
    }
}
