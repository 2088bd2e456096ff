package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Awkward series never crash: every request gets finite forecasts and intervals, or a field-named refusal. */
class RobustnessTest {

    private final Forecaster forecaster = new Forecaster();
    private final PeakDetector detector = new PeakDetector();

    @Test
    void awkwardSeriesGetFiniteForecasts() {
        Random random = new Random(42);
        for (int run = 0; run < 150; run++) {
            int length = 1 + random.nextInt(40);
            int season = random.nextBoolean() ? 12 : 1 + random.nextInt(4);
            double[] values = new double[length];
            int shape = run % 6;
            for (int t = 0; t < length; t++) {
                values[t] = switch (shape) {
                    case 0 -> 0;
                    case 1 -> 5;
                    case 2 -> random.nextGaussian() * 10;
                    case 3 -> random.nextInt(3);
                    case 4 -> 1e9 * (1 + random.nextDouble());
                    default -> random.nextDouble() < 0.4 ? Double.NaN : 50 + t + random.nextGaussian();
                };
            }
            if (Stats.observed(values) == 0) {
                values[0] = 3;
            }
            boolean[] mask = new boolean[length];
            mask[random.nextInt(length)] = random.nextBoolean();
            for (String model : List.of("auto", "linear", "snaive")) {
                ForecastResult result;
                try {
                    result = forecaster.forecast(new ForecastRequest(values, season, 6, model, List.of(80, 95),
                            mask));
                } catch (IllegalArgumentException refused) {
                    assertTrue(refused.getMessage().startsWith("values:"), refused.getMessage());
                    continue;
                }
                assertEquals(6, result.mean().length);
                for (int h = 0; h < 6; h++) {
                    String where = "run " + run + " " + model + " h" + h + " " + result.model();
                    assertTrue(Double.isFinite(result.mean()[h]), where);
                    ForecastResult.Interval i95 = result.intervals().get(95);
                    assertTrue(Double.isFinite(i95.lower()[h]) && Double.isFinite(i95.upper()[h]), where);
                    assertTrue(i95.lower()[h] <= i95.upper()[h], where);
                }
            }
            detector.detect(values, season, PeakDetector.DEFAULT_THRESHOLD);
        }
    }
}
