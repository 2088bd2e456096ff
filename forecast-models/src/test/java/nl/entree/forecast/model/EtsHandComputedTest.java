package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The recursions against forecasts worked out by hand (the arithmetic is in the comments). */
class EtsHandComputedTest {

    private static final double[] NO_SEASON = {0};

    @Test
    void simpleExponentialSmoothingWithFixedAlpha() {
        // α = 0.5, l0 = 10: ŷ 10 10 11 11, errors 0 2 0 2, levels 10 11 11 12; the forecast is flat at 12.
        EtsFit fit = EtsFitter.withParameters(EtsForm.parse("ETS(A,N,N)"), new double[] {10, 12, 11, 13}, 1,
                new EtsParameters(0.5, 0, 0, 1, 10, 0, NO_SEASON));
        assertArrayEquals(new double[] {12, 12, 12}, fit.mean(3), 1e-12);
        // σ² = Σe² / (n − k) with k = 3 (α, l0, σ) is 8 / 1; var(h) = σ²·(1 + (h − 1)·α²).
        var interval = fit.intervals(3, List.of(95)).get(95);
        double z = 1.959963984540054;
        assertEquals(12 + z * Math.sqrt(8), interval.upper()[0], 1e-9);
        assertEquals(12 - z * Math.sqrt(8 * (1 + 2 * 0.25)), interval.lower()[2], 1e-9);
    }

    @Test
    void holtLinearTrendByHand() {
        // α = 0.5, β = 0.2, l0 = 10, b0 = 1 on 11 13 13 16:
        // t1: ŷ 11, e 0      → l 11,     b 1
        // t2: ŷ 12, e 1      → l 12.5,   b 1.2
        // t3: ŷ 13.7, e −0.7 → l 13.35,  b 1.06
        // t4: ŷ 14.41, e 1.59 → l 15.205, b 1.378
        EtsFit fit = EtsFitter.withParameters(EtsForm.parse("ETS(A,A,N)"), new double[] {11, 13, 13, 16}, 1,
                new EtsParameters(0.5, 0.2, 0, 1, 10, 1, NO_SEASON));
        assertArrayEquals(new double[] {16.583, 17.961, 19.339}, fit.mean(3), 1e-9);
    }

    @Test
    void dampedTrendByHand() {
        // Same data, φ = 0.9: t1 ŷ 10.9, e 0.1 → l 10.95, b 0.92; t2 ŷ 11.778, e 1.222 → l 12.389, b 1.0724;
        // t3 ŷ 13.35416, e −0.35416 → l 13.17708, b 0.894328; t4 ŷ 13.9819752, e 2.0180248 → l 14.9909876,
        // b 1.20850016. Forecast: l + (φ + … + φ^h)·b.
        EtsFit fit = EtsFitter.withParameters(EtsForm.parse("ETS(A,Ad,N)"), new double[] {11, 13, 13, 16}, 1,
                new EtsParameters(0.5, 0.2, 0, 0.9, 10, 1, NO_SEASON));
        double l = 14.9909876;
        double b = 1.20850016;
        assertArrayEquals(new double[] {l + 0.9 * b, l + 1.71 * b, l + 2.439 * b}, fit.mean(3), 1e-6);
    }

    @Test
    void additiveSeasonByHand() {
        // m = 2, α = 0.5, γ = 0.25, l0 = 10, s = (+2, −2) on 13 8 12 7:
        // t1: ŷ 12, e 1 → l 10.5, s1 2.25;  t2: ŷ 8.5, e −0.5 → l 10.25, s2 −2.125;
        // t3: ŷ 12.5, e −0.5 → l 10, s1 2.125; t4: ŷ 7.875, e −0.875 → l 9.5625, s2 −2.34375.
        EtsFit fit = EtsFitter.withParameters(EtsForm.parse("ETS(A,N,A)"), new double[] {13, 8, 12, 7}, 2,
                new EtsParameters(0.5, 0, 0.25, 1, 10, 0, new double[] {2, -2}));
        assertArrayEquals(new double[] {11.6875, 7.21875, 11.6875}, fit.mean(3), 1e-12);
    }

    @Test
    void multiplicativeSeasonByHand() {
        // m = 2, α = 0.5, γ = 0.5, l0 = 10, s = (1.2, 0.8) on 13 8 12 7; r = y − ŷ, l = l + α·r/s, s = s + γ·r/l:
        // t1: ŷ 12,        r 1          → l 10.416667, s1 1.25
        // t2: ŷ 8.333333,  r −0.333333  → l 10.208333, s2 0.784
        // t3: ŷ 12.760417, r −0.760417  → l 9.904167,  s1 1.212755
        // t4: ŷ 7.764867,  r −0.764867  → l 9.416369,  s2 0.745387
        EtsFit fit = EtsFitter.withParameters(EtsForm.parse("ETS(M,N,M)"), new double[] {13, 8, 12, 7}, 2,
                new EtsParameters(0.5, 0, 0.5, 1, 10, 0, new double[] {1.2, 0.8}));
        assertArrayEquals(new double[] {9.416369 * 1.212755, 9.416369 * 0.745387, 9.416369 * 1.212755},
                fit.mean(3), 1e-5);
    }

    @Test
    void aGapCarriesTheOneStepPredictionForward() {
        // α = 0.5, l0 = 10 on 10, gap, 12, 13, 12: levels 10, 10 (the gap), 11, 12, 12. Were the gap a zero, the
        // levels would be 10, 5, 8.5, 10.75, 11.375.
        EtsFit fit = EtsFitter.withParameters(EtsForm.parse("ETS(A,N,N)"),
                new double[] {10, Double.NaN, 12, 13, 12}, 1, new EtsParameters(0.5, 0, 0, 1, 10, 0, NO_SEASON));
        assertArrayEquals(new double[] {12}, fit.mean(1), 1e-12);
    }
}
