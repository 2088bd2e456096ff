package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ARIMA by conditional sum of squares against hand-worked forecasts and R's {@code arima(method = "CSS")} (R 4.2). */
class ArimaTest {

    private static ArimaOrder order(int p, int d, int q, int sp, int sd, int sq, int m, boolean constant) {
        return new ArimaOrder(p, d, q, sp, sd, sq, m, constant, 0);
    }

    @Test
    void anIntegratedMovingAverageForecastsAsWorkedOutByHand() {
        // ARIMA(0,1,1), θ = −0.5, on 10 12 11 13: differences 2 −1 2; residuals e = 2, −1 − θ·2 = 0, 2 − θ·0 = 2.
        // ŷ(1) = 13 + θ·2 = 12, and flat from there; ψ = 1, 1 + θ = 0.5, 0.5; σ² = (4 + 0 + 4)/3.
        ArimaFit fit = ArimaFit.withCoefficients(order(0, 1, 1, 0, 0, 0, 1, false), new double[] {10, 12, 11, 13},
                new ArimaFit.Coefficients(new double[0], new double[] {-0.5}, 0, 0, 0));
        assertArrayEquals(new double[] {12, 12, 12}, fit.mean(3), 1e-12);
        assertArrayEquals(new double[] {1, 0.5, 0.5}, fit.psi(3), 1e-12);
        double z = 1.959963984540054;
        assertEquals(12 + z * Math.sqrt(8.0 / 3 * 1.25), fit.intervals(3, List.of(95)).get(95).upper()[1], 1e-9);
    }

    @Test
    void aSeasonalRandomWalkRepeatsLastYearsChange() {
        // ARIMA(0,1,0)(0,1,0)[4]: y(t) = y(t−1) + y(t−4) − y(t−5), the last value plus the step of a year before:
        // ŷ(11) = 17 + (13 − 16) = 14, ŷ(12) = 14 + (9 − 13) = 10.
        double[] y = {10, 14, 12, 8, 11, 16, 13, 9, 13, 17};
        ArimaFit fit = ArimaFit.withCoefficients(order(0, 1, 0, 0, 1, 0, 4, false), y,
                new ArimaFit.Coefficients(new double[0], new double[0], 0, 0, 0));
        assertArrayEquals(new double[] {14, 10}, fit.mean(2), 1e-12);
    }

    @Test
    void anAutoregressionWithMeanMatchesRsCss() {
        // arima(y, order = c(1, 0, 0), method = "CSS"): ar1 0.3595499286, intercept 7.9824543096,
        // σ² 1.280898876; predictions 8.707862719, 8.243274851.
        double[] y = {5, 7, 6, 8, 7, 9, 8, 6, 7, 8, 9, 10};
        ArimaFit fit = ArimaFit.fit(order(1, 0, 0, 0, 0, 0, 1, true), y, null);
        assertEquals(0.3595499286, fit.parameters().get("ar1"), 1e-5);
        assertEquals(7.9824543096, fit.parameters().get("mean"), 1e-4);
        assertEquals(Math.sqrt(1.280898876), fit.parameters().get("sigma"), 1e-5);
        assertArrayEquals(new double[] {8.707862719, 8.243274851}, fit.mean(2), 1e-4);
    }

    @Test
    void theAirlineModelMatchesRsCssOnAirPassengers() {
        // arima(log(AirPassengers), order = c(0, 1, 1), seasonal = c(0, 1, 1), method = "CSS"):
        // ma1 −0.3771624391, sma1 −0.5723790627, σ² 0.001388749903; predictions 6.109592227 6.053727205
        // 6.172890657 with standard errors 0.03726598777 0.04390316007 0.04966106205.
        ArimaFit fit = ArimaFit.fit(order(0, 1, 1, 0, 1, 1, 12, false), AirPassengers.logged(), null);
        assertEquals("ARIMA(0,1,1)(0,1,1)[12]", fit.name());
        assertEquals(-0.3771624391, fit.parameters().get("ma1"), 1e-4);
        assertEquals(-0.5723790627, fit.parameters().get("sma1"), 1e-4);
        assertEquals(Math.sqrt(0.001388749903), fit.parameters().get("sigma"), 1e-6);
        assertArrayEquals(new double[] {6.109592227, 6.053727205, 6.172890657}, fit.mean(3), 1e-4);
        double z = 1.959963984540054;
        var upper = fit.intervals(3, List.of(95)).get(95).upper();
        double[] se = {0.03726598777, 0.04390316007, 0.04966106205};
        for (int h = 0; h < 3; h++) {
            assertEquals(fit.mean(3)[h] + z * se[h], upper[h], 1e-4);
        }
    }

    @Test
    void theGridFindsASeasonalDifferenceOnAStronglySeasonalSeries() {
        ArimaFit best = ArimaSelection.best(AirPassengers.logged(), 12);
        assertEquals(1, best.order().seasonalD(), best.name());
        assertEquals(1, best.order().d(), best.name());
        assertTrue(Double.isFinite(best.aicc()));
    }

    @Test
    void kpssTellsATrendFromNoise() {
        double[] trend = new double[60];
        double[] noise = new double[60];
        for (int t = 0; t < 60; t++) {
            trend[t] = t + ((t * 7919) % 5 - 2);
            noise[t] = (t * 7919) % 11 - 5;
        }
        assertTrue(ArimaSelection.kpss(trend) > ArimaSelection.KPSS_CRITICAL_5);
        assertTrue(ArimaSelection.kpss(noise) < ArimaSelection.KPSS_CRITICAL_5);
    }
}
