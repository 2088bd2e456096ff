package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Years ahead, worked out by hand on a model whose mean is a straight line 100 + h with a band of ±10. */
class LongHorizonTest {

    private static final FittedModel LINE = new FittedModel() {
        @Override
        public String name() {
            return "line";
        }

        @Override
        public Map<String, Double> parameters() {
            return Map.of();
        }

        @Override
        public double[] mean(int horizon) {
            double[] mean = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                mean[h] = 100 + h + 1;
            }
            return mean;
        }

        @Override
        public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
            double[] mean = mean(horizon);
            Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
            for (int level : levels) {
                double[] lower = new double[horizon];
                double[] upper = new double[horizon];
                for (int h = 0; h < horizon; h++) {
                    lower[h] = mean[h] - 10;
                    upper[h] = mean[h] + 10;
                }
                intervals.put(level, new ForecastResult.Interval(lower, upper));
            }
            return intervals;
        }
    };

    private final FittedModel carried = LongHorizon.of(LINE, 12);

    @Test
    void theFirstYearIsTheModelsOwnForecast() {
        assertArrayEquals(LINE.mean(12), java.util.Arrays.copyOf(carried.mean(36), 12), 1e-12);
        assertArrayEquals(LINE.intervals(12, List.of(80)).get(80).upper(),
                java.util.Arrays.copyOf(carried.intervals(36, List.of(80)).get(80).upper(), 12), 1e-12);
    }

    @Test
    void theChangeFromYearToYearIsDampedByPointNineEightAMonth() {
        double[] mean = carried.mean(36);
        // Month 13: month 1 plus the line's 12 a year times 0.98^12; month 25: month 13 plus 12 times 0.98^24.
        double month13 = 101 + 12 * Math.pow(0.98, 12);
        assertEquals(month13, mean[12], 1e-9);
        assertEquals(110.41660, mean[12], 1e-5);
        assertEquals(month13 + 12 * Math.pow(0.98, 24), mean[24], 1e-9);
    }

    @Test
    void theBandWidensLikeTheCubeRootOfTheHorizonFromTheSameMonthOfTheFirstYear() {
        var band = carried.intervals(36, List.of(80)).get(80);
        double[] mean = carried.mean(36);
        // Month 13 from month 1: 10·∛13 = 23.513; month 24 from month 12: 10·∛2 = 12.599.
        assertEquals(23.513, band.upper()[12] - mean[12], 1e-3);
        assertEquals(23.513, mean[12] - band.lower()[12], 1e-3);
        assertEquals(12.599, band.upper()[23] - mean[23], 1e-3);
        assertEquals(10 * Math.cbrt(36.0 / 12), band.upper()[35] - mean[35], 1e-9);
    }
}
