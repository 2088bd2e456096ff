package nl.entree.forecast.model;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood estimation of one ETS form.
 *
 * <p>The optimiser (Nelder-Mead on logit-transformed bounds) searches the smoothing parameters within the usual region
 * 0 &lt; α &lt; 1, 0 &lt; β &lt; α, 0 &lt; γ &lt; 1 − α, 0.8 ≤ φ ≤ 0.98, written as a box by searching
 * β/α and γ/(1 − α) instead of β and γ, together with the initial level and slope. The initial seasonal states come
 * from a classical decomposition of the first three seasons and are not re-estimated, which keeps the search small
 * (at most six dimensions) and fast.
 *
 * <p>The criterion is that of Hyndman et al.: n·log(Σe²) for additive errors and n·log(Σ(e/ŷ)²) + 2·Σlog|ŷ| for
 * multiplicative errors, over the observed periods only. A gap contributes nothing and the states move on with the
 * one-step prediction, which is what an unobserved period means in a state-space model.
 *
 * <p>The series is divided by its mean absolute value before fitting so that every search variable lives on a scale
 * near 1; ETS is scale-equivariant, so the forecasts are simply multiplied back.
 */
final class EtsFitter {

    static final int FORECAST_PATHS = 1000;
    static final double LOWER = 1e-4;
    static final double UPPER = 0.9999;
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.98;
    private static final double PENALTY = 1e12;
    private static final int MAX_EVALUATIONS = 3000;

    private EtsFitter() {
    }

    static EtsFit fit(EtsForm form, double[] values, int seasonLength, int paths) {
        return fit(form, values, seasonLength, paths, null);
    }

