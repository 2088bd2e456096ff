package nl.entree.forecast.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.util.Pair;

/**
 * A seasonal ARIMA model fitted by conditional sum of squares (CSS, as R's {@code arima(method = "CSS")}): the
 * differenced series w = (1 − B)^d (1 − B^m)^D y satisfies φ(B)Φ(B^m)(w − μ) = θ(B)Θ(B^m)e, the residuals before the
 * first {@code conditioning} differenced periods are taken as zero, and Σe² is minimised by commons-math3's
 * Levenberg–Marquardt.
 *
 * <p>The search runs over the partial autocorrelations through tanh (Jones 1980, as R does for its maximum
 * likelihood), so every AR part it can reach is stationary and every MA part invertible: no order needs to be
 * rejected afterwards. σ² = Σe²/n (n residuals, as R); AICc = n·log σ² + 2k + 2k(k+1)/(n − k − 1) with k counting σ².
 *
 * <p>Forecasts run the recursion of the undifferenced model with future errors zero; the variance h periods ahead
 * is σ²·Σ_{j<h} ψ_j², ψ the weights of θ(B)Θ(B^m) / (φ(B)Φ(B^m)(1 − B)^d(1 − B^m)^D). Gaps are filled by straight
 * lines first: CSS needs a complete series.
 */
final class ArimaFit implements FittedModel {

    private static final int MAX_EVALUATIONS = 400;
    private static final double STEP = 1e-6;
    /** Stop when Σe² improves by less than this share: far below what changes a forecast. */
    private static final double RELATIVE_TOLERANCE = 1e-7;

    private final ArimaOrder order;
    private final double scale;
    private final double[] ar;
    private final double[] ma;
    private final double seasonalAr;
    private final double seasonalMa;
    private final double mu;
    private final double sigma2;
    private final int residualCount;
    private final double[] y;
    private final double[] residuals;
    private final double[] searchPoint;

    private ArimaFit(ArimaOrder order, double scale, Coefficients c, double sigma2, int residualCount, double[] y,
            double[] residuals, double[] searchPoint) {
        this.order = order;
        this.scale = scale;
        this.ar = c.ar;
        this.ma = c.ma;
        this.seasonalAr = c.seasonalAr;
        this.seasonalMa = c.seasonalMa;
        this.mu = c.mu;
        this.sigma2 = sigma2;
        this.residualCount = residualCount;
        this.y = y;
        this.residuals = residuals;
        this.searchPoint = searchPoint;
    }

    /** The coefficients in the notation of R: φ(B) = 1 − φ₁B − φ₂B², θ(B) = 1 + θ₁B + θ₂B². */
    record Coefficients(double[] ar, double[] ma, double seasonalAr, double seasonalMa, double mu) {
    }

