package nl.entree.forecast.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Beyond the {@value #CHECKED} periods that the backtest checks, a forecast is carried on more cautiously, whatever
 * the model:
 * <ul>
 * <li>the change from one season to the next (a year, for months) is damped by φ = {@value #PHI} per period, i.e.
 * 0.98¹² ≈ 0.78 a year, the damping Gardner and McKenzie recommend as the upper end: a trend fades out over a few
 * years instead of going on for ever, and the seasonal pattern is kept;</li>
 * <li>the distance from the mean to each bound is its (calibrated) distance at the same month of the first year
 * times ∛((h + 1)/(h₀ + 1)), h₀ that month's index. The models' own bands are not used there: trend models' bands
 * widen like h^1.5 and say nothing after three years, while the others were too narrow. The cube root is calibrated
 * on the benchmark's long-horizon suite (84 months fitted, 36 ahead): the 80% band held 83% and 80% of months 13–24
 * and 25–36, where a random walk's √ held 88% and 87%, and the own bands capped at √ 77% and 71%.</li>
 * </ul>
 * The first {@value #CHECKED} periods are the model's own (and calibrated) forecast, unchanged.
 */
final class LongHorizon implements FittedModel {

    static final int CHECKED = 12;
    static final double PHI = 0.98;

    private final FittedModel model;
    private final int season;

    private LongHorizon(FittedModel model, int seasonLength) {
        this.model = model;
        this.season = Math.max(1, Math.min(seasonLength, CHECKED));
    }

    static FittedModel of(FittedModel model, int seasonLength) {
        return new LongHorizon(model, seasonLength);
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public Map<String, Double> parameters() {
        return model.parameters();
    }

    @Override
    public double[] mean(int horizon) {
        return damped(model.mean(horizon));
    }

    private double[] damped(double[] raw) {
        double[] out = raw.clone();
        for (int h = CHECKED; h < raw.length; h++) {
            int yearsOn = (h - CHECKED) / season + 1;
            double factor = Math.pow(PHI, (double) yearsOn * season);
            out[h] = out[h - season] + factor * (raw[h] - raw[h - season]);
        }
        return out;
    }

    @Override
    public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
        double[] raw = model.mean(horizon);
        double[] mean = damped(raw);
        Map<Integer, ForecastResult.Interval> own = model.intervals(horizon, levels);
        Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
        for (int level : levels) {
            double[] lower = own.get(level).lower().clone();
            double[] upper = own.get(level).upper().clone();
            for (int h = CHECKED; h < horizon; h++) {
                int reference = CHECKED - season + (h - CHECKED) % season;
                double growth = Math.cbrt((h + 1.0) / (reference + 1.0));
                double below = (raw[reference] - own.get(level).lower()[reference]) * growth;
                double above = (own.get(level).upper()[reference] - raw[reference]) * growth;
                lower[h] = mean[h] - below;
                upper[h] = mean[h] + above;
            }
            intervals.put(level, new ForecastResult.Interval(lower, upper));
        }
        return intervals;
    }
}
