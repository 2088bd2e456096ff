package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * The same month twice, 40 non-acute CSG cases, 12 at HelpWanted and 3 at CVSN: in March 2015 under the rule it was
 * published with (the smallest other part, 12, hides with the 3), in March 2031 under the rule from December 2026
 * (partners from the end of the line, until the hidden parts add up to 10 each: 12 and then 40). The smallest partner
 * told a reader it was at most the smallest visible part, which could pin a small one; the order from the end does
 * not depend on any visible part. Both months belong to this test alone.
 */
@QuarkusTest
class PartnersInAFixedOrderTest {

    private static final Long HIDDEN = null;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMonthFromDecember2026TakesItsPartnersFromTheEndOfTheLine() {
        seed("2015-03-10");
        seed("2031-03-10");

        // CSG acute, CSG non-acute, VT, SHN, HelpWanted, CVSN, Fier, no lead
        assertEquals(Arrays.asList(0L, 40L, 0L, 0L, HIDDEN, HIDDEN, 0L, 0L), ministrysLine("2015-03"));
        clock.set(Instant.parse("2031-04-10T09:00:00Z"));
        assertEquals(Arrays.asList(0L, HIDDEN, 0L, 0L, HIDDEN, HIDDEN, 0L, 0L), ministrysLine("2031-03"));
    }

    private void seed(String day) {
        LocalDate on = LocalDate.parse(day);
        Api.createCasesOf(on, 40, AssessmentBuilder.assessment().types("RAPE").timing("MORE_THAN_7_DAYS"), clock);
        Api.createCasesOf(on, 12, AssessmentBuilder.assessment().types("SEXTORTION"), clock);
        Api.createCasesOf(on, 3, AssessmentBuilder.assessment().types("SEXUAL_HARASSMENT").setting("SPORT"), clock);
    }

    private static List<Long> ministrysLine(String month) {
        return as(Tokens.ministry()).get("/api/cases/stats/monthly?from=" + month + "&to=" + month).then()
                .statusCode(200).extract().as(MonthlyCaseCounts.class).cells().stream()
                .map(MonthlyCaseCounts.Cell::count).toList();
    }
}
