package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.support.token.Tokens;

/**
 * web waits 10 s for a projection or a publication: capacity hanging must cost less than that, once, and the contacts
 * still stand. No duration is asserted: the stub hangs longer than forecast's budget, so within the budget the answer
 * is UNAVAILABLE, and past it (as before) capacity's late answer came through.
 */
@QuarkusTest
class CapacityHangTest {

    @Test
    void capacityThatHangsIsGivenUpOnceAndTheContactsStand() {
        String id = Fixtures.monthlySeries("hang", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, YearMonth.of(StubServers.HANGING_YEAR - 3, 1), 36, Fixtures::seasonal);
        int before = StubServers.requirementsRequests().size();
        given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/projections?from=" + StubServers.HANGING_YEAR + "-01&to="
                        + StubServers.HANGING_YEAR + "-12&series=" + id)
                .then().statusCode(200)
                .body("capacity", equalTo("UNAVAILABLE"))
                .body("rows[0].contacts", notNullValue())
                .body("rows[0].hoursExpected", nullValue())
                .body("notes", hasItem(containsString("capacity-service did not answer")));
        assertEquals(1, StubServers.requirementsRequests().size() - before,
                "a capacity that timed out is not asked again within the same request");
    }

    @Test
    void aPublicationAsksCapacityForItsOwnYearOnly() {
        int year = Disclosure.lastCompletedYear(Clock.systemUTC());
        int before = StubServers.requirementsRequests().size();
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/publications/" + year)
                .then().statusCode(200);
        List<JsonNode> made = StubServers.requirementsRequests();
        made = made.subList(0, made.size() - before);
        assertTrue(made.size() <= 1, "one call to capacity at most, not one per year: " + made.size());
        for (JsonNode request : made) {
            for (JsonNode line : request.get("lines")) {
                assertTrue(line.get("month").asText().startsWith(year + "-"),
                        "the year before's hours are not used, so not asked for: " + line);
            }
        }
    }
}
