package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolling-origin backtest with an expanding window. All candidates share the same origins so their scores compare:
 * the latest {@value #MAX_ORIGINS} origins that still leave a full horizon of up to {@value #MAX_HORIZON} periods
 * after them; when fewer than that exist, later origins forecasting to the end of the series make up the number. Event months and gaps are never scored (a one-off peak says nothing about a model), and MASE divides
 * each origin's errors by the in-sample (seasonal) naive MAE of that origin's training window.
 */
final class Backtest {

    static final int MAX_HORIZON = 12;
    static final int MAX_ORIGINS = 12;
    private static final List<Integer> LEVELS = List.of(80, 95);

    private Backtest() {
    }

    /** The origins (training lengths) to evaluate; empty when the series is too short to hold anything back. */
    static int[] origins(int length, int minimumTraining) {
        int horizon = horizon(length, minimumTraining);
        if (horizon < 1) {
            return new int[0];
        }
        int last = length - horizon;
        int first = Math.max(minimumTraining, last - MAX_ORIGINS + 1);
        // A short series has few origins with a full horizon; later origins with shorter horizons add evidence.
        last = Math.max(last, Math.min(length - 1, first + MAX_ORIGINS - 1));
        int[] origins = new int[last - first + 1];
        for (int i = 0; i < origins.length; i++) {
            origins[i] = first + i;
        }
        return origins;
    }

    static int horizon(int length, int minimumTraining) {
        return Math.min(MAX_HORIZON, length - minimumTraining);
    }

    /**
     * The scores of every candidate and, per candidate, the ratios its interval calibration needs (see
     * {@link Calibrated}).
     */
    record Result(List<BacktestScore> scores, Map<String, double[]> ratios) {
    }

    /**
     * @param values      the series as fitted (event months already blanked out)
     * @param scored      the values to score against: NaN where a period must not count
     * @param candidates  the models to compare, each refitted at every origin; a {@link Combination} combines the fits
     *                    of its components at the same origin instead of fitting them again
     */
    static Result run(double[] values, double[] scored, int seasonLength, List<Candidate> candidates,
            int minimumTraining) {
        int[] origins = origins(values.length, minimumTraining);
        if (origins.length == 0) {
            return new Result(List.of(), Map.of());
        }
        int horizon = horizon(values.length, minimumTraining);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, FittedModel> previous = new HashMap<>();
        for (Candidate candidate : candidates) {
            tallies.put(candidate.name(), new Tally());
        }
        for (int origin : origins) {
            double[] training = Arrays.copyOf(values, origin);
            int h = Math.min(horizon, values.length - origin);
            double scale = naiveScale(training, seasonLength);
            Map<String, FittedModel> atOrigin = new HashMap<>();
            for (Candidate candidate : candidates) {
                FittedModel fitted = fitAt(candidate, training, seasonLength, previous.get(candidate.name()),
                        atOrigin);
                if (fitted == null) {
                    continue;
                }
                atOrigin.put(candidate.name(), fitted);
                previous.put(candidate.name(), fitted);
                tallies.get(candidate.name()).add(fitted, scored, origin, h, scale);
            }
        }
        List<BacktestScore> scores = new ArrayList<>();
        Map<String, double[]> ratios = new HashMap<>();
        tallies.forEach((name, tally) -> {
            double[] r = tally.ratios();
            ratios.put(name, r);
            double scale = r.length < Calibrated.MIN_OUTCOMES ? Double.NaN : Calibrated.quantile(sorted(r), 80);
            scores.add(tally.score(name, scale));
        });
        return new Result(scores, ratios);
    }

    private static double[] sorted(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    private static FittedModel fitAt(Candidate candidate, double[] training, int seasonLength, FittedModel previous,
            Map<String, FittedModel> atOrigin) {
        try {
            if (candidate instanceof Combination combination) {
                List<FittedModel> parts = new ArrayList<>();
                for (Candidate component : combination.components()) {
                    FittedModel part = atOrigin.get(component.name());
                    if (part == null) {
                        return null;
                    }
                    parts.add(part);
                }
                return Combination.combine(parts);
            }
            return previous == null
                    ? candidate.fit(training, seasonLength)
                    : candidate.refit(training, seasonLength, previous);
        } catch (IllegalArgumentException notEnoughData) {
            return null;
        }
    }

    /** The running sums of one candidate over all origins. */
    private static final class Tally {
        private double absSum;
        private double scaledSum;
        private int scaledCount;
        private double smapeSum;
        private int count;
        private int inside80;
        private int inside95;
        private int origins;
        private final List<Double> ratios = new ArrayList<>();

        void add(FittedModel fitted, double[] scored, int origin, int h, double scale) {
            origins++;
            double[] mean = fitted.mean(h);
            var intervals = fitted.intervals(h, LEVELS);
            for (int k = 0; k < h; k++) {
                double actual = scored[origin + k];
                if (Double.isNaN(actual)) {
                    continue;
                }
                double error = Math.abs(actual - mean[k]);
                absSum += error;
                count++;
                if (scale > 0) {
                    scaledSum += error / scale;
                    scaledCount++;
                }
                double denominator = Math.abs(actual) + Math.abs(mean[k]);
                if (denominator > 0) {
                    smapeSum += 200 * error / denominator;
                }
                double lower80 = intervals.get(80).lower()[k];
                double upper80 = intervals.get(80).upper()[k];
                if (actual >= lower80 && actual <= upper80) {
                    inside80++;
                }
                if (actual >= intervals.get(95).lower()[k] && actual <= intervals.get(95).upper()[k]) {
                    inside95++;
                }
                double ratio = Calibrated.ratio(actual, mean[k], lower80, upper80);
                if (!Double.isNaN(ratio)) {
                    ratios.add(ratio);
                }
            }
        }

        double[] ratios() {
            return ratios.stream().mapToDouble(Double::doubleValue).toArray();
        }

        BacktestScore score(String name, double intervalScale80) {
            return new BacktestScore(name,
                    count == 0 ? Double.NaN : absSum / count,
                    scaledCount == 0 ? Double.NaN : scaledSum / scaledCount,
                    count == 0 ? Double.NaN : smapeSum / count,
                    count == 0 ? Double.NaN : (double) inside80 / count,
                    count == 0 ? Double.NaN : (double) inside95 / count,
                    origins, intervalScale80);
        }
    }

    /** In-sample MAE of the seasonal naive forecast (plain naive without a season or without a full season). */
    static double naiveScale(double[] training, int seasonLength) {
        double scale = naiveMae(training, seasonLength);
        if (!(scale > 0) && seasonLength > 1) {
            scale = naiveMae(training, 1);
        }
        return scale;
    }

    private static double naiveMae(double[] training, int lag) {
        double sum = 0;
        int count = 0;
        for (int t = lag; t < training.length; t++) {
            if (!Double.isNaN(training[t]) && !Double.isNaN(training[t - lag])) {
                sum += Math.abs(training[t] - training[t - lag]);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
