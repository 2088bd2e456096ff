package nl.entree.forecast.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The researchers' baseline: ordinary least squares of the value on time, with the classical prediction interval
 * {@code ŷ ± t(n-2) · s · sqrt(1 + 1/n + (t0 - t̄)² / Sxx)}.
 */
final class LinearTrend implements Candidate {

    static final String NAME = "linear";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return 3;
    }

    @Override
    public FittedModel fit(double[] values, int seasonLength) {
        int n = 0;
        double sumT = 0;
        double sumY = 0;
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                n++;
                sumT += t;
                sumY += values[t];
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("values: no observations");
        }
        double meanT = sumT / n;
        double meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                sxx += (t - meanT) * (t - meanT);
                sxy += (t - meanT) * (values[t] - meanY);
            }
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        double intercept = meanY - slope * meanT;
        double sse = 0;
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                double r = values[t] - intercept - slope * t;
                sse += r * r;
            }
        }
        double sigma = n > 2 ? Math.sqrt(sse / (n - 2)) : Double.NaN;
        return new Fit(values.length, n, intercept, slope, meanT, sxx, sigma);
    }

    private record Fit(int length, int n, double intercept, double slope, double meanT, double sxx, double sigma)
            implements FittedModel {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> parameters = new LinkedHashMap<>();
            parameters.put("intercept", intercept);
            parameters.put("slope", slope);
            if (!Double.isNaN(sigma)) {
                parameters.put("sigma", sigma);
            }
            return parameters;
        }

        @Override
        public double[] mean(int horizon) {
            double[] mean = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                mean[h] = intercept + slope * (length + h);
            }
            return mean;
        }

        @Override
        public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
            double[] mean = mean(horizon);
            Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
            for (int level : levels) {
                double q = Double.isNaN(sigma) ? 0 : Stats.studentQuantile(level, n - 2);
                double[] lower = new double[horizon];
                double[] upper = new double[horizon];
                for (int h = 0; h < horizon; h++) {
                    double t0 = length + h;
                    double leverage = sxx > 0 ? (t0 - meanT) * (t0 - meanT) / sxx : 0;
                    double half = Double.isNaN(sigma) ? 0 : q * sigma * Math.sqrt(1 + 1.0 / n + leverage);
                    lower[h] = mean[h] - half;
                    upper[h] = mean[h] + half;
                }
                intervals.put(level, new ForecastResult.Interval(lower, upper));
            }
            return intervals;
        }
    }
}
