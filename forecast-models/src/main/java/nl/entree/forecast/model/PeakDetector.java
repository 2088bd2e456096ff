package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flags periods far above expectation. The expectation is a robust decomposition in the spirit of STL: a centred
 * moving median (half a season either side) as trend and, with at least two full seasons, the median detrended value
 * of the same season position in the other years; both leave the period itself out.
 * Medians ignore the spikes they are looking for, where a least-squares or exponential-smoothing fit would be pulled
 * up by them. A period is a peak when its robust z-score, (residual − median residual) / (1.4826 × MAD), exceeds the
 * threshold (3.5 is the usual choice). Gaps are never peaks. Stateless and thread-safe.
 */
public final class PeakDetector {

    public static final double DEFAULT_THRESHOLD = 3.5;
    private static final double MAD_TO_SD = 1.4826;

    public List<Peak> detect(double[] values, int seasonLength, double threshold) {
        if (values == null) {
            throw new IllegalArgumentException("values: missing");
        }
        if (seasonLength < 1) {
            throw new IllegalArgumentException("seasonLength: must be at least 1");
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold: must be positive");
        }
        int n = values.length;
        if (Stats.observed(values) < 4) {
            return List.of();
        }
        int m = seasonLength > 1 && n >= 2 * seasonLength ? seasonLength : 1;
        double[] expected = expectation(values, m);
        double[] residuals = new double[n];
        for (int t = 0; t < n; t++) {
            residuals[t] = values[t] - expected[t];
        }
        double centre = Stats.median(residuals);
        double[] deviations = new double[n];
        for (int t = 0; t < n; t++) {
            deviations[t] = Math.abs(residuals[t] - centre);
        }
        double scale = MAD_TO_SD * Stats.median(deviations);
        if (!(scale > 0)) {
            // More than half the residuals are identical: fall back on the mean absolute deviation (× sqrt(pi/2)).
            scale = Math.sqrt(Math.PI / 2) * Stats.meanAbs(deviations);
        }
        if (!(scale > 0)) {
            return List.of();
        }
        List<Peak> peaks = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            if (Double.isNaN(residuals[t])) {
                continue;
            }
            double score = (residuals[t] - centre) / scale;
            if (score > threshold) {
                peaks.add(new Peak(t, values[t], expected[t], score));
            }
        }
        return peaks;
    }

    /**
     * Trend plus season, both from medians, and both leaving the period itself out: the expectation of a period is
     * a prediction from its neighbours, so a residual is an honest surprise and the MAD is not shrunk by periods
     * that fit themselves. Two passes so that the season does not leak into the trend.
     */
    static double[] expectation(double[] values, int m) {
        int n = values.length;
        int halfWindow = m > 1 ? Math.max(2, m / 2) : 2;
        double[] season = new double[n];
        double[] trend = movingMedian(values, halfWindow);
        if (m > 1) {
            season = seasonal(values, trend, m);
            double[] adjusted = new double[n];
            for (int t = 0; t < n; t++) {
                adjusted[t] = values[t] - season[t];
            }
            trend = movingMedian(adjusted, halfWindow);
            season = seasonal(values, trend, m);
        }
        double[] expected = new double[n];
        for (int t = 0; t < n; t++) {
            expected[t] = trend[t] + season[t];
        }
        return expected;
    }

    /** For each period, the median detrended value of the same season position in the other years. */
    private static double[] seasonal(double[] values, double[] trend, int m) {
        int n = values.length;
        double[] detrended = new double[n];
        for (int t = 0; t < n; t++) {
            detrended[t] = values[t] - trend[t];
        }
        double[] season = new double[n];
        double[] others = new double[(n + m - 1) / m];
        for (int t = 0; t < n; t++) {
            int count = 0;
            for (int u = t % m; u < n; u += m) {
                if (u != t) {
                    others[count++] = detrended[u];
                }
            }
            double median = Stats.median(Arrays.copyOf(others, count));
            season[t] = Double.isNaN(median) ? 0 : median;
        }
        return season;
    }

    /** Median of the window around each period, the period itself left out. */
    private static double[] movingMedian(double[] values, int halfWindow) {
        int n = values.length;
        double[] result = new double[n];
        double[] window = new double[2 * halfWindow];
        for (int t = 0; t < n; t++) {
            int count = 0;
            for (int u = Math.max(0, t - halfWindow); u < Math.min(n, t + halfWindow + 1); u++) {
                if (u != t) {
                    window[count++] = values[u];
                }
            }
            double median = Stats.median(Arrays.copyOf(window, count));
            result[t] = Double.isNaN(median) ? nearest(values, t) : median;
        }
        return result;
    }

    private static double nearest(double[] values, int t) {
        for (int d = 1; d < values.length; d++) {
            if (t - d >= 0 && !Double.isNaN(values[t - d])) {
                return values[t - d];
            }
            if (t + d < values.length && !Double.isNaN(values[t + d])) {
                return values[t + d];
            }
        }
        return Double.NaN;
    }
}
