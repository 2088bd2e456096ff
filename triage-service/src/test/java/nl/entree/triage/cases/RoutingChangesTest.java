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
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import nl.entree.common.vocabulary.Organisation;
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

    private void startAfter(RoutingChanges.Cursor end) {
        Instant last = end == null ? Instant.now() : end.after();
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

    /** A page after {@code after} and {@code afterId}, either of which may be left out (null). */
    private static ValidatableResponse pull(Instant after, UUID afterId, int limit) {
        RequestSpecification request = as(INTAKE).queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after.toString());
        }
        if (afterId != null) {
            request.queryParam("afterId", afterId.toString());
        }
        return request.get("/api/cases/routing").then().statusCode(200).header("Cache-Control", "no-store");
    }

    private static RoutingChanges pull(RoutingChanges.Cursor cursor, int limit) {
        return pull(cursor == null ? null : cursor.after(), cursor == null ? null : cursor.afterId(), limit)
                .extract().as(RoutingChanges.class);
    }

    /** Where intake would stand after pulling everything there is now; null when there is nothing yet. */
    private static RoutingChanges.Cursor theEnd() {
        RoutingChanges.Cursor cursor = null;
        while (true) {
            RoutingChanges page = pull(cursor, 500);
            if (!page.changes().isEmpty()) {
                RoutingChanges.Change last = page.changes().get(page.changes().size() - 1);
                cursor = new RoutingChanges.Cursor(last.routingChangedAt(), last.caseId());
            }
            if (page.next() == null) {
                return cursor;
            }
        }
    }

    /** Every change after the cursor, page by page, each page's {@code next} taken as the following cursor. */
    private static List<RoutingChanges.Change> everythingAfter(RoutingChanges.Cursor cursor, int limit) {
        List<RoutingChanges.Change> all = new ArrayList<>();
        RoutingChanges.Cursor at = cursor;
        while (true) {
            RoutingChanges page = pull(at, limit);
            assertTrue(page.changes().size() <= limit, page.changes().toString());
            all.addAll(page.changes());
            if (page.next() == null) {
                return all;
            }
            assertEquals(limit, page.changes().size(), "a page before the last is full");
            at = page.next();
        }
    }

    private static List<String> caseIds(List<RoutingChanges.Change> changes) {
        return changes.stream().map(c -> c.caseId().toString()).toList();
    }

    @Test
    void newCasesComeOnceEachInPagesOfTheLimit() {
        RoutingChanges.Cursor end = theEnd();
        startAfter(end);
        nextMoment();
        String first = csgCase();
        nextMoment();
        String second = csgCase();
        nextMoment();
        String third = csgCase();

        RoutingChanges page = pull(end, 2);
        assertEquals(List.of(first, second), caseIds(page.changes()));
        assertNotNull(page.next());
        List<RoutingChanges.Change> all = everythingAfter(end, 2);
        assertEquals(List.of(first, second, third), caseIds(all));
        assertEquals(Set.of("caseId", "contactId", "leadOrganisation", "supportingOrganisations", "priority",
                "respondBy", "routingChangedAt"), pull(end == null ? null : end.after(),
                        end == null ? null : end.afterId(), 1).extract().jsonPath().getMap("changes[0]").keySet(),
                "ids, organisations and the deadline: nothing of the person");
        RoutingChanges.Change one = all.get(0);
        assertEquals(Organisation.CSG, one.leadOrganisation());
        assertEquals(List.of(Organisation.SHN), one.supportingOrganisations());
        // An instant without an id: the changes after that instant, none at it.
        assertTrue(pull(all.get(2).routingChangedAt(), null, 500).extract().as(RoutingChanges.class).changes()
                .stream().noneMatch(c -> third.equals(c.caseId().toString())));
    }

    @Test
    void aDeclineAReassignmentAndASupporterChangeMoveACaseToTheNextPull() {
        String declined = csgCase();
        String reassigned = csgCase();
        String supported = csgCase();
        String unsupported = csgCase();
        String untouched = csgCase();
        RoutingChanges.Cursor end = theEnd();
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

        List<RoutingChanges.Change> changes = everythingAfter(end, 500);
        assertEquals(List.of(declined, reassigned, supported, unsupported), caseIds(changes));
        assertNull(changes.get(0).leadOrganisation(), "declined: no lead until a coordinator decides");
        assertEquals(Organisation.SHN, changes.get(1).leadOrganisation());
        assertEquals(List.of(), changes.get(1).supportingOrganisations(), "a new lead is no supporter");
        // What the new lead answers by comes with it, so that intake's copy shows the deadline the case has now.
        as(Tokens.coordinator()).get("/api/cases/" + reassigned).then().statusCode(200)
                .body("priority", equalTo(changes.get(1).priority().name()))
                .body("respondBy", equalTo(changes.get(1).respondBy().toString()));
        assertEquals(List.of(Organisation.FIER, Organisation.SHN), changes.get(2).supportingOrganisations());
        assertEquals(List.of(), changes.get(3).supportingOrganisations());
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
