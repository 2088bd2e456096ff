package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a seasonal ARIMA order as R's {@code auto.arima} does in outline, over a small grid instead of its stepwise
 * search: the differencing first, by tests, then p + q ≤ 2 and P, Q ∈ {0, 1} by AICc of the CSS fit, with a
 * constant (mean or drift) when the series is differenced at most once.
 *
 * <ul>
 * <li>D = 1 when the seasonal strength of a classical decomposition, max(0, 1 − var(remainder)/var(season +
 * remainder)), exceeds 0.64 ({@code nsdiffs}' threshold, which uses STL);</li>
 * <li>d = 1 when the KPSS test (level, Bartlett window of ⌊3√n/13⌋ lags, as {@code ndiffs}) rejects stationarity of
 * the (seasonally differenced) series at 5%, critical value 0.463; at most d = 1 and d + D ≤ 2.</li>
 * </ul>
 * Every order of the grid is scored on the same residuals (the same conditioning), so their AICc compare.
 */
final class ArimaSelection {

    static final double SEASONAL_STRENGTH = 0.64;
    static final double KPSS_CRITICAL_5 = 0.463;
    private static final int MAX_P = 2;

    private ArimaSelection() {
    }

    /** The best fit by AICc, or null when no order could be fitted. */
    static ArimaFit best(double[] values, int seasonLength) {
        double[] y = Decomposition.interpolated(values);
        int m = seasonLength;
        boolean seasonal = m > 1 && y.length >= 3 * m + 4;
        int seasonalD = seasonal && seasonalStrength(y, m) > SEASONAL_STRENGTH ? 1 : 0;
        double[] w = seasonalD == 1 ? seasonalDifference(y, m) : y;
        int d = kpss(w) > KPSS_CRITICAL_5 ? 1 : 0;
        boolean constant = d + seasonalD <= 1;
        int maxP = seasonal ? 1 : 0;
        int conditioning = MAX_P + maxP * m;
        ArimaFit best = null;
        for (ArimaOrder order : grid(d, seasonalD, seasonal ? m : 1, maxP, constant, conditioning)) {
            if (order.minimumLength(m) > values.length) {
                continue;
            }
            ArimaFit fit;
            try {
                fit = ArimaFit.fit(order, values, null);
            } catch (IllegalArgumentException tooShort) {
                continue;
            }
            if (Double.isFinite(fit.aicc()) && (best == null || fit.aicc() < best.aicc())) {
                best = fit;
            }
        }
        return best;
    }

    private static List<ArimaOrder> grid(int d, int seasonalD, int m, int maxSeasonal, boolean constant,
            int conditioning) {
        List<ArimaOrder> orders = new ArrayList<>();
        for (int p = 0; p <= MAX_P; p++) {
            for (int q = 0; q + p <= MAX_P; q++) {
                for (int sp = 0; sp <= maxSeasonal; sp++) {
                    for (int sq = 0; sq <= maxSeasonal; sq++) {
                        orders.add(new ArimaOrder(p, d, q, sp, seasonalD, sq, m, constant, conditioning));
                    }
                }
            }
        }
        return orders;
    }

    /** max(0, 1 − var(R)/var(S + R)) from a classical additive decomposition; 0 when it cannot be computed. */
    static double seasonalStrength(double[] y, int m) {
        double[] figure = Decomposition.figure(y, m, false);
        double sumR = 0;
        double sumRR = 0;
        double sumSR = 0;
        double sumSRSR = 0;
        int n = 0;
        for (int t = 0; t < y.length; t++) {
            double trend = Decomposition.centredMovingAverage(y, t, m);
            if (Double.isNaN(trend)) {
                continue;
            }
            double detrended = y[t] - trend;
            double remainder = detrended - figure[t % m];
            sumR += remainder;
            sumRR += remainder * remainder;
            sumSR += detrended;
            sumSRSR += detrended * detrended;
            n++;
        }
        if (n < 2) {
            return 0;
        }
        double varR = sumRR / n - (sumR / n) * (sumR / n);
        double varSR = sumSRSR / n - (sumSR / n) * (sumSR / n);
        return varSR > 0 ? Math.max(0, 1 - varR / varSR) : 0;
    }

    private static double[] seasonalDifference(double[] y, int m) {
        double[] w = new double[y.length - m];
        for (int t = 0; t < w.length; t++) {
            w[t] = y[t + m] - y[t];
        }
        return w;
    }

    /** The KPSS level-stationarity statistic (Kwiatkowski et al. 1992) with a Bartlett long-run variance. */
    static double kpss(double[] x) {
        int n = x.length;
        if (n < 4) {
            return 0;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] e = new double[n];
        double partial = 0;
        double sumPartialSquares = 0;
        double gamma0 = 0;
        for (int t = 0; t < n; t++) {
            e[t] = x[t] - mean;
            partial += e[t];
            sumPartialSquares += partial * partial;
            gamma0 += e[t] * e[t];
        }
        int lags = (int) Math.floor(3 * Math.sqrt(n) / 13);
        double longRun = gamma0;
        for (int s = 1; s <= lags; s++) {
            double gamma = 0;
            for (int t = s; t < n; t++) {
                gamma += e[t] * e[t - s];
            }
            longRun += 2 * (1 - s / (lags + 1.0)) * gamma;
        }
        longRun /= n;
        if (!(longRun > 0)) {
            return 0;
        }
        return sumPartialSquares / ((double) n * n * longRun);
    }
}
