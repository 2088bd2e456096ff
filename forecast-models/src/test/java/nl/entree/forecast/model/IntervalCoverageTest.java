package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

/**
 * Over many seeded simulations, the 80% interval holds 75–85% of the outcomes it did not see: analytic intervals
 * (linear ETS forms, the straight line) and simulated ones (multiplicative errors).
 */
class IntervalCoverageTest {

    @Test
    void analyticIntervalOfLocalLevel() {
        double coverage = coverage(seed -> Simulated.additiveTrend(seed, 66, 0.4, 0, 1, 100, 0, 5), 60, 1, 6,
                EtsForm.parse("ETS(A,N,N)"), 300);
        assertTrue(coverage >= 0.75 && coverage <= 0.85, "80% interval covers " + coverage);
    }

    @Test
    void analyticIntervalOfSeasonalModel() {
        double coverage = coverage(seed -> Simulated.additiveSeason(seed, 84, 12, 0.3, 0.1, 500, 40, 10), 72, 12, 12,
                EtsForm.parse("ETS(A,N,A)"), 150);
        assertTrue(coverage >= 0.75 && coverage <= 0.85, "80% interval covers " + coverage);
    }

    @Test
    void simulatedIntervalOfMultiplicativeErrors() {
        double coverage = coverage(IntervalCoverageTest::multiplicativeLevel, 60, 1, 6, EtsForm.parse("ETS(M,N,N)"), 300);
        assertTrue(coverage >= 0.75 && coverage <= 0.85, "80% interval covers " + coverage);
    }

    @Test
    void straightLineOnAStraightLineWithNoise() {
        double coverage = coverage(seed -> {
            Random random = new Random(seed);
            double[] y = new double[48];
            for (int t = 0; t < y.length; t++) {
                y[t] = 50 + 1.5 * t + 6 * random.nextGaussian();
            }
            return y;
        }, 36, 1, 12, new LinearTrend(), 300);
        assertTrue(coverage >= 0.75 && coverage <= 0.85, "80% interval covers " + coverage);
    }

    /** ETS(M,N,N): y = l·(1 + e), l ← l·(1 + α·e), α = 0.3, σ = 0.08. */
    private static double[] multiplicativeLevel(long seed) {
        Random random = new Random(seed);
        double[] y = new double[66];
        double level = 200;
        for (int t = 0; t < y.length; t++) {
            double e = 0.08 * random.nextGaussian();
            y[t] = level * (1 + e);
            level *= 1 + 0.3 * e;
        }
        return y;
    }

    private static double coverage(LongFunction<double[]> simulate, int training, int seasonLength, int horizon,
            Candidate model, int runs) {
        int inside = 0;
        int total = 0;
        for (int seed = 0; seed < runs; seed++) {
            double[] all = simulate.apply(10_000L + seed);
            ForecastResult.Interval interval = model.fit(Arrays.copyOf(all, training), seasonLength)
                    .intervals(horizon, List.of(80)).get(80);
            for (int h = 0; h < horizon; h++) {
                double actual = all[training + h];
                if (actual >= interval.lower()[h] && actual <= interval.upper()[h]) {
                    inside++;
                }
                total++;
            }
        }
        return (double) inside / total;
    }
}
