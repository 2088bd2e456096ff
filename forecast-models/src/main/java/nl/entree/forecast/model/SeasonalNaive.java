package nl.entree.forecast.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each period repeats the last observed value of the same season (plain naive when the season length is 1). The
 * interval comes from the seasonal differences {@code y[t] - y[t-m]}: {@code ŷ ± z · σ · sqrt(k)} with k the number
 * of whole seasons ahead, which is the random-walk-in-seasons variance.
 */
final class SeasonalNaive implements Candidate {

    static final String NAME = "snaive";
    static final String NAIVE = "naive";

    private final boolean seasonal;

    /** @param seasonal false for the plain naive forecast (last value), used when a season cannot be estimated */
    SeasonalNaive(boolean seasonal) {
        this.seasonal = seasonal;
    }

    @Override
    public String name() {
        return seasonal ? NAME : NAIVE;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return (seasonal ? Math.max(1, seasonLength) : 1) + 1;
    }

    @Override
    public FittedModel fit(double[] values, int seasonLength) {
        int m = seasonal ? Math.max(1, seasonLength) : 1;
        double[] last = new double[m];
        int n = values.length;
        for (int pos = 0; pos < m; pos++) {
            last[pos] = Double.NaN;
            for (int t = n - m + pos; t >= 0; t -= m) {
                if (!Double.isNaN(values[t])) {
                    last[pos] = values[t];
                    break;
                }
            }
        }
        double fallback = lastObserved(values);
        if (Double.isNaN(fallback)) {
            throw new IllegalArgumentException("values: no observations");
        }
        for (int pos = 0; pos < m; pos++) {
            if (Double.isNaN(last[pos])) {
                last[pos] = fallback;
            }
        }
        double sum = 0;
        int count = 0;
        for (int t = m; t < n; t++) {
            if (!Double.isNaN(values[t]) && !Double.isNaN(values[t - m])) {
                double d = values[t] - values[t - m];
                sum += d * d;
                count++;
            }
        }
        double sigma = count > 0 ? Math.sqrt(sum / count) : Double.NaN;
        return new Fit(name(), m, n, last, sigma);
    }

    private static double lastObserved(double[] values) {
        for (int t = values.length - 1; t >= 0; t--) {
            if (!Double.isNaN(values[t])) {
                return values[t];
            }
        }
        return Double.NaN;
    }

    private record Fit(String name, int m, int n, double[] last, double sigma) implements FittedModel {

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> parameters = new LinkedHashMap<>();
            parameters.put("seasonLength", (double) m);
            if (!Double.isNaN(sigma)) {
                parameters.put("sigma", sigma);
            }
            return parameters;
        }

        @Override
        public double[] mean(int horizon) {
            double[] mean = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                mean[h] = last[h % m];
            }
            return mean;
        }

        @Override
        public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
            double[] mean = mean(horizon);
            Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
            for (int level : levels) {
                double z = Stats.normalQuantile(level);
                double[] lower = new double[horizon];
                double[] upper = new double[horizon];
                for (int h = 0; h < horizon; h++) {
                    int seasonsAhead = h / m + 1;
                    double half = Double.isNaN(sigma) ? 0 : z * sigma * Math.sqrt(seasonsAhead);
                    lower[h] = mean[h] - half;
                    upper[h] = mean[h] + half;
                }
                intervals.put(level, new ForecastResult.Interval(lower, upper));
            }
            return intervals;
        }
    }
}
