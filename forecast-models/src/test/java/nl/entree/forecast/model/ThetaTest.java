package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Theta against forecasts worked out by hand and against R's {@code forecast::thetaf} (forecast 8.20). */
class ThetaTest {

    @Test
    void thetaForecastsASeriesWorkedOutByHand() {
        // SES with α = 0.5, l0 = 10 on 10 12 11 13: levels 10 11 11 12 (errors 0 2 0 2, Σe² = 8).
        // Least-squares slope on t = 0..3: Sxy = 4, Sxx = 5, b = 0.8, so the drift is b/2 = 0.4.
        // (1 − (1 − α)^4)/α = 0.9375/0.5 = 1.875; ŷ(h) = 12 + 0.4·((h − 1) + 1.875) = 12.75, 13.15, 13.55.
        Theta.Fit fit = Theta.withParameters(new double[] {10, 12, 11, 13}, 1, 0.5, 10);
        assertArrayEquals(new double[] {12.75, 13.15, 13.55}, fit.mean(3), 1e-9);
        // σ² = Σe²/(n − 2) = 4 (α and l0 estimated, as R counts them); se(h) = σ·√(1 + (h − 1)·α²).
        var interval = fit.intervals(3, List.of(95)).get(95);
        double z = 1.959963984540054;
        assertEquals(12.75 + z * 2, interval.upper()[0], 1e-9);
        assertEquals(13.55 - z * Math.sqrt(4 * (1 + 2 * 0.25)), interval.lower()[2], 1e-9);
        assertEquals(0.4, fit.parameters().get("drift"), 1e-12);
    }

    @Test
    void anExactlySeasonalSeriesIsDeseasonalisedByClassicalDecomposition() {
        // 100 × the quarterly figure 0.8 1.2 1.1 0.9 for four years: the centred moving average is 100 everywhere,
        // so the decomposition recovers the figure exactly, the adjusted series is flat at 100 with no slope, and the
        // forecast repeats 100 × the figure from the 17th quarter (the figure's first position) on.
        double[] figure = {0.8, 1.2, 1.1, 0.9};
        double[] values = new double[16];
        for (int t = 0; t < values.length; t++) {
            values[t] = 100 * figure[t % 4];
        }
        assertTrue(Decomposition.seasonal(values, 4));
        assertArrayEquals(figure, Decomposition.figure(values, 4, true), 1e-12);
        FittedModel fit = new Theta().fit(values, 4);
        assertArrayEquals(new double[] {80, 120, 110, 90, 80}, fit.mean(5), 1e-3);
    }

    @Test
    void thetaMatchesRsThetafOnThreeYearsOfAirPassengers() {
        // thetaf(window(AirPassengers, end = c(1951, 12)), h = 3): the seasonal test fails on three years, α = 0.9999
        // (the upper bound), drift 0.848005148.
        Theta.Fit fit = (Theta.Fit) new Theta().fit(Arrays.copyOf(AirPassengers.VALUES, 36), 12);
        assertEquals(0.848005148, fit.parameters().get("drift"), 1e-8);
        assertEquals(0, fit.parameters().get("seasonallyAdjusted"));
        assertArrayEquals(new double[] {166.8460880, 167.6940932, 168.5420983}, fit.mean(3), 0.02);
        assertArrayEquals(new double[] {196.5708977, 209.7292180, 220.0235429},
                fit.intervals(3, List.of(95)).get(95).upper(), 0.05);
        assertEquals(Math.sqrt(230.0074923473), fit.parameters().get("sigma"), 1e-3);
    }

    @Test
    void thetaMatchesRsThetafOnSixSeasonalYearsOfAirPassengers() {
        // thetaf(window(AirPassengers, end = c(1954, 12)), h = 3): seasonal, α = 0.805907696, drift 0.998259308.
        Theta.Fit fit = (Theta.Fit) new Theta().fit(Arrays.copyOf(AirPassengers.VALUES, 72), 12);
        assertEquals(1, fit.parameters().get("seasonallyAdjusted"));
        assertEquals(0.998259308, fit.parameters().get("drift"), 1e-8);
        assertEquals(0.805907696, fit.parameters().get("alpha"), 2e-3);
        assertArrayEquals(new double[] {230.1663848, 232.6415964, 268.3160211}, fit.mean(3), 0.05);
    }
}
