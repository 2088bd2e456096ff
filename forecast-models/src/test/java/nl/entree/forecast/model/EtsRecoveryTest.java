package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Maximum likelihood recovers the parameters of long simulated series. Tolerances reflect the sampling error of
 * one series of that length, not the optimiser: the estimates are checked on several seeds and averaged.
 */
class EtsRecoveryTest {

    private static final int SEEDS = 5;

    @Test
    void pureTrend() {
        double alpha = 0;
        double beta = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            double[] y = Simulated.additiveTrend(seed, 400, 0.5, 0.1, 1, 100, 2, 5);
            EtsFit fit = EtsFitter.fit(EtsForm.parse("ETS(A,A,N)"), y, 1, 100);
            alpha += fit.estimate().alpha() / SEEDS;
            beta += fit.estimate().beta() / SEEDS;
            assertEquals(5, fit.sigma(), 0.6);
        }
        assertEquals(0.5, alpha, 0.06);
        assertEquals(0.1, beta, 0.04);
    }

    @Test
    void seasonal() {
        double alpha = 0;
        double gamma = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            double[] y = Simulated.additiveSeason(seed, 360, 12, 0.3, 0.2, 500, 40, 5);
            EtsFit fit = EtsFitter.fit(EtsForm.parse("ETS(A,N,A)"), y, 12, 100);
            alpha += fit.estimate().alpha() / SEEDS;
            gamma += fit.estimate().gamma() / SEEDS;
        }
        assertEquals(0.3, alpha, 0.06);
        assertEquals(0.2, gamma, 0.06);
    }

    @Test
    void damped() {
        double alpha = 0;
        double beta = 0;
        double phi = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            double[] y = Simulated.additiveTrend(seed, 400, 0.6, 0.2, 0.9, 100, 3, 4);
            EtsFit fit = EtsFitter.fit(EtsForm.parse("ETS(A,Ad,N)"), y, 1, 100);
            alpha += fit.estimate().alpha() / SEEDS;
            beta += fit.estimate().beta() / SEEDS;
            phi += fit.estimate().phi() / SEEDS;
        }
        assertEquals(0.6, alpha, 0.08);
        assertEquals(0.2, beta, 0.06);
        assertEquals(0.9, phi, 0.05);
    }

    @Test
    void aiccPicksTheFormThatMadeTheData() {
        double[] seasonal = Simulated.additiveSeason(7, 120, 12, 0.3, 0.1, 500, 60, 5);
        ForecastResult result = new Forecaster().forecast(new ForecastRequest(seasonal, 12, 12, "ets",
                List.of(80, 95), null));
        assertTrue(result.model().endsWith(",A)") || result.model().endsWith(",M)"), result.model());

        double[] trend = Simulated.additiveTrend(7, 120, 0.5, 0.1, 1, 100, 2, 2);
        ForecastResult trended = new Forecaster().forecast(new ForecastRequest(trend, 1, 12, "ets",
                List.of(80, 95), null));
        assertTrue(trended.model().contains(",A,") || trended.model().contains(",Ad,"), trended.model());
    }
}
