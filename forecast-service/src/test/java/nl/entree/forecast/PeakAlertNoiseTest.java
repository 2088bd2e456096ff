package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.forecast.alerts.PeakWatch;
import nl.entree.support.token.Tokens;

/**
 * Calm series raise no more alerts early in a month than the 95% band promises (2.5% above it). Each series has four
 * years of Poisson counts around a fixed rate; its forecast for the next month is the one the peak check uses, and
 * the count so far on day 3, 6 or 10 is Poisson around that forecast's mean times the share of the month. The chance
 * that such a count sets off an alert is worked out exactly from the Poisson distribution, not simulated.
 */
@QuarkusTest
class PeakAlertNoiseTest {

    private static final YearMonth FIRST = YearMonth.of(2019, 6);
    private static final int MONTHS = 48;
    /** June: 30 days. */
    private static final YearMonth CHECKED = FIRST.plusMonths(MONTHS);
    private static final double ALLOWED = 0.03;

    @Test
    void aCalmSeriesSetsOffNoMoreFalseAlarmsEarlyInTheMonthThanItsBandPromises() {
        List<String> tooOften = new ArrayList<>();
        for (int rate : new int[] {30, 100, 300}) {
            Random random = new Random(rate);
            String id = Fixtures.monthlySeries("calm-" + rate, "CSG", "CSG_ACUTE");
            Fixtures.importMonths(id, FIRST, MONTHS, i -> poisson(random, rate));
            JsonPath f = given().auth().oauth2(Tokens.coordinator())
                    .when().get("/api/forecasts/" + id + "?horizon=1&model=auto&levels=95")
                    .then().statusCode(200).extract().jsonPath();
            double mean = f.getDouble("points[0].mean");
            double upper = f.getDouble("points[0].intervals.'95'.upper");
            for (int day : new int[] {3, 6, 10}) {
                double share = (double) day / CHECKED.lengthOfMonth();
                double bound = PeakWatch.boundSoFar(mean, upper, share);
                // An alert needs at least 10 cases and more than the bound.
                long firstAlerting = Math.max(10, (long) Math.floor(bound) + 1);
                double falseAlarms = 1 - poissonCdf(firstAlerting - 1, mean * share);
                if (falseAlarms > ALLOWED) {
                    tooOften.add(String.format("%d a month (forecast %.1f, upper %.1f), day %d: bound %.1f, "
                            + "false alarms %.3f", rate, mean, upper, day, bound, falseAlarms));
                }
            }
        }
        assertTrue(tooOften.isEmpty(), "calm months alert more often than " + ALLOWED + ": " + tooOften);
    }

    private static long poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static double poissonCdf(long k, double mean) {
        double term = Math.exp(-mean);
        double sum = term;
        for (long i = 1; i <= k; i++) {
            term *= mean / i;
            sum += term;
        }
        return Math.min(1, sum);
    }
}
