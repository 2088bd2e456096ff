package nl.entree.forecast.model;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Small numeric helpers that skip gaps (NaN). */
final class Stats {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

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

    /** Empirical quantile with linear interpolation (R type 7) of an already sorted array. */
    static double sortedQuantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
