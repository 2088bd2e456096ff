package nl.entree.capacity.empirical;

import java.util.Arrays;

/** Descriptive statistics of a sample. */
public final class Statistics {

    private Statistics() {
    }

    public static double mean(double[] values) {
        requireValues(values);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /**
     * The p-th quantile with linear interpolation between order statistics (Hyndman and Fan type 7, the default
     * of R, NumPy and spreadsheet PERCENTILE.INC): position h = (n − 1)·p, between the ⌊h⌋-th and ⌈h⌉-th value.
     */
    public static double quantile(double[] values, double p) {
        requireValues(values);
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must lie in [0, 1]");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = (int) Math.ceil(h);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    private static void requireValues(double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
    }
}
