package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.List;

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
     * @param values      the series as fitted (event months already blanked out)
     * @param scored      the values to score against: NaN where a period must not count
     * @param candidates  the models to compare, each refitted at every origin
     */
    static List<BacktestScore> run(double[] values, double[] scored, int seasonLength, List<Candidate> candidates,
            int minimumTraining) {
        int[] origins = origins(values.length, minimumTraining);
        List<BacktestScore> scores = new ArrayList<>();
        if (origins.length == 0) {
            return scores;
        }
        int horizon = horizon(values.length, minimumTraining);
        for (Candidate candidate : candidates) {
            scores.add(score(candidate, values, scored, seasonLength, origins, horizon));
        }
        return scores;
    }

    private static BacktestScore score(Candidate candidate, double[] values, double[] scored, int seasonLength,
            int[] origins, int horizon) {
        double absSum = 0;
        double scaledSum = 0;
        int scaledCount = 0;
        double smapeSum = 0;
        int smapeCount = 0;
        int count = 0;
        int inside80 = 0;
        int inside95 = 0;
        int usedOrigins = 0;
        FittedModel previous = null;
        for (int origin : origins) {
            double[] training = java.util.Arrays.copyOf(values, origin);
            int h = Math.min(horizon, values.length - origin);
            FittedModel fitted;
            try {
                fitted = previous == null
                        ? candidate.fit(training, seasonLength)
                        : candidate.refit(training, seasonLength, previous);
            } catch (IllegalArgumentException notEnoughData) {
                continue;
            }
            usedOrigins++;
            previous = fitted;
            double[] mean = fitted.mean(h);
            var intervals = fitted.intervals(h, LEVELS);
            double scale = naiveScale(training, seasonLength);
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
                smapeCount++;
                if (actual >= intervals.get(80).lower()[k] && actual <= intervals.get(80).upper()[k]) {
                    inside80++;
                }
                if (actual >= intervals.get(95).lower()[k] && actual <= intervals.get(95).upper()[k]) {
                    inside95++;
                }
            }
        }
        return new BacktestScore(candidate.name(),
                count == 0 ? Double.NaN : absSum / count,
                scaledCount == 0 ? Double.NaN : scaledSum / scaledCount,
                smapeCount == 0 ? Double.NaN : smapeSum / smapeCount,
                count == 0 ? Double.NaN : (double) inside80 / count,
                count == 0 ? Double.NaN : (double) inside95 / count,
                usedOrigins);
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