    static ArimaFit fit(ArimaOrder order, double[] values, double[] warmStart) {
        double[] y = scaled(order, values);
        double scale = scaleOf(values);
        double[] w = differenced(order, y);
        int start = Math.max(order.conditioning(), order.ownConditioning());
        int count = w.length - start;
        if (count < order.parameterCount() + 2) {
            throw new IllegalArgumentException("values: too short for " + order.name());
        }
        int dimension = order.parameterCount() - 1;
        double[] x0 = new double[dimension];
        if (order.constant()) {
            double sum = 0;
            for (double v : w) {
                sum += v;
            }
            x0[dimension - 1] = sum / w.length;
        }
        if (warmStart != null && warmStart.length == dimension) {
            x0 = warmStart.clone();
        }
        // A drift is the mean change; estimated jointly it is barely identified when a seasonal AR root is near one
        // (it enters the residuals times φ(1)Φ(1)), and a drift off by a factor of four ruins a long horizon.
        boolean fixedDrift = order.constant() && order.d() + order.seasonalD() > 0;
        if (fixedDrift) {
            double sum = 0;
            for (double v : w) {
                sum += v;
            }
            x0[dimension - 1] = sum / w.length;
        }
        int searched = fixedDrift ? dimension - 1 : dimension;
        double[] best = x0.clone();
        if (searched > 0) {
            double[] bestSse = {Double.POSITIVE_INFINITY};
            double[] e = new double[w.length];
            double[] full = x0.clone();
            MultivariateJacobianFunction model = point -> {
                double[] x = full;
                System.arraycopy(point.toArray(), 0, x, 0, searched);
                double[] r = residualVector(order, w, start, decode(order, x), e);
                double sse = sumOfSquares(r);
                if (sse < bestSse[0]) {
                    bestSse[0] = sse;
                    System.arraycopy(x, 0, best, 0, dimension);
                }
                double[][] jacobian = new double[r.length][searched];
                for (int j = 0; j < searched; j++) {
                    double saved = x[j];
                    x[j] = saved + STEP;
                    double[] shifted = residualVector(order, w, start, decode(order, x), e);
                    x[j] = saved;
                    for (int i = 0; i < r.length; i++) {
                        jacobian[i][j] = (shifted[i] - r[i]) / STEP;
                    }
                }
                return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(jacobian, false));
            };
            try {
                new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                        .start(Arrays.copyOf(x0, searched))
                        .model(model)
                        .target(new double[count])
                        .lazyEvaluation(false)
                        .checker((iteration, previous, current) -> iteration > 1
                                && Math.abs(previous.getCost() - current.getCost())
                                        <= RELATIVE_TOLERANCE * Math.max(current.getCost(), 1e-12))
                        .maxEvaluations(MAX_EVALUATIONS)
                        .maxIterations(MAX_EVALUATIONS)
                        .build());
            } catch (MathIllegalStateException stoppedEarly) {
                // The best point seen so far is kept: a slow convergence is not a failure.
            }
        }
        return of(order, scale, y, w, start, decode(order, best), best);
    }

    /** With the coefficients given (in the units of the data), for forecasts checked by hand. */
    static ArimaFit withCoefficients(ArimaOrder order, double[] values, Coefficients coefficients) {
        double[] y = Decomposition.interpolated(values);
        double[] w = differenced(order, y);
        int start = Math.max(order.conditioning(), order.ownConditioning());
        return of(order, 1, y, w, start, coefficients, null);
    }

    private static ArimaFit of(ArimaOrder order, double scale, double[] y, double[] w, int start, Coefficients c,
            double[] searchPoint) {
        double[] e = new double[w.length];
        double[] r = residualVector(order, w, start, c, e);
        double sigma2 = sumOfSquares(r) / r.length;
        double[] residuals = new double[y.length];
        int loss = order.differencingLoss();
        for (int t = 0; t < w.length; t++) {
            residuals[t + loss] = e[t];
        }
        return new ArimaFit(order, scale, c, sigma2, r.length, y, residuals, searchPoint);
    }

    private static double scaleOf(double[] values) {
        double scale = Stats.meanAbs(values);
        return scale > 0 ? scale : 1;
    }

    private static double[] scaled(ArimaOrder order, double[] values) {
        double[] y = Decomposition.interpolated(values);
        if (order.differencingLoss() >= y.length) {
            throw new IllegalArgumentException("values: too short for " + order.name());
        }
        double scale = scaleOf(values);
        for (int t = 0; t < y.length; t++) {
            y[t] /= scale;
        }
        return y;
    }

    static double[] differenced(ArimaOrder order, double[] y) {
        double[] w = y;
        for (int i = 0; i < order.d(); i++) {
            w = difference(w, 1);
        }
        for (int i = 0; i < order.seasonalD(); i++) {
            w = difference(w, order.m());
        }
        return w;
    }

    private static double[] difference(double[] y, int lag) {
        double[] out = new double[Math.max(0, y.length - lag)];
        for (int t = 0; t < out.length; t++) {
            out[t] = y[t + lag] - y[t];
        }
        return out;
    }

    /** The residuals from {@code start} on; {@code e} (length of w) receives all of them, zero before start. */
    private static double[] residualVector(ArimaOrder order, double[] w, int start, Coefficients c, double[] e) {
        // Only the non-zero lags: a seasonal polynomial of degree 14 has five of them.
        double[] a = arPolynomial(order, c);
        double[] theta = maPolynomial(order, c);
        int[] arLags = nonZeroLags(a);
        int[] maLags = nonZeroLags(theta);
        Arrays.fill(e, 0);
        double[] r = new double[w.length - start];
        double mu = c.mu;
        for (int t = start; t < w.length; t++) {
            double value = w[t] - mu;
            for (int lag : arLags) {
                value += a[lag] * (w[t - lag] - mu);
            }
            for (int lag : maLags) {
                if (t - lag >= start) {
                    value -= theta[lag] * e[t - lag];
                }
            }
            e[t] = value;
            r[t - start] = value;
        }
        return r;
    }

    private static int[] nonZeroLags(double[] polynomial) {
        int count = 0;
        for (int i = 1; i < polynomial.length; i++) {
            count += polynomial[i] != 0 ? 1 : 0;
        }
        int[] lags = new int[count];
        int k = 0;
        for (int i = 1; i < polynomial.length; i++) {
            if (polynomial[i] != 0) {
                lags[k++] = i;
            }
        }
        return lags;
    }

    private static double sumOfSquares(double[] r) {
        double sum = 0;
        for (double v : r) {
            sum += v * v;
        }
        return Double.isFinite(sum) ? sum : Double.MAX_VALUE;
    }

    /** φ(B)Φ(B^m) as polynomial coefficients: index i holds the coefficient of B^i (index 0 is 1). */
    private static double[] arPolynomial(ArimaOrder order, Coefficients c) {
        double[] phi = new double[order.p() + 1];
        phi[0] = 1;
        for (int i = 0; i < order.p(); i++) {
            phi[i + 1] = -c.ar[i];
        }
        if (order.seasonalP() == 0) {
            return phi;
        }
        double[] seasonal = new double[order.m() + 1];
        seasonal[0] = 1;
        seasonal[order.m()] = -c.seasonalAr;
        return multiply(phi, seasonal);
    }

    /** θ(B)Θ(B^m) as polynomial coefficients. */
    private static double[] maPolynomial(ArimaOrder order, Coefficients c) {
        double[] theta = new double[order.q() + 1];
        theta[0] = 1;
        for (int j = 0; j < order.q(); j++) {
            theta[j + 1] = c.ma[j];
        }
        if (order.seasonalQ() == 0) {
            return theta;
        }
        double[] seasonal = new double[order.m() + 1];
        seasonal[0] = 1;
        seasonal[order.m()] = c.seasonalMa;
        return multiply(theta, seasonal);
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] product = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                for (int j = 0; j < b.length; j++) {
                    product[i + j] += a[i] * b[j];
                }
            }
        }
        return product;
    }

    /**
     * Search coordinates to coefficients: tanh of each coordinate is a partial autocorrelation; the Durbin–Levinson
     * recursion turns partial autocorrelations into a stationary AR polynomial (and, with the sign turned, into an
     * invertible MA polynomial). The constant is searched as it is.
     */
    private static Coefficients decode(ArimaOrder order, double[] x) {
        int i = 0;
        double[] ar = fromPartials(x, i, order.p());
        i += order.p();
        double[] ma = fromPartials(x, i, order.q());
        for (int j = 0; j < ma.length; j++) {
            ma[j] = -ma[j];
        }
        i += order.q();
        double seasonalAr = order.seasonalP() > 0 ? Math.tanh(x[i++]) : 0;
        double seasonalMa = order.seasonalQ() > 0 ? Math.tanh(x[i++]) : 0;
        double mu = order.constant() ? x[i] : 0;
        return new Coefficients(ar, ma, seasonalAr, seasonalMa, mu);
    }

    private static double[] fromPartials(double[] x, int offset, int count) {
        double[] phi = new double[count];
        double[] previous = new double[count];
        for (int k = 0; k < count; k++) {
            double partial = Math.tanh(x[offset + k]);
            System.arraycopy(phi, 0, previous, 0, k);
            phi[k] = partial;
            for (int j = 0; j < k; j++) {
                phi[j] = previous[j] - partial * previous[k - 1 - j];
            }
        }
        return phi;
    }

    double[] searchPoint() {
        return searchPoint;
    }

    ArimaOrder order() {
        return order;
    }

    double aicc() {
        int k = order.parameterCount();
        int n = residualCount;
        if (n - k - 1 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return n * Math.log(Math.max(sigma2, 1e-300)) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
    }

    @Override
    public String name() {
        return order.name();
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 0; i < ar.length; i++) {
            parameters.put("ar" + (i + 1), ar[i]);
        }
        for (int j = 0; j < ma.length; j++) {
            parameters.put("ma" + (j + 1), ma[j]);
        }
        if (order.seasonalP() > 0) {
            parameters.put("sar1", seasonalAr);
        }
        if (order.seasonalQ() > 0) {
            parameters.put("sma1", seasonalMa);
        }
        if (order.constant()) {
            parameters.put(order.d() + order.seasonalD() == 0 ? "mean" : "drift", mu * scale);
        }
        parameters.put("sigma", Math.sqrt(sigma2) * scale);
        parameters.put("aicc", aicc());
        return parameters;
    }

    /** The model of the undifferenced series as y_t = c + Σ A_i y_{t−i} + e_t + Σ θ_j e_{t−j}: index 0 unused. */
    private double[] fullAr() {
        Coefficients c = new Coefficients(ar, ma, seasonalAr, seasonalMa, mu);
        double[] polynomial = arPolynomial(order, c);
        for (int i = 0; i < order.d(); i++) {
            polynomial = multiply(polynomial, new double[] {1, -1});
        }
        for (int i = 0; i < order.seasonalD(); i++) {
            double[] seasonal = new double[order.m() + 1];
            seasonal[0] = 1;
            seasonal[order.m()] = -1;
            polynomial = multiply(polynomial, seasonal);
        }
        double[] a = new double[polynomial.length];
        for (int i = 1; i < a.length; i++) {
            a[i] = -polynomial[i];
        }
        return a;
    }

    @Override
    public double[] mean(int horizon) {
        double[] a = fullAr();
        double[] theta = maPolynomial(order, new Coefficients(ar, ma, seasonalAr, seasonalMa, mu));
        double arAtOne = 0;
        for (double v : arPolynomial(order, new Coefficients(ar, ma, seasonalAr, seasonalMa, mu))) {
            arAtOne += v;
        }
        // The constant of the undifferenced recursion: φ(1)Φ(1)·μ.
        double constant = arAtOne * mu;
        int n = y.length;
        double[] yy = Arrays.copyOf(y, n + horizon);
        double[] ee = Arrays.copyOf(residuals, n + horizon);
        double[] mean = new double[horizon];
        for (int t = n; t < n + horizon; t++) {
            double value = constant;
            for (int i = 1; i < a.length && t - i >= 0; i++) {
                value += a[i] * yy[t - i];
            }
            for (int j = 1; j < theta.length && t - j >= 0; j++) {
                value += theta[j] * ee[t - j];
            }
            yy[t] = value;
            mean[t - n] = value * scale;
        }
        return mean;
    }

    /** ψ weights of the undifferenced model, ψ₀ = 1. */
    double[] psi(int horizon) {
        double[] a = fullAr();
        double[] theta = maPolynomial(order, new Coefficients(ar, ma, seasonalAr, seasonalMa, mu));
        double[] psi = new double[horizon];
        psi[0] = 1;
        for (int j = 1; j < horizon; j++) {
            double value = j < theta.length ? theta[j] : 0;
            for (int i = 1; i <= j && i < a.length; i++) {
                value += a[i] * psi[j - i];
            }
            psi[j] = value;
        }
        return psi;
    }

    @Override
    public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
        double[] mean = mean(horizon);
        double[] psi = psi(horizon);
        double[] sd = new double[horizon];
        double cumulative = 0;
        for (int h = 0; h < horizon; h++) {
            cumulative += psi[h] * psi[h];
            sd[h] = Math.sqrt(sigma2 * cumulative) * scale;
        }
        Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
        for (int level : levels) {
            double z = Stats.normalQuantile(level);
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lower[h] = mean[h] - z * sd[h];
                upper[h] = mean[h] + z * sd[h];
            }
            intervals.put(level, new ForecastResult.Interval(lower, upper));
        }
        return intervals;
    }
}