    /**
     * @param warmStart the search coordinates of an earlier fit of the same form on a shorter window (a backtest
     *                  origin before this one), or null; a warm start searches once from there with a smaller simplex
     */
    static EtsFit fit(EtsForm form, double[] values, int seasonLength, int paths, double[] warmStart) {
        int m = form.seasonal() ? seasonLength : 1;
        check(form, values, seasonLength);
        double scale = Stats.meanAbs(values);
        if (!(scale > 0)) {
            scale = 1;
        }
        double[] y = new double[values.length];
        for (int t = 0; t < y.length; t++) {
            y[t] = values[t] / scale;
        }
        EtsParameters start = initialStates(form, y, m);
        double spreadLevel = Math.max(spread(y), 1e-3);
        double spreadSlope = spreadLevel / 4;

        SearchBox box = SearchBox.of(form);
        int dimension = box.lower().length;
        double[] lower = box.lower();
        double[] upper = box.upper();
        double[] guess = box.guess();

        boolean warm = warmStart != null && warmStart.length == dimension;
        if (warm) {
            for (int j = 0; j < dimension; j++) {
                guess[j] = Math.min(Math.max(warmStart[j], lower[j] + 1e-6), upper[j] - 1e-6);
            }
        }
        Filter filter = new Filter(form, y, m);
        double[] best = guess.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        double[] point = new double[dimension];
        ObjectiveFunction objective = new ObjectiveFunction(z -> {
            toBox(z, lower, upper, point);
            EtsParameters p = decode(form, point, start, spreadLevel, spreadSlope);
            double value = filter.run(p) ? filter.criterion() : PENALTY;
            if (value < bestValue[0]) {
                bestValue[0] = value;
                System.arraycopy(point, 0, best, 0, dimension);
            }
            return value;
        });
        double[] z0 = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            z0[j] = Math.log((guess[j] - lower[j]) / (upper[j] - guess[j]));
        }
        // Nelder-Mead in logit coordinates: the box becomes unbounded and the optimiser's own cost stays negligible
        // next to the likelihood (BOBYQA's bookkeeping cost ten times the likelihood on series of this length).
        SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-7, 1e-5));
        int rounds = warm ? 1 : 2;
        for (int round = 0; round < rounds; round++) {
            try {
                optimizer.optimize(new MaxEval(MAX_EVALUATIONS), objective, GoalType.MINIMIZE, new InitialGuess(z0),
                        new NelderMeadSimplex(dimension, warm ? 0.3 : 1.0));
            } catch (TooManyEvaluationsException stoppedEarly) {
                // The best point seen so far is kept below: a slow convergence is not a failure.
            }
            // A restart from the best point guards against a simplex that collapsed early.
            for (int j = 0; j < dimension; j++) {
                double inside = Math.min(Math.max(best[j], lower[j] + 1e-9), upper[j] - 1e-9);
                z0[j] = Math.log((inside - lower[j]) / (upper[j] - inside));
            }
        }
        EtsParameters estimate = decode(form, best, start, spreadLevel, spreadSlope);
        if (!filter.run(estimate)) {
            throw new IllegalArgumentException("values: " + form.name() + " cannot be fitted to this series");
        }
        return EtsFit.of(form, m, values.length, scale, estimate, filter, paths, best);
    }

    /** Runs the recursions with given parameters, in the units of the data (for hand-checked forecasts). */
    static EtsFit withParameters(EtsForm form, double[] values, int seasonLength, EtsParameters parameters) {
        int m = form.seasonal() ? seasonLength : 1;
        check(form, values, seasonLength);
        Filter filter = new Filter(form, values, m);
        if (!filter.run(parameters)) {
            throw new IllegalArgumentException("parameters: the recursions break down on this series");
        }
        return EtsFit.of(form, m, values.length, 1, parameters, filter, FORECAST_PATHS, null);
    }

    private static void check(EtsForm form, double[] values, int seasonLength) {
        if (Stats.observed(values) < Forecaster.MIN_FOR_ETS) {
            throw new IllegalArgumentException("values: ETS needs at least " + Forecaster.MIN_FOR_ETS
                    + " observations");
        }
        if (form.seasonal() && (seasonLength < 2 || values.length < 2 * seasonLength)) {
            throw new IllegalArgumentException("model: " + form.name() + " needs at least two full seasons");
        }
        if (form.needsPositiveData()) {
            for (double v : values) {
                if (v <= 0) {
                    throw new IllegalArgumentException("model: " + form.name() + " needs strictly positive values");
                }
            }
        }
    }

    /**
     * The search variables, in order: α, β/α, γ/(1 − α), (φ − 0.8)/0.18, then the offsets of the initial level and
     * slope from their decomposition values in units of the data's spread. Only those the form has.
     */
    private record SearchBox(double[] lower, double[] upper, double[] guess) {

        static SearchBox of(EtsForm form) {
            int dimension = 2 + (form.trended() ? 2 : 0) + (form.seasonal() ? 1 : 0) + (form.damped() ? 1 : 0);
            SearchBox box = new SearchBox(new double[dimension], new double[dimension], new double[dimension]);
            int i = 0;
            i = box.set(i, LOWER, UPPER, 0.3);
            if (form.trended()) {
                i = box.set(i, LOWER, UPPER, 0.1);
            }
            if (form.seasonal()) {
                i = box.set(i, LOWER, UPPER, 0.1);
            }
            if (form.damped()) {
                i = box.set(i, 0, 1, 0.5);
            }
            i = box.set(i, -1, 1, 0);
            if (form.trended()) {
                box.set(i, -1, 1, 0);
            }
            return box;
        }

        private int set(int i, double low, double high, double start) {
            lower[i] = low;
            upper[i] = high;
            guess[i] = start;
            return i + 1;
        }
    }

    private static void toBox(double[] z, double[] lower, double[] upper, double[] x) {
        for (int j = 0; j < z.length; j++) {
            x[j] = lower[j] + (upper[j] - lower[j]) / (1 + Math.exp(-z[j]));
        }
    }

    private static EtsParameters decode(EtsForm form, double[] x, EtsParameters start, double spreadLevel,
            double spreadSlope) {
        int i = 0;
        double alpha = x[i++];
        double beta = form.trended() ? alpha * x[i++] : 0;
        double gamma = form.seasonal() ? (1 - alpha) * x[i++] : 0;
        double phi = form.damped() ? PHI_LOWER + (PHI_UPPER - PHI_LOWER) * x[i++] : 1;
        double level = start.level() + spreadLevel * x[i++];
        double slope = form.trended() ? start.slope() + spreadSlope * x[i] : 0;
        return new EtsParameters(alpha, beta, gamma, phi, level, slope, start.seasonals());
    }

    private static double spread(double[] y) {
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                sum += v;
                sumSq += v * v;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    }

    /**
     * Starting states from a classical decomposition: seasonal indices from a centred moving average over the first
     * three seasons, then level and slope from a straight line through the first seasonally adjusted values.
     */
    static EtsParameters initialStates(EtsForm form, double[] observed, int m) {
        double[] y = Decomposition.interpolated(observed);
        boolean multiplicative = form.season() == EtsForm.Season.MULTIPLICATIVE;
        double[] seasonals = new double[m];
        java.util.Arrays.fill(seasonals, multiplicative ? 1 : 0);
        if (form.seasonal()) {
            int k = Math.min(y.length, 3 * m);
            double[] sum = new double[m];
            int[] count = new int[m];
            int half = m / 2;
            for (int t = half; t + half < k; t++) {
                double ma = Decomposition.centredMovingAverage(y, t, m);
                if (Double.isNaN(ma) || Double.isNaN(y[t]) || ma == 0) {
                    continue;
                }
                sum[t % m] += multiplicative ? y[t] / ma : y[t] - ma;
                count[t % m]++;
            }
            double total = 0;
            for (int pos = 0; pos < m; pos++) {
                seasonals[pos] = count[pos] > 0 ? sum[pos] / count[pos] : (multiplicative ? 1 : 0);
                total += seasonals[pos];
            }
            double centre = total / m;
            for (int pos = 0; pos < m; pos++) {
                if (multiplicative) {
                    seasonals[pos] = centre > 0 ? seasonals[pos] / centre : 1;
                    seasonals[pos] = Math.max(seasonals[pos], 1e-3);
                } else {
                    seasonals[pos] -= centre;
                }
            }
        }
        int window = Math.min(y.length, form.seasonal() ? Math.max(10, 2 * m) : 10);
        double sumT = 0;
        double sumD = 0;
        int n = 0;
        double[] adjusted = new double[window];
        for (int t = 0; t < window; t++) {
            adjusted[t] = multiplicative ? y[t] / seasonals[t % m] : y[t] - seasonals[t % m];
            if (!Double.isNaN(adjusted[t])) {
                sumT += t;
                sumD += adjusted[t];
                n++;
            }
        }
        if (n == 0) {
            double first = Double.NaN;
            for (double v : y) {
                if (!Double.isNaN(v)) {
                    first = v;
                    break;
                }
            }
            return new EtsParameters(0, 0, 0, 1, first, 0, seasonals);
        }
        double meanT = sumT / n;
        double meanD = sumD / n;
        if (!form.trended() || n < 2) {
            return new EtsParameters(0, 0, 0, 1, meanD, 0, seasonals);
        }
        double sxx = 0;
        double sxy = 0;
        for (int t = 0; t < window; t++) {
            if (!Double.isNaN(adjusted[t])) {
                sxx += (t - meanT) * (t - meanT);
                sxy += (t - meanT) * (adjusted[t] - meanD);
            }
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        double intercept = meanD - slope * meanT;
        // The state before the first period: one step back along the line.
        return new EtsParameters(0, 0, 0, 1, intercept - slope, slope, seasonals);
    }

    /**
     * The state-space recursions (Hyndman et al. 2008, table 2.3). With r = y − ŷ the raw error, the state updates
     * are the same for additive and multiplicative errors; only the likelihood differs.
     */
    static final class Filter {
        private final EtsForm form;
        private final double[] y;
        private final int m;
        final double[] seasonals;
        double level;
        double slope;
        double sse;
        double logSum;
        int count;

        Filter(EtsForm form, double[] y, int m) {
            this.form = form;
            this.y = y;
            this.m = m;
            this.seasonals = new double[m];
        }

        /** False when the recursions leave the region where the model makes sense (non-positive ŷ or level). */
        boolean run(EtsParameters p) {
            double l = p.level();
            double b = p.slope();
            System.arraycopy(p.seasonals(), 0, seasonals, 0, m);
            boolean multiplicativeSeason = form.season() == EtsForm.Season.MULTIPLICATIVE;
            boolean additiveSeason = form.season() == EtsForm.Season.ADDITIVE;
            boolean positive = form.needsPositiveData();
            double phi = form.damped() ? p.phi() : 1;
            boolean trended = form.trended();
            double alpha = p.alpha();
            double beta = p.beta();
            double gamma = p.gamma();
            double squares = 0;
            double logs = 0;
            double product = 1;
            int observed = 0;
            int pos = -1;
            for (int t = 0; t < y.length; t++) {
                pos = pos + 1 == m ? 0 : pos + 1;
                double damped = trended ? phi * b : 0;
                double q = l + damped;
                double s = seasonals[pos];
                double forecast = multiplicativeSeason ? q * s : additiveSeason ? q + s : q;
                if (positive && (!(forecast > 0) || !(q > 0))) {
                    return false;
                }
                if (!Double.isFinite(forecast)) {
                    return false;
                }
                double r = 0;
                if (!Double.isNaN(y[t])) {
                    r = y[t] - forecast;
                    if (form.multiplicativeError()) {
                        double relative = r / forecast;
                        squares += relative * relative;
                        // One logarithm per eight periods instead of one per period: it was a sizeable part of the
                        // likelihood's cost. The series is scaled to a mean near 1, so eight forecasts multiply
                        // far from overflow; a diverging fit becomes infinite and loses, as before.
                        product *= forecast;
                        if ((observed & 7) == 7) {
                            logs += Math.log(product);
                            product = 1;
                        }
                    } else {
                        squares += r * r;
                    }
                    observed++;
                }
                if (multiplicativeSeason) {
                    l = q + alpha * r / s;
                    b = damped + beta * r / s;
                    seasonals[pos] = s + gamma * r / q;
                } else {
                    l = q + alpha * r;
                    b = damped + beta * r;
                    if (additiveSeason) {
                        seasonals[pos] = s + gamma * r;
                    }
                }
            }
            level = l;
            slope = trended ? b : 0;
            sse = squares;
            logSum = logs + Math.log(product);
            count = observed;
            return Double.isFinite(l) && Double.isFinite(b) && Double.isFinite(squares);
        }

        /** −2·log-likelihood up to a constant, as in Hyndman et al. */
        double criterion() {
            return count * Math.log(Math.max(sse, 1e-300)) + 2 * logSum;
        }
    }
}
