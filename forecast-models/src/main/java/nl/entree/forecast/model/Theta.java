package nl.entree.forecast.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard Theta method (Assimakopoulos and Nikolopoulos 2000) in the form of Hyndman and Billah (2003) and R's
 * {@code forecast::thetaf}: simple exponential smoothing with drift equal to half the slope of a straight line
 * through the data.
 *
 * <ol>
 * <li>With more than two full seasons and a significant autocorrelation at the seasonal lag (thetaf's 90% test), the
 * series is divided by the seasonal figure of a classical multiplicative decomposition (additive when the data are
 * not strictly positive, where thetaf has no answer);</li>
 * <li>ETS(A,N,N) is fitted to the adjusted series by least squares, giving α, the final level ℓ and σ;</li>
 * <li>b is the least-squares slope of the adjusted series on time 0..n−1;</li>
 * <li>the forecast h periods ahead is ℓ + b/2·((h − 1) + (1 − (1 − α)ⁿ)/α), times the seasonal figure;</li>
 * <li>its variance is SES's, σ²·(1 + (h − 1)·α²), σ² = Σe²/(n − 2) as in R. Unlike thetaf, the standard error is scaled by the seasonal figure
 * too, so that a month that is twice as busy also has twice as wide a band.</li>
 * </ol>
 */
final class Theta implements Candidate {

    static final String NAME = "theta";
    private static final EtsForm SES = new EtsForm(false, EtsForm.Trend.NONE, EtsForm.Season.NONE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return Forecaster.MIN_FOR_ETS;
    }

    @Override
    public FittedModel fit(double[] values, int seasonLength) {
        return fit(values, seasonLength, null, null);
    }

    @Override
    public FittedModel refit(double[] values, int seasonLength, FittedModel previous) {
        return fit(values, seasonLength, previous instanceof Fit f ? f.ses.searchPoint() : null, null);
    }

    /** With α and the initial level given instead of estimated, for forecasts checked by hand. */
    static Fit withParameters(double[] values, int seasonLength, double alpha, double initialLevel) {
        return (Fit) new Theta().fit(values, seasonLength, null, new double[] {alpha, initialLevel});
    }

    private FittedModel fit(double[] values, int seasonLength, double[] warmStart, double[] given) {
        int n = values.length;
        boolean positive = true;
        for (double v : values) {
            positive &= Double.isNaN(v) || v > 0;
        }
        double[] complete = Decomposition.interpolated(values);
        double[] figure = null;
        if (Decomposition.seasonal(complete, seasonLength)) {
            figure = Decomposition.figure(complete, seasonLength, positive);
            for (double f : figure) {
                if (positive && Math.abs(f) < 1e-4) {
                    figure = null;
                    break;
                }
            }
        }
        double[] adjusted = values.clone();
        if (figure != null) {
            for (int t = 0; t < n; t++) {
                adjusted[t] = positive ? values[t] / figure[t % seasonLength] : values[t] - figure[t % seasonLength];
            }
        }
        EtsFit ses = given == null
                ? EtsFitter.fit(SES, adjusted, 1, 0, warmStart)
                : EtsFitter.withParameters(SES, adjusted, 1, new EtsParameters(given[0], 0, 0, 1, given[1], 0,
                        new double[] {0}));
        double slope = new LinearTrend().fit(adjusted, 1).parameters().get("slope");
        return new Fit(ses, slope / 2, n, figure, positive, seasonLength);
    }

    static final class Fit implements FittedModel {

        private final EtsFit ses;
        private final double drift;
        private final int length;
        private final double[] figure;
        private final boolean multiplicative;
        private final int m;

        private Fit(EtsFit ses, double drift, int length, double[] figure, boolean multiplicative, int m) {
            this.ses = ses;
            this.drift = drift;
            this.length = length;
            this.figure = figure;
            this.multiplicative = multiplicative;
            this.m = m;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> parameters = new LinkedHashMap<>();
            parameters.put("alpha", alpha());
            parameters.put("drift", drift);
            parameters.put("sigma", ses.sigmaAsR());
            parameters.put("seasonallyAdjusted", figure == null ? 0.0 : 1.0);
            return parameters;
        }

        private double alpha() {
            return Math.max(1e-10, ses.estimate().alpha());
        }

        @Override
        public double[] mean(int horizon) {
            double level = ses.mean(1)[0];
            double alpha = alpha();
            double start = (1 - Math.pow(1 - alpha, length)) / alpha;
            double[] mean = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                mean[h - 1] = reseasonalised(level + drift * ((h - 1) + start), h);
            }
            return mean;
        }

        private double reseasonalised(double adjusted, int h) {
            if (figure == null) {
                return adjusted;
            }
            double f = figure[(length + h - 1) % m];
            return multiplicative ? adjusted * f : adjusted + f;
        }

        @Override
        public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
            double[] mean = mean(horizon);
            double alpha = alpha();
            double sigma = ses.sigmaAsR();
            Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
            for (int level : levels) {
                double z = Stats.normalQuantile(level);
                double[] lower = new double[horizon];
                double[] upper = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    double se = sigma * Math.sqrt(1 + (h - 1) * alpha * alpha);
                    if (figure != null && multiplicative) {
                        se *= figure[(length + h - 1) % m];
                    }
                    lower[h - 1] = mean[h - 1] - z * se;
                    upper[h - 1] = mean[h - 1] + z * se;
                }
                intervals.put(level, new ForecastResult.Interval(lower, upper));
            }
            return intervals;
        }
    }
}
