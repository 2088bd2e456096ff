package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equally weighted mean of ETS (the form chosen by AICc), Theta and ARIMA (the order chosen by AICc): the
 * combination that the M3 and M4 competitions found more accurate than any of the three alone (Makridakis et al.
 * 2020; Hyndman's "comb" benchmarks), because their errors are far from perfectly correlated.
 *
 * <p>Its own interval averages the components' bounds (quantile averaging). That band is usually too wide, since the
 * mean's error is smaller than each component's; the forecaster rescales it on the backtest like every other model.
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
            double[] mean = new double[horizon];
            for (FittedModel fit : fits) {
                double[] component = fit.mean(horizon);
                for (int h = 0; h < horizon; h++) {
                    mean[h] += component[h] / fits.size();
                }
            }
            return mean;
        }

        @Override
        public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
            Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
            for (int level : levels) {
                intervals.put(level, new ForecastResult.Interval(new double[horizon], new double[horizon]));
            }
            for (FittedModel fit : fits) {
                Map<Integer, ForecastResult.Interval> own = fit.intervals(horizon, levels);
                for (int level : levels) {
                    for (int h = 0; h < horizon; h++) {
                        intervals.get(level).lower()[h] += own.get(level).lower()[h] / fits.size();
                        intervals.get(level).upper()[h] += own.get(level).upper()[h] / fits.size();
                    }
                }
            }
            return intervals;
        }
    }
}
