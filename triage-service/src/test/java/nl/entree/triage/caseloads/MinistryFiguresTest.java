package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
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
 * HelpWanted and 10 at CVSN; September 9 non-acute CSG.
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

    @Test
    void everyEndpointAMinistryCanCallIsCheckedHere() {
        assertEquals(Set.of("GET /api/cases/stats/monthly", "POST /api/triage/evaluate"),
                Set.copyOf(OpenApiDocument.fetch().reachableWith(Tokens.ministry())));
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
