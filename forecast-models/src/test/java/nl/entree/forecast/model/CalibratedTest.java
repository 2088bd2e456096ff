package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The conformal rescaling of a model's band, worked out by hand on a hundred ratios 0.01, 0.02, …, 1.00. */
class CalibratedTest {

    private static final double[] HUNDRED = new double[100];

    static {
        for (int i = 0; i < HUNDRED.length; i++) {
            HUNDRED[i] = (i + 1) / 100.0;
        }
    }

    @Test
    void eightyPercentBandTakesTheQuantileAFifthOfTheWayToTheTop() {
        // L' = 80 + 20 × 0.2 = 84%; ⌈101 × 0.84⌉ = 85th smallest.
        assertEquals(0.85, Calibrated.quantile(HUNDRED, 80), 1e-12);
    }

    @Test
    void ninetyFivePercentBandTakesItHalfWay() {
        // L' = 95 + 5 × 0.5 = 97.5%; ⌈101 × 0.975⌉ = ⌈98.475⌉ = 99th smallest.
        assertEquals(0.99, Calibrated.quantile(HUNDRED, 95), 1e-12);
        // Between the two the margin grows linearly: at 90%, 0.4 of the way, L' = 94%, ⌈94.94⌉ = 95th.
        assertEquals(0.95, Calibrated.quantile(HUNDRED, 90), 1e-12);
    }

    @Test
    void tooFewOutcomesForATailLevelLeaveItNaN() {
        double[] thirty = new double[30];
        for (int i = 0; i < thirty.length; i++) {
            thirty[i] = i + 1;
        }
        // ⌈31 × 0.975⌉ = 31 > 30: no quantile for 95%, while 80% still has one (⌈26.04⌉ = 27th).
        assertTrue(Double.isNaN(Calibrated.quantile(thirty, 95)));
        assertEquals(27, Calibrated.quantile(thirty, 80), 1e-12);
    }

    @Test
    void bandsAreTheModelsOwnEightyPercentHalfWidthsTimesTheQuantile() {
        FittedModel flat = new FittedModel() {
            @Override
            public String name() {
                return "flat";
            }

            @Override
            public Map<String, Double> parameters() {
                return Map.of();
            }

            @Override
            public double[] mean(int horizon) {
                return new double[] {100, 100};
            }

            @Override
            public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
                return Map.of(80, new ForecastResult.Interval(new double[] {90, 80}, new double[] {110, 130}),
                        95, new ForecastResult.Interval(new double[] {85, 70}, new double[] {115, 145}));
            }
        };
        FittedModel calibrated = Calibrated.of(flat, HUNDRED);
        Map<Integer, ForecastResult.Interval> bands = calibrated.intervals(2, List.of(80, 95));
        // 80%: 100 ∓ 0.85 × (10, 20) below and 0.85 × (10, 30) above.
        assertEquals(91.5, bands.get(80).lower()[0], 1e-9);
        assertEquals(83.0, bands.get(80).lower()[1], 1e-9);
        assertEquals(125.5, bands.get(80).upper()[1], 1e-9);
        // 95%: the same 80% half-widths times 0.99, not the model's own 95% band.
        assertEquals(90.1, bands.get(95).lower()[0], 1e-9);
        assertEquals(129.7, bands.get(95).upper()[1], 1e-9);
        assertEquals(0.85, calibrated.parameters().get(Calibrated.SCALE), 1e-12);
    }
}
