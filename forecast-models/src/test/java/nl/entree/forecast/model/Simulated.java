package nl.entree.forecast.model;

import java.util.Random;

/** Series drawn from known models, written out independently of the fitting code. */
final class Simulated {

    private Simulated() {
    }

    /** ETS(A,Ad,N) (φ = 1 for an undamped trend, β = 0 and slope 0 for no trend) with Gaussian errors. */
    static double[] additiveTrend(long seed, int n, double alpha, double beta, double phi, double level,
            double slope, double sigma) {
        Random random = new Random(seed);
        double[] y = new double[n];
        double l = level;
        double b = slope;
        for (int t = 0; t < n; t++) {
            double e = sigma * random.nextGaussian();
            y[t] = l + phi * b + e;
            double newLevel = l + phi * b + alpha * e;
            b = phi * b + beta * e;
            l = newLevel;
        }
        return y;
    }

    /** ETS(A,N,A) with a sine-shaped initial season of the given amplitude. */
    static double[] additiveSeason(long seed, int n, int m, double alpha, double gamma, double level,
            double amplitude, double sigma) {
        Random random = new Random(seed);
        double[] season = new double[m];
        for (int j = 0; j < m; j++) {
            season[j] = amplitude * Math.sin(2 * Math.PI * j / m);
        }
        double[] y = new double[n];
        double l = level;
        for (int t = 0; t < n; t++) {
            double e = sigma * random.nextGaussian();
            y[t] = l + season[t % m] + e;
            l += alpha * e;
            season[t % m] += gamma * e;
        }
        return y;
    }
}
