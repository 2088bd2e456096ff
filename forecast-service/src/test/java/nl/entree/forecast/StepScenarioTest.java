package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;

/** A STEP is in the fitted level from its start on: it scales a forecast only where it starts after the data. */
@QuarkusTest
class StepScenarioTest {

    private static final String LAW = "new Sexual Offences Act";

    private static double contacts(String id, String from, String to, String scenario) {
        return given().auth().oauth2(Tokens.coordinator()).queryParam("scenario", scenario)
                .when().get("/api/projections?from=" + from + "&to=" + to + "&series=" + id)
                .then().statusCode(200).extract().jsonPath().getDouble("rows[0].contacts");
    }

    @Test
    void aStepTheObservationsAlreadyRunPastIsNotCountedAgain() {
        String id = Fixtures.monthlySeries("law-in", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, YearMonth.of(2022, 7), 48, Fixtures::seasonal);
        double base = contacts(id, "2027-01", "2027-12", "baseline");
        double law = contacts(id, "2027-01", "2027-12", LAW);
        assertEquals(base, law, 1e-6, "the law is in the observations since 2024-07; +10% again counts it twice");
    }

    @Test
    void aStepAfterTheObservationsStillScalesTheForecast() {
        String id = Fixtures.monthlySeries("law-after", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, YearMonth.of(2021, 7), 36, Fixtures::seasonal);
        double base = contacts(id, "2025-01", "2025-12", "baseline");
        double law = contacts(id, "2025-01", "2025-12", LAW);
        assertEquals(1.1 * base, law, 1e-6 * base, "observed up to 2024-06, the law is not in the data yet");
    }
}
