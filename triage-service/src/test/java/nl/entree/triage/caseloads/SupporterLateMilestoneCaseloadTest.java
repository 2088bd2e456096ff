package nl.entree.triage.caseloads;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.common.time.DutchTime;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * A case is late on the board for the organisation that must act on its passed deadline: a supporter's late
 * milestone for the supporter, an offer past its respondBy for the lead. Counted as differences in region VR08 on a
 * clock held still, each made by one action, so that no other case turns late between two reads.
 */
@QuarkusTest
class SupporterLateMilestoneCaseloadTest {

    private static final String REGION = "VR08";

    @Inject
    MutableClock clock;

    /** Rape long ago with a legal question: CSG leads, SHN supports and records the legal advice in the test plan. */
    private static String legalCase(Instant receivedAt) {
        return Api.createCase(AssessmentBuilder.assessment().region(REGION).types("RAPE").needs("LEGAL")
                .receivedAt(receivedAt));
    }

    @Test
    void aSupportersLateMilestoneIsLateForTheSupporterAndALateOfferForTheLead() {
        var legal = Map.of("code", "LEGAL_ADVICE", "name", "Juridisch advies gegeven", "from", "ACCEPTANCE",
                "term", "P14D", "basis", "ASSUMPTION", "source", "Test", "recordedBy", "SHN");
        int version = as(Tokens.admin()).body(Map.of("description", "Test plan", "caseTypes",
                Map.of("CSG_NON_ACUTE", List.of(legal)))).post("/api/milestone-plans").then().statusCode(201)
                .extract().path("version");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            as(Tokens.admin()).post("/api/milestone-plans/" + version + "/activate").then().statusCode(200);
            Instant weeksAgo = now.minus(15, ChronoUnit.DAYS);
            clock.set(weeksAgo);
            String recorded = legalCase(weeksAgo.minus(1, ChronoUnit.HOURS));
            String withdrawn = legalCase(weeksAgo.minus(1, ChronoUnit.HOURS));
            String offered = legalCase(weeksAgo.minus(1, ChronoUnit.HOURS));
            accept(recorded, "CSG").statusCode(200);
            accept(withdrawn, "CSG").statusCode(200);
            clock.set(now);
            as(Tokens.coordinator()).get("/api/cases/" + recorded).then().statusCode(200)
                    .body("overdue", equalTo(true))
                    .body("milestones[0].state", equalTo("OVERDUE"))
                    .body("milestones[0].organisation", equalTo("SHN"));

            Counts late = counts();
            String today = LocalDate.ofInstant(now, DutchTime.ZONE).toString();
            as(Tokens.casemanager("SHN")).body(Map.of("doneOn", today))
                    .post("/api/cases/" + recorded + "/milestones/LEGAL_ADVICE").then().statusCode(200);
            Counts shnCaughtUp = counts();
            assertAll("SHN records its late legal advice",
                    () -> assertEquals(-1, shnCaughtUp.shn() - late.shn(), "late for SHN, which had to act"),
                    () -> assertEquals(0, shnCaughtUp.csg() - late.csg(), "never late for CSG, which could not"),
                    () -> assertEquals(0, shnCaughtUp.csgRegional() - late.csgRegional(), "nor for CSG's centre"));

            as(Tokens.coordinator()).body(Map.of("reason", "Geen juridische vraag meer"))
                    .post("/api/cases/" + withdrawn + "/supporters/SHN/remove").then().statusCode(200);
            Counts leadTakesOver = counts();
            assertAll("SHN leaves a case with its legal advice late: CSG records it now",
                    () -> assertEquals(-1, leadTakesOver.shn() - shnCaughtUp.shn(), "no longer SHN's"),
                    () -> assertEquals(1, leadTakesOver.csg() - shnCaughtUp.csg(), "CSG's now"),
                    () -> assertEquals(1, leadTakesOver.csgRegional() - shnCaughtUp.csgRegional(), "CSG's centre"));

            accept(offered, "CSG").statusCode(200);
            Counts accepted = counts();
            assertAll("the offer past its respondBy was late for the lead alone",
                    () -> assertEquals(0, accepted.shn() - leadTakesOver.shn(), "SHN"),
                    () -> assertEquals(-1, accepted.csg() - leadTakesOver.csg(), "CSG"),
                    () -> assertEquals(-1, accepted.csgRegional() - leadTakesOver.csgRegional(), "CSG's centre"));
        } finally {
            clock.reset();
            as(Tokens.admin()).post("/api/milestone-plans/1/activate").then().statusCode(200);
        }
    }

    /** The late counts of SHN and CSG on the board in the region, and CSG's lines per regional service added up. */
    private record Counts(long shn, long csg, long csgRegional) {
    }

    private static Counts counts() {
        JsonPath org = as(Tokens.coordinator()).get("/api/caseloads?region=" + REGION).then().statusCode(200)
                .extract().jsonPath();
        List<Number> regional = as(Tokens.coordinator()).get("/api/caseloads/regional-services?region=" + REGION)
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.organisation == 'CSG' }.overdue");
        return new Counts(org.getLong("organisations.find { it.organisation == 'SHN' }.overdue"),
                org.getLong("organisations.find { it.organisation == 'CSG' }.overdue"),
                regional.stream().mapToLong(Number::longValue).sum());
    }
}
