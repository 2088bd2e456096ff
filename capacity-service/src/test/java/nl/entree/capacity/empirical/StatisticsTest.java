package nl.entree.capacity.empirical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] values = { 15, 8, 12, 10, 14 };
        assertEquals(11.8, Statistics.mean(values), 1e-12);
        assertEquals(12, Statistics.quantile(values, 0.5), 1e-12);
        assertEquals(14.2, Statistics.quantile(values, 0.8), 1e-12);
        assertEquals(8, Statistics.quantile(values, 0), 1e-12);
        assertEquals(15, Statistics.quantile(values, 1), 1e-12);
        assertEquals(2.5, Statistics.quantile(new double[] { 1, 2, 3, 4 }, 0.5), 1e-12);
        assertEquals(7, Statistics.quantile(new double[] { 7 }, 0.8), 1e-12);
    }

    @Test
    void anEmptySampleHasNoStatistics() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.mean(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Statistics.quantile(new double[] { 1 }, 1.5));
    }
}
