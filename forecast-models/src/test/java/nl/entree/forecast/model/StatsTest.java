package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sample-path quantiles of ETS bands, against R's {@code quantile(x, p)} (type 7) worked out by hand. */
class StatsTest {

    @Test
    void quantilesOfOneToTenInterpolateAsR() {
        // Shuffled 1..10; R: quantile(1:10, c(0.025, 0.1, 0.5, 0.9, 0.975)) = 1.225 1.9 5.5 9.1 9.775.
        double[] values = {7, 3, 10, 1, 6, 9, 2, 8, 5, 4};
        int[] pivots = Stats.pivotsFor();
        // Asked in a jumbled order on the same array, as the bands of two levels are: each answer must stand.
        assertEquals(9.1, Stats.selectedQuantile(values, 0.9, pivots), 1e-12);
        assertEquals(1.225, Stats.selectedQuantile(values, 0.025, pivots), 1e-12);
        assertEquals(9.775, Stats.selectedQuantile(values, 0.975, pivots), 1e-12);
        assertEquals(1.9, Stats.selectedQuantile(values, 0.1, pivots), 1e-12);
        assertEquals(5.5, Stats.selectedQuantile(values, 0.5, pivots), 1e-12);
    }

    @Test
    void theExtremesAreTheSmallestAndLargestValue() {
        double[] values = {4, -2, 11, 0};
        int[] pivots = Stats.pivotsFor();
        assertEquals(-2, Stats.selectedQuantile(values, 0, pivots), 1e-12);
        assertEquals(11, Stats.selectedQuantile(values, 1, pivots), 1e-12);
    }
}
