package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * The caseloads call a case late by the rule of the case lists and the board's overdue panel: its next deadline has
 * passed, a milestone's as well as an offer's. Counted as differences in region VR06, on a clock held still so that
 * no other case turns late between the two reads.
 */
@QuarkusTest
class LateMilestoneCaseloadTest {

    private static final String REGION = "VR06";

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Domestic violence at home: Veilig Thuis leads, its safety assessment is due 5 days after the report. */
    private static String vtCase(Instant receivedAt) {
        return Api.createCase(AssessmentBuilder.assessment().region(REGION).types("DOMESTIC_VIOLENCE")
                .setting("HOME").receivedAt(receivedAt));
    }

    @Test
    void anAcceptedCaseWhoseMilestoneIsLateCountsAsLateInBothCaseloads() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        Counts before = counts();

        String late = vtCase(now.minus(6, ChronoUnit.DAYS));
        String inTime = vtCase(now.minus(1, ChronoUnit.DAYS));
        accept(late, "VT").statusCode(200)
                .body("overdue", equalTo(true))
                .body("milestones.find { it.code == 'SAFETY_ASSESSMENT' }.state", equalTo("OVERDUE"));
        accept(inTime, "VT").statusCode(200).body("overdue", equalTo(false));
        as(Tokens.coordinator()).get("/api/cases?overdue=true&region=" + REGION + "&sort=deadline&size=200").then()
                .statusCode(200).body("items.id", hasItem(late));

        Counts after = counts();
        assertAll(() -> assertEquals(2, after.open() - before.open(), "open per organisation"),
                () -> assertEquals(0, after.awaiting() - before.awaiting(), "awaiting acceptance per organisation"),
                () -> assertEquals(1, after.overdue() - before.overdue(), "late per organisation"),
                () -> assertEquals(2, after.regionalOpen() - before.regionalOpen(), "open per regional service"),
                () -> assertEquals(1, after.regionalOverdue() - before.regionalOverdue(), "late per regional service"));
    }

    /** Veilig Thuis's caseload in the region, and its lines per regional service added up. */
    private record Counts(long open, long awaiting, long overdue, long regionalOpen, long regionalOverdue) {
    }

    private static Counts counts() {
        JsonPath org = as(Tokens.coordinator()).get("/api/caseloads?region=" + REGION).then().statusCode(200)
                .extract().jsonPath();
        String vt = "organisations.find { it.organisation == 'VT' }.";
        JsonPath lines = as(Tokens.coordinator()).get("/api/caseloads/regional-services?region=" + REGION).then()
                .statusCode(200).extract().jsonPath();
        List<Number> open = lines.getList("findAll { it.organisation == 'VT' }.open");
        List<Number> overdue = lines.getList("findAll { it.organisation == 'VT' }.overdue");
        return new Counts(org.getLong(vt + "open"), org.getLong(vt + "awaitingAcceptance"), org.getLong(vt + "overdue"),
                open.stream().mapToLong(Number::longValue).sum(), overdue.stream().mapToLong(Number::longValue).sum());
    }
}
