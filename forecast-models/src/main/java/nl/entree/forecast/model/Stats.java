package nl.entree.forecast.model;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.util.KthSelector;
import org.apache.commons.math3.util.MedianOf3PivotingStrategy;

/** Small numeric helpers that skip gaps (NaN). */
final class Stats {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final KthSelector SELECTOR = new KthSelector(new MedianOf3PivotingStrategy());

    private Stats() {
    }

    static int observed(double[] values) {
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                count++;
            }
        }
        return count;
    }

    static double median(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (present.length == 0) {
            return Double.NaN;
        }
        int mid = present.length / 2;
        return present.length % 2 == 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
    }

    static double meanAbs(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += Math.abs(v);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Two-sided normal quantile for a central interval of {@code level} percent. */
    static double normalQuantile(int level) {
        return NORMAL.inverseCumulativeProbability(0.5 + level / 200.0);
    }

    static double studentQuantile(int level, double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 200.0);
    }

    /**
     * Empirical quantile with linear interpolation (R's type 7, its default), found by selection rather than by
     * sorting: the 80% and 95% bands need at most eight of the thousand order statistics, and sorting them all was
     * a fifth of a forecast's cost. {@code values} is reordered. With {@code pivots} from {@link #pivotsFor} kept
     * between calls on the same array, each further quantile reuses the partitions of the ones before.
     */
    static double selectedQuantile(double[] values, double p, int[] pivots) {
        double h = (values.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, values.length - 1);
        double low = SELECTOR.select(values, pivots, lo);
        return hi == lo ? low : low + (h - lo) * (SELECTOR.select(values, pivots, hi) - low);
    }

    /** Room for the partitions {@link #selectedQuantile} remembers, as commons-math's {@code Percentile} keeps. */
    static int[] pivotsFor() {
        int[] pivots = new int[1 << 10];
        Arrays.fill(pivots, -1);
        return pivots;
    }
}
