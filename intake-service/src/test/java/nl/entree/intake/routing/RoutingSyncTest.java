package nl.entree.intake.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.StubControl;
import nl.entree.intake.support.TriageStub;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * The lists follow triage's routing without anyone opening the contact: after a decline and a reassignment the new
 * lead finds the contact and the person's question, and the old lead no longer counts them. The stub routes a
 * question to CSG with SHN supporting, and moves it when told to.
 */
@QuarkusTest
class RoutingSyncTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String FIER = Tokens.casemanager(Organisation.FIER);

    @Inject
    RoutingSync sync;

    @Inject
    DataSource dataSource;

    /** A question from the public front door, routed to CSG; its contact's id. */
    private static String questionRoutedToCsg() {
        List<String> before = everything(CSG, "/api/questions", "contactId", false);
        given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON)
                .body(Map.of("question", "Ik weet niet bij wie ik terecht kan. Kunnen jullie helpen?",
                        "callerRole", "VICTIM", "incidentTypes", List.of("SEXUAL_ASSAULT"),
                        "timeSinceIncident", "MORE_THAN_7_DAYS", "victimAgeGroup", "ADULT", "region", "VR13"))
                .when().post("/api/questions").then().statusCode(201);
        List<String> added = new ArrayList<>();
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30), () -> {
            added.clear();
            added.addAll(list(CSG, "/api/questions").getList("items.contactId"));
            added.removeAll(before);
            return !added.isEmpty();
        });
        assertEquals(1, added.size(), added.toString());
        return added.get(0);
    }

    private static JsonPath list(String token, String path) {
        return given().auth().oauth2(token).queryParam("size", 100).when().get(path).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Every page of a list: what it shows; with {@code counted}, its total must count exactly that. */
    private static List<String> everything(String token, String path, String idField, boolean counted) {
        List<String> shown = new ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || page * 100L < total; page++) {
            JsonPath json = given().auth().oauth2(token).queryParam("size", 100).queryParam("page", page)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
            total = json.getLong("total");
            shown.addAll(json.getList("items." + idField));
        }
        if (counted) {
            assertEquals(total, shown.size(), path + ": total counts what the pages show");
        }
        return shown;
    }

    @Test
    void afterAReassignmentTheNewLeadListsTheContactAndItsQuestionAndTheOldLeadNoLonger() {
        String id = questionRoutedToCsg();
        assertTrue(sync.run());

        StubControl.reassign(id, "FIER");
        // Before the pull intake's copy still names CSG: FIER's lists do not know the contact yet.
        assertFalse(list(FIER, "/api/contacts").getList("items.id").contains(id));
        assertFalse(list(FIER, "/api/questions").getList("items.contactId").contains(id));
        // Until then CSG's list leaves it out, as triage says, and its total does not count it either.
        assertFalse(everything(CSG, "/api/questions", "contactId", true).contains(id));

        assertTrue(sync.run());

        assertTrue(list(FIER, "/api/contacts").getList("items.id").contains(id), "FIER's contacts");
        assertTrue(list(FIER, "/api/questions").getList("items.contactId").contains(id), "FIER's questions");
        assertTrue(everything(FIER, "/api/questions", "contactId", true).contains(id));
        assertFalse(everything(CSG, "/api/questions", "contactId", true).contains(id), "CSG's questions");
        assertFalse(everything(CSG, "/api/contacts", "id", false).contains(id), "CSG's contacts");
        // SHN still supports the case: it keeps the contact, and leads no question.
        assertTrue(list(Tokens.casemanager(Organisation.SHN), "/api/contacts").getList("items.id").contains(id));
        // The reassignment made the case acute and brought its deadline forward: FIER answers by that.
        given().auth().oauth2(FIER).when().get("/api/questions/" + id).then().statusCode(200)
                .body("priority", equalTo("ACUTE"))
                .body("respondBy", equalTo(TriageStub.REASSIGNED_RESPOND_BY));
        given().auth().oauth2(CSG).when().get("/api/questions/" + id).then().statusCode(404);
        // Who the contact goes to changed once, and the trail says so once, as triage's routing.
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'ROUTE' && it.actor == 'system:triage' }.size()", equalTo(1));
    }

    @Test
    void whenTriageIsDownTheCursorStaysAndTheNextRunCatchesUp() throws SQLException {
        String id = questionRoutedToCsg();
        assertTrue(sync.run());
        StubControl.reassign(id, "FIER");
        String before = cursor();
        assertNotNull(before, "a run that read changes leaves a cursor");

        StubControl.mode("DOWN");
        try {
            assertFalse(sync.run(), "triage down");
            assertEquals(before, cursor());
        } finally {
            StubControl.mode("UP");
        }
        given().auth().oauth2(FIER).queryParam("size", 100).when().get("/api/questions").then().statusCode(200)
                .body("items.contactId", not(hasItem(id)));

        assertTrue(sync.run());
        given().auth().oauth2(FIER).queryParam("size", 100).when().get("/api/questions").then().statusCode(200)
                .body("items.contactId", hasItem(id));
        assertFalse(before.equals(cursor()), "the cursor moved on with the reassignment");
    }

    private String cursor() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select after, after_id from routing_sync_cursor"); ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            return r.getString(1) == null ? null : r.getString(1) + "/" + r.getString(2);
        }
    }
}
