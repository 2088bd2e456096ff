package nl.entree.forecast.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Makes forecasts that must add up add up: the national total, the organisations and the regions are each
 * forecast on their own, and their means rarely agree. The base forecasts are projected onto the coherent ones,
 *
 * <pre>ỹ = ŷ − W Cᵀ (C W Cᵀ)⁻¹ C ŷ,</pre>
 *
 * where each row of {@code C} is one relation that must be zero (the total less its parts) and {@code W} weighs how
 * far each forecast may move. This is the MinT solution (Wickramasuriya, Athanasopoulos and Hyndman 2019) in the
 * zero-constrained form of Girolimetto, Athanasopoulos, Di Fonzo and Hyndman (2024), which takes a structure with
 * two ways of splitting one total (organisations, regions) as it is, without a bottom level of organisation ×
 * region, whose series would count a few cases a month.
 *
 * <p>{@link Method#OLS} moves every forecast by the same measure ({@code W = I}). {@link Method#WLS} weighs each by
 * the variance of its own forecast ({@code W = diag(σ²)}, MinT with a diagonal covariance): a noisy forecast moves
 * more than a steady one. Full MinT would also need the covariance between the series' errors, estimated from
 * in-sample residuals the models here do not keep; the diagonal form is what the literature recommends when that
 * estimate is poor. Written by hand because no maintained Java library reconciles forecasts; the algebra is a few
 * lines of commons-math.
 */
public final class Reconciliation {

    public enum Method {
        OLS, WLS
    }

    private Reconciliation() {
    }

    /**
     * @param base        {@code base[i][h]}: the mean of series i, h steps ahead
     * @param constraints {@code constraints[k][i]}: relation k is Σ_i constraints[k][i] · y_i = 0
     * @param variances   {@code variances[i][h]}: the variance of base[i][h]; ignored for OLS
     * @return the reconciled means, in the same layout as {@code base}
     */
    public static double[][] reconcile(double[][] base, double[][] constraints, double[][] variances, Method method) {
        int n = base.length;
        if (n == 0) {
            return new double[0][];
        }
        if (constraints.length == 0) {
            return copy(base);
        }
        for (double[] relation : constraints) {
            if (relation.length != n) {
                throw new IllegalArgumentException("constraints: every relation needs a weight for each of the "
                        + n + " series");
            }
        }
        int horizon = base[0].length;
        RealMatrix c = new Array2DRowRealMatrix(constraints, true);
        double[][] out = new double[n][horizon];
        for (int h = 0; h < horizon; h++) {
            double[] w = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = base[i][h];
                w[i] = method == Method.OLS ? 1 : positive(variances[i][h]);
            }
            RealMatrix wct = c.transpose().copy();
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < constraints.length; k++) {
                    wct.multiplyEntry(i, k, w[i]);
                }
            }
            RealVector gap = c.operate(new ArrayRealVector(y, false));
            RealVector lambda = new LUDecomposition(c.multiply(wct)).getSolver().solve(gap);
            RealVector adjusted = new ArrayRealVector(y).subtract(wct.operate(lambda));
            for (int i = 0; i < n; i++) {
                out[i][h] = adjusted.getEntry(i);
            }
        }
        return out;
    }

    /** The variance behind an 80% band, as if it were normal: ((upper − lower) / (2 × 1.2816))². */
    public static double varianceFrom80(double lower, double upper) {
        double sd = (upper - lower) / (2 * 1.2815515655446004);
        return sd * sd;
    }

    /** A forecast with no spread would never move; give it a floor so the system stays solvable. */
    private static double positive(double variance) {
        return Double.isFinite(variance) && variance > 1e-9 ? variance : 1e-9;
    }

    private static double[][] copy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].clone();
        }
        return out;
    }
}
