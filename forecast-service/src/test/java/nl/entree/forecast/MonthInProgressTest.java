package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.support.token.Tokens;

/**
 * A ministry is shown completed months only: a month in progress, imported again a day later, would differ by the few
 * contacts of the days in between.
 */
@QuarkusTest
class MonthInProgressTest {

    @Test
    void aMinistryDoesNotSeeTheMonthInProgressNorItsReimport() {
        String id = Fixtures.monthlySeries("inprog", "SHN", "SHN_SUPPORT");
        YearMonth lastCompleted = Disclosure.lastCompletedMonth(Clock.systemUTC());
        YearMonth current = lastCompleted.plusMonths(1);
        Fixtures.importMonths(id, current.minusMonths(30), 31, i -> 40L + i % 5);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id).then().statusCode(200)
                .body("observations.period", not(hasItem(current.toString())))
                .body("observations.period", hasItem(lastCompleted.toString()));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id).then().statusCode(200)
                .body("observations.period", hasItem(current.toString()));
        String window = "/api/projections?from=" + current + "&to=" + current + "&series=" + id;
        String json = given().auth().oauth2(Tokens.ministry()).when().get(window)
                .then().statusCode(200).extract().jsonPath().getString("rows");
        String csv = given().auth().oauth2(Tokens.ministry()).accept("text/csv").when().get(window)
                .then().statusCode(200).extract().asString();
        String chart = given().auth().oauth2(Tokens.ministry()).when().get("/api/projections/chart.svg?from="
                + current + "&to=" + current + "&series=" + id).then().statusCode(200).extract().asString();

        Fixtures.importMonths(id, current, 1, i -> 43L);

        assertEquals(json, given().auth().oauth2(Tokens.ministry()).when().get(window)
                .then().statusCode(200).extract().jsonPath().getString("rows"),
                "the month in progress is forecast from the completed months, not read");
        assertEquals(csv, given().auth().oauth2(Tokens.ministry()).accept("text/csv").when().get(window)
                .then().statusCode(200).extract().asString());
        assertEquals(chart, given().auth().oauth2(Tokens.ministry()).when().get("/api/projections/chart.svg?from="
                + current + "&to=" + current + "&series=" + id).then().statusCode(200).extract().asString());
    }
}
