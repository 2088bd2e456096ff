package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.openapi.OpenApiDocument;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

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

    private static void seedMonths() {
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
            String referral = as(Tokens.casemanager("CSG"))
                    .body(Map.of("kind", kind, "askedOn", LocalDate.of(2019, 7, 1 + i).toString()))
                    .post("/api/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id");
            if (i < 15) {
                as(Tokens.casemanager("CSG")).body(Map.of("step", "STARTED", "on", LocalDate.of(2019, 8, 1 + i)
                        .toString())).post("/api/cases/" + caseId + "/referrals/" + referral + "/progress").then()
                        .statusCode(200);
            }
        }
        // Twelve GP referrals started in VR01: beside VR18's three, VR01 is the second hidden cell of the GP line.
        String vr01 = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR01")
                .receivedAt(Instant.parse("2019-06-16T10:00:00Z")));
        Api.accept(vr01, "CSG").statusCode(200);
        for (int i = 0; i < 12; i++) {
            String referral = as(Tokens.casemanager("CSG"))
                    .body(Map.of("kind", "GP", "askedOn", LocalDate.of(2019, 7, 1 + i).toString()))
                    .post("/api/cases/" + vr01 + "/referrals").then().statusCode(201).extract().path("id");
            as(Tokens.casemanager("CSG")).body(Map.of("step", "STARTED", "on", LocalDate.of(2019, 9, 1 + i)
                    .toString())).post("/api/cases/" + vr01 + "/referrals/" + referral + "/progress").then()
                    .statusCode(200);
        }
        // A referral on a case whose contact named no region: it counts nationally, in no region.
        String noRegion = Api.createCase(AssessmentBuilder.assessment().types("RAPE")
                .receivedAt(Instant.parse("2019-06-17T10:00:00Z")));
        Api.accept(noRegion, "CSG").statusCode(200);
        as(Tokens.casemanager("CSG")).body(Map.of("kind", "WMO", "askedOn", "2019-07-20"))
                .post("/api/cases/" + noRegion + "/referrals").then().statusCode(201);
    }

    @Test
    void noReferralWaitingTimeRevealsACountBelowTenNorDoesTheNationalRowMinusTheRegions() {
        as(Tokens.ministry()).get("/api/referrals/waiting-times?from=2019-08-01&to=2019-08-31").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        String year = "/api/referrals/waiting-times?from=2019-01-01&to=2019-12-31";
        List<Map<String, Object>> rows = as(Tokens.ministry()).get(year).then().statusCode(200)
                .extract().jsonPath().getList("rows");
        for (Map<String, Object> row : rows) {
            for (String count : List.of("started", "overTenWeeks", "stillWaiting")) {
                Number n = (Number) row.get(count);
                assertTrue(n == null || n.longValue() == 0 || n.longValue() >= 10, count + " in " + row);
            }
            if (row.get("started") == null) {
                assertEquals(null, row.get("medianDays"), "a hidden count hides its median: " + row);
                assertEquals(null, row.get("p80Days"));
            }
        }
        for (String kind : List.of("GGZ", "GP", "WMO")) {
            List<Map<String, Object>> regions = rows.stream().filter(r -> kind.equals(r.get("kind"))
                    && r.get("region") != null).toList();
            Map<String, Object> national = rows.stream().filter(r -> kind.equals(r.get("kind"))
                    && r.get("region") == null).findFirst().orElseThrow();
            long hidden = regions.stream().filter(r -> r.get("started") == null).count();
            assertTrue(national.get("started") == null || hidden != 1, kind + ": the total gives the one hidden");
        }
        Map<String, Object> ggz = rows.stream().filter(r -> "GGZ".equals(r.get("kind")) && "VR18".equals(
                r.get("region"))).findFirst().orElseThrow();
        assertEquals(12, ((Number) ggz.get("started")).intValue(), "twelve are shown");
        assertEquals(31.0, ((Number) ggz.get("medianDays")).doubleValue(), "every GGZ wait was 31 days");
        Map<String, Object> gp = rows.stream().filter(r -> "GP".equals(r.get("kind")) && "VR18".equals(
                r.get("region"))).findFirst().orElseThrow();
        assertEquals(true, gp.get("suppressed"));

        // Asking for one region gives that region's rows of the national answer, hidden as they are there: VR01's
        // twelve shown alone would give VR18's three as the national total minus VR01.
        for (String region : List.of("VR01", "VR18")) {
            List<Map<String, Object>> one = as(Tokens.ministry()).get(year + "&region=" + region).then()
                    .statusCode(200).extract().jsonPath().getList("rows");
            assertEquals(rows.stream().filter(r -> region.equals(r.get("region"))).toList(), one, region);
        }
        Map<String, Object> gpVr01 = rows.stream().filter(r -> "GP".equals(r.get("kind")) && "VR01".equals(
                r.get("region"))).findFirst().orElseThrow();
        assertEquals(true, gpVr01.get("suppressed"), "the second hidden cell of the GP line");

        Map<String, Object> coordinatorGp = as(Tokens.coordinator()).get(year).then().statusCode(200).extract()
                .jsonPath().getMap("rows.find { it.kind == 'GP' && it.region == 'VR18' }");
        assertEquals(3, ((Number) coordinatorGp.get("started")).intValue(), "coordinators see every count");
    }

    @Test
    void aYearOfWaitingTimesAMinistryHasSeenStaysAsItWasSoProgressRecordedLaterIsNotADifference() {
        String caseId = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR18")
                .receivedAt(Instant.parse("2018-03-15T10:00:00Z")));
        Api.accept(caseId, "CSG").statusCode(200);
        List<String> referrals = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            referrals.add(as(Tokens.casemanager("CSG"))
                    .body(Map.of("kind", "GGZ", "askedOn", LocalDate.of(2018, 4, 1 + i).toString()))
                    .post("/api/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id"));
        }
        for (String referral : referrals.subList(0, 12)) {
            started(caseId, referral, "2018-05-02");
        }
        String year = "/api/referrals/waiting-times?from=2018-01-01&to=2018-12-31";
        List<Map<String, Object>> shown = as(Tokens.ministry()).get(year).then().statusCode(200)
                .extract().jsonPath().getList("rows");
        assertTrue(shown.stream().anyMatch(r -> "GGZ".equals(r.get("kind")) && r.get("started") != null
                && ((Number) r.get("started")).intValue() == 12), shown.toString());

        // The thirteenth started in 2018 too, but is recorded only now: 13 against 12 would show it.
        started(caseId, referrals.get(12), "2018-05-03");

        assertEquals(shown, as(Tokens.ministry()).get(year).then().statusCode(200).extract().jsonPath()
                .getList("rows"));
        assertEquals(List.of(), as(Tokens.ministry()).get(year + "&region=VR01").then().statusCode(200)
                .extract().jsonPath().getList("rows"), "a region's rows of the answer as published");
        Map<String, Object> coordinator = as(Tokens.coordinator()).get(year).then().statusCode(200).extract()
                .jsonPath().getMap("rows.find { it.kind == 'GGZ' && it.region == 'VR18' }");
        assertEquals(13, ((Number) coordinator.get("started")).intValue(),
                "coordinators see the referrals as they are");
    }

    private static void started(String caseId, String referral, String on) {
        as(Tokens.casemanager("CSG")).body(Map.of("step", "STARTED", "on", on))
                .post("/api/cases/" + caseId + "/referrals/" + referral + "/progress").then().statusCode(200);
    }

    @Test
    void aMinistryGetsCompletedMonthsOnlyBecauseTwoReadsOfAMonthInProgressDifferByADaysCases() {
        YearMonth current = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        for (String path : List.of("/api/cases/stats/monthly", "/api/cases/stats/regions")) {
            as(Tokens.ministry()).get(path + "?from=" + current.minusMonths(2) + "&to=" + current).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("to")));
            as(Tokens.ministry()).get(path + "?from=" + current.minusMonths(2) + "&to=" + current.minusMonths(1))
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
        List<Map<String, Object>> shown = as(Tokens.ministry()).get(MONTHLY.replace("monthly", "regions")).then()
                .statusCode(200).extract().jsonPath().getList("cells");
        Map<Object, Integer> hiddenPerMonth = new HashMap<>();
        for (Map<String, Object> cell : shown) {
            assertEquals(null, cell.get("organisation"), "a ministry gets regions only, not region x organisation");
            if (Boolean.TRUE.equals(cell.get("suppressed"))) {
                hiddenPerMonth.merge(cell.get("month"), 1, Integer::sum);
            } else {
                long count = ((Number) cell.get("count")).longValue();
                assertTrue(count == 0 || count >= 10, "shown: " + cell);
            }
        }
        Map<Object, Long> totals = new HashMap<>();
        for (Map<String, Object> cell : as(Tokens.service()).get(MONTHLY.replace("monthly", "regions")).then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("cells")) {
            totals.merge(cell.get("month"), ((Number) cell.get("count")).longValue(), Long::sum);
        }
        // One hidden cell is safe only where the month's total, which it would be worked out from, is hidden too.
        hiddenPerMonth.forEach((month, hidden) -> assertTrue(hidden != 1 || totals.get(month) < 10,
                month + " hides " + hidden + " of a total of " + totals.get(month)));
        assertTrue(shown.stream().anyMatch(c -> "VR18".equals(c.get("region"))), "VR18's months are listed");
    }

    @Test
    void aMonthAMinistryHasSeenStaysAsItWasSoAReassignedOrLateCaseIsNotTheDifferenceOfTwoReads() {
        String march = "?from=2016-03&to=2016-03";
        List<String> ids = new java.util.ArrayList<>();
        Instant start = LocalDate.parse("2016-03-10").atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        for (int i = 0; i < 12; i++) {
            ids.add(Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS")
                    .region("VR18").receivedAt(start.plus(i, ChronoUnit.MINUTES))));
        }
        long before = total(as(Tokens.service()).get("/api/cases/stats/monthly" + march).then().statusCode(200)
                .extract().jsonPath().getList("cells"));
        List<Map<String, Object>> monthly = as(Tokens.ministry()).get("/api/cases/stats/monthly" + march).then()
                .statusCode(200).extract().jsonPath().getList("cells");
        List<Map<String, Object>> regions = as(Tokens.ministry()).get("/api/cases/stats/regions" + march).then()
                .statusCode(200).extract().jsonPath().getList("cells");
        assertTrue(monthly.stream().anyMatch(c -> c.get("count") != null && ((Number) c.get("count")).intValue() >= 12),
                monthly.toString());
        assertTrue(regions.stream().anyMatch(c -> "VR18".equals(c.get("region")) && c.get("count") != null),
                regions.toString());

        // One case moves to another lead, and one of that month is registered late: each alone is a count of one.
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "Legal support first"))
                .post("/api/cases/" + ids.get(0) + "/reassign").then().statusCode(200);
        Api.createCase(AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS").region("VR18")
                .receivedAt(start.plus(1, ChronoUnit.DAYS)));

        assertEquals(monthly, as(Tokens.ministry()).get("/api/cases/stats/monthly" + march).then()
                .statusCode(200).extract().jsonPath().getList("cells"));
        assertEquals(regions, as(Tokens.ministry()).get("/api/cases/stats/regions" + march).then()
                .statusCode(200).extract().jsonPath().getList("cells"));
        assertEquals(monthly, as(Tokens.service()).get("/api/cases/stats/monthly" + march + "&published=true")
                .then().statusCode(200).extract().jsonPath().getList("cells"), "forecast pulls what ministries saw");
        YearMonth current = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        as(Tokens.service()).get("/api/cases/stats/regions?from=" + current + "&to=" + current + "&published=true")
                .then().statusCode(400).body("violations.field", equalTo(List.of("to")));
        as(Tokens.service()).get("/api/cases/stats/monthly" + march + "&published=yes")
                .then().statusCode(400).body("violations.field", equalTo(List.of("published")));
        List<Map<String, Object>> now = as(Tokens.service()).get("/api/cases/stats/monthly" + march).then()
                .statusCode(200).extract().jsonPath().getList("cells");
        assertEquals(before + 1, total(now), "coordinators see the cases as they are: " + now);
        assertTrue(now.stream().anyMatch(c -> "SHN".equals(c.get("organisation"))), "the reassigned case: " + now);
    }

    private static long total(List<Map<String, Object>> cells) {
        return cells.stream().mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
    }

    @Test
    void noMonthlyCountNorAMonthsTotalMinusItsVisibleCellsGivesACountBelowTen() {
        List<Map<String, Object>> all = as(Tokens.service()).get(MONTHLY).then().statusCode(200)
                .extract().jsonPath().getList("cells");
        List<Map<String, Object>> shown = as(Tokens.ministry()).get(MONTHLY).then().statusCode(200)
                .extract().jsonPath().getList("cells");
        assertEquals(all.size(), shown.size(), "every cell is listed, hidden or not");

        Map<String, Integer> hiddenPerMonth = new HashMap<>();
        Map<String, Long> hiddenSumPerMonth = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            Map<String, Object> cell = shown.get(i);
            long truth = ((Number) all.get(i).get("count")).longValue();
            assertEquals(all.get(i).get("caseType"), cell.get("caseType"));
            Number count = (Number) cell.get("count");
            if (count == null) {
                assertEquals(true, cell.get("suppressed"));
                hiddenPerMonth.merge((String) cell.get("month"), 1, Integer::sum);
                hiddenSumPerMonth.merge((String) cell.get("month"), truth, Long::sum);
            } else {
                assertTrue(count.longValue() == 0 || count.longValue() >= 10, cell.toString());
                assertEquals(truth, count.longValue());
            }
        }
        // Each month's total is known from intake: what it leaves is a sum of at least two hidden cells,
        // or a single hidden cell that is the whole month and so its total too.
        for (Map.Entry<String, Integer> month : hiddenPerMonth.entrySet()) {
            long cellsInMonth = shown.stream().filter(c -> month.getKey().equals(c.get("month"))).count();
            assertTrue(month.getValue() >= 2 || cellsInMonth == 1, month.getKey() + " hides one cell of several");
        }
        assertEquals(Map.of("2019-07", 2, "2019-08", 2, "2019-09", 1), hiddenPerMonth);
        assertNotEquals(0L, hiddenSumPerMonth.get("2019-07"));
    }

    @Test
    void theRoutingOfAnAssessmentCarriesNoCount() {
        String body = as(Tokens.ministry()).body(AssessmentBuilder.assessment().types("RAPE").build())
                .post("/api/triage/evaluate").then().statusCode(200).extract().asString();
        assertTrue(!body.matches("(?s).*\"(count|cases|open)\".*"), body);
    }

    private static void create(String day, int cases, AssessmentBuilder assessment) {
        Instant start = LocalDate.parse(day).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        for (int i = 0; i < cases; i++) {
            Api.createCase(assessment.region("VR18").receivedAt(start.plus(i, ChronoUnit.MINUTES)));
        }
    }
}
