package nl.entree.triage.cases;

import static io.restassured.RestAssured.given;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** intake's pull of the cases whose lead or supporters changed: keyset pages, and what moves a case into them. */
@QuarkusTest
class RoutingChangesTest {

    private static final String INTAKE = Api.intake();

    @Inject
    MutableClock clock;

    /** The moment the next change is made at. */
    private Instant moment;

    /**
     * Each change a second after the last one and after every stamp there is: other tests set the clock ahead and
     * leave cases stamped after real time, and changes made at one fixed moment would be ordered by case id alone.
     */
    private void nextMoment() {
        moment = moment.plusSeconds(1);
        clock.set(moment);
    }

    private void startAfter(Map<String, Object> end) {
        Instant last = end.isEmpty() ? Instant.now() : Instant.parse((String) end.get("after"));
        moment = last.isAfter(Instant.now()) ? last : Instant.now();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Rape long ago with a legal need: CSG leads, SHN supports. */
    private static String csgCase() {
        return Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR15"));
    }

    private static JsonPath pull(Map<String, Object> cursor, int limit) {
        return as(INTAKE).queryParams(cursor).queryParam("limit", limit).get("/api/cases/routing").then()
                .statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
    }

    /** Where intake would stand after pulling everything there is now. */
    private static Map<String, Object> theEnd() {
        Map<String, Object> cursor = Map.of();
        while (true) {
            JsonPath page = pull(cursor, 500);
            List<Map<String, Object>> changes = page.getList("changes");
            if (!changes.isEmpty()) {
                Map<String, Object> last = changes.get(changes.size() - 1);
                cursor = Map.of("after", last.get("routingChangedAt"), "afterId", last.get("caseId"));
            }
            if (page.get("next") == null) {
                return cursor;
            }
        }
    }

    /** Every change after the cursor, page by page, each page's {@code next} taken as the following cursor. */
    private static List<Map<String, Object>> everythingAfter(Map<String, Object> cursor, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        Map<String, Object> at = cursor;
        while (true) {
            JsonPath page = pull(at, limit);
            List<Map<String, Object>> changes = page.getList("changes");
            assertTrue(changes.size() <= limit, changes.toString());
            all.addAll(changes);
            Map<String, Object> next = page.getMap("next");
            if (next == null) {
                return all;
            }
            assertEquals(limit, changes.size(), "a page before the last is full");
            at = Map.of("after", next.get("after"), "afterId", next.get("afterId"));
        }
    }

    private static List<Object> caseIds(List<Map<String, Object>> changes) {
        return changes.stream().map(c -> c.get("caseId")).toList();
    }

    @Test
    void newCasesComeOnceEachInPagesOfTheLimit() {
        Map<String, Object> end = theEnd();
        startAfter(end);
        nextMoment();
        String first = csgCase();
        nextMoment();
        String second = csgCase();
        nextMoment();
        String third = csgCase();

        JsonPath page = pull(end, 2);
        assertEquals(List.of(first, second), page.getList("changes.caseId"));
        assertNotNull(page.get("next"));
        List<Map<String, Object>> all = everythingAfter(end, 2);
        assertEquals(List.of(first, second, third), caseIds(all));
        Map<String, Object> one = all.get(0);
        assertEquals(Set.of("caseId", "contactId", "leadOrganisation", "supportingOrganisations", "priority",
                "respondBy", "routingChangedAt"), one.keySet(), "ids, organisations and the deadline: nothing of the "
                + "person");
        assertEquals("CSG", one.get("leadOrganisation"));
        assertEquals(List.of("SHN"), one.get("supportingOrganisations"));
        // An instant without an id: the changes after that instant, none at it.
        assertTrue(everythingAfter(Map.of("after", all.get(2).get("routingChangedAt")), 500).stream()
                .noneMatch(c -> third.equals(c.get("caseId"))));
    }

    @Test
    void aDeclineAReassignmentAndASupporterChangeMoveACaseToTheNextPull() {
        String declined = csgCase();
        String reassigned = csgCase();
        String supported = csgCase();
        String unsupported = csgCase();
        String untouched = csgCase();
        Map<String, Object> end = theEnd();
        startAfter(end);

        nextMoment();
        as(Tokens.casemanager("CSG")).body(Map.of("reason", "Past niet bij ons"))
                .post("/api/cases/" + declined + "/decline").then().statusCode(200);
        nextMoment();
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "Juridische steun eerst"))
                .post("/api/cases/" + reassigned + "/reassign").then().statusCode(200);
        nextMoment();
        as(Tokens.coordinator()).body(Map.of("organisation", "FIER", "reason", "Uitbuiting niet uitgesloten"))
                .post("/api/cases/" + supported + "/supporters").then().statusCode(200);
        nextMoment();
        as(Tokens.coordinator()).body(Map.of("reason", "Niet nodig"))
                .post("/api/cases/" + unsupported + "/supporters/SHN/remove").then().statusCode(200);
        nextMoment();
        as(Tokens.casemanager("CSG")).post("/api/cases/" + untouched + "/accept").then().statusCode(200);

        List<Map<String, Object>> changes = everythingAfter(end, 500);
        assertEquals(List.of(declined, reassigned, supported, unsupported), caseIds(changes));
        assertNull(changes.get(0).get("leadOrganisation"), "declined: no lead until a coordinator decides");
        assertEquals("SHN", changes.get(1).get("leadOrganisation"));
        assertEquals(List.of(), changes.get(1).get("supportingOrganisations"), "a new lead is no supporter");
        // What the new lead answers by comes with it, so that intake's copy shows the deadline the case has now.
        as(Tokens.coordinator()).get("/api/cases/" + reassigned).then().statusCode(200)
                .body("priority", equalTo(changes.get(1).get("priority")))
                .body("respondBy", equalTo(changes.get(1).get("respondBy")));
        assertEquals(List.of("FIER", "SHN"), changes.get(2).get("supportingOrganisations"));
        assertEquals(List.of(), changes.get(3).get("supportingOrganisations"));
    }

    @Test
    void onlyIntakesServiceTokenReadsIt() {
        for (String token : new String[] {Tokens.casemanager("CSG"), Tokens.coordinator(), Tokens.admin(),
                Tokens.ministry(), Tokens.service()}) {
            as(token).get("/api/cases/routing").then().statusCode(403).contentType("application/problem+json");
        }
        as(Tokens.frontDoor()).get("/api/cases/routing").then().statusCode(403);
        given().get("/api/cases/routing").then().statusCode(401);
    }

    @Test
    void aBadParameterIsA400NamingIt() {
        as(INTAKE).queryParam("limit", 0).get("/api/cases/routing").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
        as(INTAKE).queryParam("limit", 501).get("/api/cases/routing").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
        as(INTAKE).queryParam("after", "yesterday").get("/api/cases/routing").then().statusCode(400)
                .body("violations.field", hasItem("after"));
        as(INTAKE).queryParam("after", "2026-12-01T00:00:00Z").queryParam("afterId", "nope")
                .get("/api/cases/routing").then().statusCode(400).body("violations.field", hasItem("afterId"));
        as(INTAKE).queryParam("afterId", "00000000-0000-0000-0000-000000000001").get("/api/cases/routing").then()
                .statusCode(400).body("violations.field", contains("afterId"));
    }
}
