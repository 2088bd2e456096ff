package nl.entree.forecast.model;

/**
 * Classical decomposition (R's {@code decompose}) and the seasonality test of R's {@code forecast::thetaf}: the
 * seasonal figure is the mean of the detrended values of each position in the season, the trend a centred moving
 * average over one season (2×m for even m), and the figure is normalised to mean 1 (multiplicative) or 0 (additive).
 * Positions count from the first period of the series, as in R.
 */
final class Decomposition {

    /** One-sided 95% normal quantile: thetaf's test is at the 10% level, two-sided. */
    private static final double Z_90 = 1.6448536269514722;

    private Decomposition() {
    }

    /**
     * thetaf's test: the autocorrelation at lag m is significant against Bartlett's standard error
     * √((1 + 2·Σ_{k<m} r_k²)/n). Needs more than two full seasons and a series that is not constant.
     */
    static boolean seasonal(double[] y, int m) {
        int n = y.length;
        if (m < 2 || n <= 2 * m) {
            return false;
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double denominator = 0;
        for (double v : y) {
            denominator += (v - mean) * (v - mean);
        }
        if (!(denominator > 0)) {
            return false;
        }
        double sumSquares = 0;
        double rm = 0;
        for (int k = 1; k <= m; k++) {
            double numerator = 0;
            for (int t = 0; t + k < n; t++) {
                numerator += (y[t] - mean) * (y[t + k] - mean);
            }
            double r = numerator / denominator;
            if (k < m) {
                sumSquares += r * r;
            } else {
                rm = r;
            }
        }
        double standardError = Math.sqrt((1 + 2 * sumSquares) / n);
        return Math.abs(rm) / standardError > Z_90;
    }

    /** The seasonal figure, one value per position of the season (position 0 is the series' first period). */
    static double[] figure(double[] y, int m, boolean multiplicative) {
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = 0; t < y.length; t++) {
            double trend = centredMovingAverage(y, t, m);
            if (Double.isNaN(trend) || Double.isNaN(y[t]) || (multiplicative && trend == 0)) {
                continue;
            }
            sum[t % m] += multiplicative ? y[t] / trend : y[t] - trend;
            count[t % m]++;
        }
        double[] figure = new double[m];
        double total = 0;
        for (int pos = 0; pos < m; pos++) {
            figure[pos] = count[pos] > 0 ? sum[pos] / count[pos] : (multiplicative ? 1 : 0);
            total += figure[pos];
        }
        double centre = total / m;
        for (int pos = 0; pos < m; pos++) {
            figure[pos] = multiplicative ? figure[pos] / centre : figure[pos] - centre;
        }
        return figure;
    }

    /** The centred moving average over one season around t; NaN near the ends or over a gap. */
    static double centredMovingAverage(double[] y, int t, int m) {
        int half = m / 2;
        if (t - half < 0 || t + half >= y.length) {
            return Double.NaN;
        }
        double sum = 0;
        if (m % 2 == 0) {
            for (int j = -half; j <= half; j++) {
                double weight = Math.abs(j) == half ? 0.5 : 1;
                sum += weight * y[t + j];
            }
        } else {
            for (int j = -half; j <= half; j++) {
                sum += y[t + j];
            }
        }
        return sum / m;
    }

    /**
     * Gaps filled by straight lines between their neighbours (the first and last observation carried outwards). For
     * methods that need a complete series (the decomposition, ARIMA's conditional sum of squares); a gap is never
     * read as zero.
     */
    static double[] interpolated(double[] y) {
        double[] filled = y.clone();
        int previous = -1;
        for (int t = 0; t <= filled.length; t++) {
            if (t < filled.length && Double.isNaN(filled[t])) {
                continue;
            }
            for (int gap = previous + 1; gap < t; gap++) {
                if (previous < 0) {
                    filled[gap] = t < filled.length ? filled[t] : Double.NaN;
                } else if (t == filled.length) {
                    filled[gap] = filled[previous];
                } else {
                    filled[gap] = filled[previous]
                            + (filled[t] - filled[previous]) * (gap - previous) / (double) (t - previous);
                }
            }
            previous = t;
        }
        return filled;
    }
}
