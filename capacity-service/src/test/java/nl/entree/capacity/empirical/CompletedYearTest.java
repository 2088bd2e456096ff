package nl.entree.capacity.empirical;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * A ministry reads a year once it has settled: from the 2nd of January in the Netherlands, when the last day of the
 * year has passed everywhere it is counted. The hour around midnight is where a day in UTC would say otherwise.
 */
@QuarkusTest
class CompletedYearTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aYearIsReadableFromTheSecondOfJanuaryInTheNetherlandsNotInUtc() {
        // 23:30 on the 1st of January in Amsterdam, 22:30 UTC: the year's last day has not settled yet.
        clock.set(Instant.parse("2027-01-01T22:30:00Z"));
        ministryReads2026().then().statusCode(400)
                .body("violations[0].field", equalTo("from"))
                .body("violations[0].message", equalTo("for a ministry a completed year, 2025 or before"));

        // 00:30 on the 2nd of January in Amsterdam, still the 1st in UTC.
        clock.set(Instant.parse("2027-01-01T23:30:00Z"));
        ministryReads2026().then().statusCode(200).body("organisation", equalTo("FIER"));
    }

    private static Response ministryReads2026() {
        return given().auth().oauth2(Tokens.ministry()).queryParam("org", "FIER")
                .queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/api/norms/empirical");
    }
}
