package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** What a casemanager and a coordinator need to find one case among thousands. Region VR22 belongs to this test. */
@QuarkusTest
class CaseListTest {

    private static final String REGION = "VR22";

    @Test
    void aCaseIsFoundByPartOfItsReferenceWhateverTheCase() {
        Map<String, Object> newCase = rape().asNewCase();
        String reference = (String) newCase.get("reference");
        String id = Api.createCase(newCase);
        Api.createCase(rape());

        as(Tokens.casemanager("CSG")).get("/api/cases?reference=" + reference.substring(2).toLowerCase())
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("total", equalTo(1));
    }

    @Test
    void theContactsFoundByAClientCodeSearchListTheirCasesOnly() {
        UUID first = UUID.randomUUID();
        String firstCase = Api.createCase(rape().asNewCase(first));
        String other = Api.createCase(rape());

        as(Tokens.casemanager("CSG")).get("/api/cases?contact=" + first + "&contact=" + UUID.randomUUID())
                .then().statusCode(200)
                .body("items.id", contains(firstCase))
                .body("items.id", not(hasItem(other)));
        // Another organisation's casemanager finds nothing, even with the contact id.
        as(Tokens.casemanager("VT")).get("/api/cases?contact=" + first).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void sortedByDeadlineOpenCasesComeEarliestFirstAndClosedOnesLast() {
        String acute = Api.createCase(rape().incidentDate(LocalDate.now().minusDays(1)));
        String later = Api.createCase(rape().incidentDate(LocalDate.now().minusYears(2)));
        String closed = Api.createCase(rape().incidentDate(LocalDate.now().minusDays(2)));
        Api.accept(closed, "CSG").statusCode(200);
        Api.close(closed, Tokens.casemanager("CSG"), "Done").statusCode(200);

        JsonPath page = as(Tokens.casemanager("CSG")).get("/api/cases?region=" + REGION + "&sort=deadline&size=200")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.id");
        List<String> statuses = page.getList("items.status");
        List<Instant> deadlines = page.<String>getList("items.respondBy").stream().map(Instant::parse).toList();
        assertTrue(ids.indexOf(acute) < ids.indexOf(later), "the acute case's deadline comes first: " + ids);
        int firstClosed = statuses.indexOf("CLOSED");
        assertTrue(firstClosed > ids.indexOf(later), "closed cases come after the open ones: " + statuses);
        assertTrue(statuses.subList(firstClosed, statuses.size()).stream().allMatch("CLOSED"::equals), statuses.toString());
        for (int i = 1; i < firstClosed; i++) {
            assertTrue(!deadlines.get(i).isBefore(deadlines.get(i - 1)), "open cases by deadline: " + deadlines);
        }
        assertEquals(ids.size(), Set.copyOf(ids).size());
    }

    @Test
    void aReviewCaseNoRuleGaveALeadIsDueByItsDeadlineAndOverdueOnceItPasses() {
        String closed = Api.createCase(rape().incidentDate(LocalDate.now().minusDays(3)));
        Api.accept(closed, "CSG").statusCode(200);
        Api.close(closed, Tokens.casemanager("CSG"), "Done").statusCode(200);
        // The review's term (P1D) ran out yesterday: nobody has placed this person for two days.
        String waiting = Api.createCase(AssessmentBuilder.assessment().types("OTHER").region(REGION)
                .receivedAt(Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
        String fresh = Api.createCase(AssessmentBuilder.assessment().types("OTHER").region(REGION));

        as(Tokens.coordinator()).get("/api/cases/" + waiting).then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW")).body("overdue", equalTo(true));
        as(Tokens.coordinator()).get("/api/cases/" + fresh).then().statusCode(200)
                .body("overdue", equalTo(false)).body("nextDueAt", equalTo(
                        as(Tokens.coordinator()).get("/api/cases/" + fresh).then().extract().path("respondBy")));
        as(Tokens.coordinator()).get("/api/cases?overdue=true&region=" + REGION + "&size=200").then()
                .statusCode(200).body("items.id", hasItem(waiting)).body("items.id", not(hasItem(fresh)));
        JsonPath page = as(Tokens.coordinator()).get("/api/cases?region=" + REGION + "&sort=deadline&size=200")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.id");
        List<String> statuses = page.getList("items.status");
        assertTrue(ids.indexOf(waiting) < ids.indexOf(fresh), "the review case due longest ago first: " + ids);
        assertTrue(ids.indexOf(fresh) < statuses.indexOf("CLOSED"), "review cases before every closed one: "
                + statuses);
    }

    @Test
    void aDeclinedCaseKeepsItsDeadlineWhileItWaitsForACoordinator() {
        String id = Api.createCase(rape().incidentDate(LocalDate.now().minusYears(2)));
        String respondBy = as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().extract().path("respondBy");

        as(Tokens.casemanager("CSG")).body(Map.of("reason", "Past niet bij ons"))
                .post("/api/cases/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW")).body("nextDueAt", equalTo(respondBy));
    }

    @Test
    void theReviewQueueSaysWhoDeclinedAndWhyOrThatTheRulesNamedNoLead() {
        String declined = Api.createCase(rape());
        as(Tokens.casemanager("CSG")).body(Map.of("reason", "Geen acute zorg nodig; verwijzen naar CVSN"))
                .post("/api/cases/" + declined + "/decline").then().statusCode(200);
        // A supporter added while the case waits for a coordinator does not hide who declined it.
        as(Tokens.coordinator()).body(Map.of("organisation", "SHN", "reason", "Praktische steun"))
                .post("/api/cases/" + declined + "/supporters").then().statusCode(200);
        String unrouted = Api.createCase(AssessmentBuilder.assessment().types("OTHER").region(REGION));
        String offered = Api.createCase(rape());

        JsonPath queue = as(Tokens.coordinator()).get("/api/cases?status=NEEDS_REVIEW&region=" + REGION
                + "&sort=deadline&size=200").then().statusCode(200).extract().jsonPath();
        assertEquals("CSG", queue.getString("items.find { it.id == '" + declined + "' }.review.declinedBy"));
        assertEquals("Geen acute zorg nodig; verwijzen naar CVSN",
                queue.getString("items.find { it.id == '" + declined + "' }.review.reason"));
        assertNull(queue.get("items.find { it.id == '" + unrouted + "' }.review.declinedBy"));
        assertNotNull(queue.get("items.find { it.id == '" + unrouted + "' }.review.since"));
        as(Tokens.coordinator()).get("/api/cases?status=OFFERED&region=" + REGION + "&size=200").then()
                .statusCode(200).body("items.find { it.id == '" + offered + "' }.review", nullValue());
    }

    @Test
    void aSearchThatCannotBeReadNamesItsParameter() {
        as(Tokens.casemanager("CSG")).get("/api/cases?reference=GE%25").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("reference"));
        as(Tokens.casemanager("CSG")).get("/api/cases?contact=not-an-id").then().statusCode(400)
                .body("violations.field", hasItem("contact"));
        as(Tokens.casemanager("CSG")).get("/api/cases?sort=upside-down").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
    }

    private static AssessmentBuilder rape() {
        return AssessmentBuilder.assessment().types("RAPE").region(REGION);
    }
}
