package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The median, period by period, of ETS (the form chosen by AICc), ETS on the seasonally adjusted series
 * ({@link AdjustedEts}), Theta and ARIMA (the order chosen by AICc); with four, the mean of the middle two.
 * Combinations of these beat each of them in the M3 and M4 competitions (Makridakis et al. 2020; Hyndman's
 * "comb" benchmarks) because their errors are far from perfectly correlated. The median rather than the mean: one
 * component that goes astray (ETS on a spike, ARIMA's drift after a level shift) then does not pull the forecast
 * with it. On the benchmark suite the median scored 1.9% better than the mean (0.583 against 0.594; see
 * docs/forecast.md).
 *
 * <p>Its own interval takes the median of the components' bounds (quantile combination); the forecaster rescales it on
 * the backtest like every other model.
 */
final class Combination implements Candidate {

    static final String NAME = "combination";

    private final List<Candidate> components;

    Combination(List<Candidate> components) {
        this.components = List.copyOf(components);
    }

    List<Candidate> components() {
        return components;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return components.stream().mapToInt(c -> c.minimumLength(seasonLength)).max().orElse(1);
    }

    @Override
    public FittedModel fit(double[] values, int seasonLength) {
        List<FittedModel> fits = new ArrayList<>();
        for (Candidate component : components) {
            fits.add(component.fit(values, seasonLength));
        }
        return combine(fits);
    }

    /** Combines fits of the components made elsewhere (at one backtest origin, or on the whole series). */
    static FittedModel combine(List<FittedModel> fits) {
        return new Fit(List.copyOf(fits));
    }

    private record Fit(List<FittedModel> fits) implements FittedModel {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> parameters = new LinkedHashMap<>();
            parameters.put("components", (double) fits.size());
            return parameters;
        }

        @Override
        public double[] mean(int horizon) {
            List<double[]> means = new ArrayList<>();
            for (FittedModel fit : fits) {
                means.add(fit.mean(horizon));
            }
            return median(means, horizon);
        }

        @Override
        public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
            List<Map<Integer, ForecastResult.Interval>> own = new ArrayList<>();
            for (FittedModel fit : fits) {
                own.add(fit.intervals(horizon, levels));
            }
            Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
            for (int level : levels) {
                intervals.put(level, new ForecastResult.Interval(
                        median(own.stream().map(i -> i.get(level).lower()).toList(), horizon),
                        median(own.stream().map(i -> i.get(level).upper()).toList(), horizon)));
            }
            return intervals;
        }

        private static double[] median(List<double[]> rows, int horizon) {
            double[] median = new double[horizon];
            double[] column = new double[rows.size()];
            for (int h = 0; h < horizon; h++) {
                for (int i = 0; i < column.length; i++) {
                    column[i] = rows.get(i)[h];
                }
                median[h] = Stats.median(column);
            }
            return median;
        }
    }
}
