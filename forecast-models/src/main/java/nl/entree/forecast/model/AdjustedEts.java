package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exponential smoothing of the seasonally adjusted series, the approach of R's {@code forecast::stlf(method="ets")}
 * with a classical decomposition instead of STL:
 * <ol>
 * <li>with at least two seasons, the series is divided by (or, with zeros in it, less) the seasonal figure of a
 * classical decomposition over all its years. Unlike {@link Theta} there is no significance test first: on the
 * benchmark, leaving a weak season in cost more than estimating it over seven years;</li>
 * <li>every non-seasonal ETS form (error A/M × trend N/A/Ad) is fitted to what is left;</li>
 * <li>their forecasts are averaged with Akaike weights, {@code exp(-ΔAICc/2)} normalised (Kolassa 2011, "Combining
 * exponential smoothing forecasts using Akaike weights", IJF 27), instead of keeping only the best form;</li>
 * <li>the season is put back.</li>
 * </ol>
 * Why it earns a place next to seasonal ETS: ETS re-estimates each month's seasonal state from the last few years
 * (its γ), so noise in those years moves the season it forecasts. Contact counts have a season that hardly changes
 * (holidays, summer), and a figure averaged over every year estimates it with far less noise. The Akaike weights
 * keep the trend choice from flipping on a small difference in AICc. On the synthetic benchmark suite, whose seasons
 * never change, this model alone scored about 5% better than seasonal ETS; on the real series, whose seasons do, it
 * is level with it (docs/forecast.md).
 *
 * <p>Its own interval is the weighted average of the forms' bounds, re-seasonalised like the mean. The bounds of
 * multiplicative-error forms are the first-order approximation rather than simulated: simulating them took a fifth
 * of all forecasting time, and the forecaster rescales this band on the backtest like every other model.
 */
final class AdjustedEts implements Candidate {

    static final String NAME = "adjusted-ets";

    /** An Akaike weight below this is left out: exp(−14/2) ≈ 0.001. */
    static final double NEGLIGIBLE = 1e-3;

    /** The fit on the whole series whose forms alone are refitted; null to fit every admissible form. */
    private final Fit whole;

    /** Every admissible non-seasonal form. */
    AdjustedEts() {
        this(null);
    }

    /**
     * In a backtest: only the forms that carried weight on the whole series, as the ETS form and the ARIMA order are
     * chosen once on the whole series and re-estimated at every origin, each search starting where the whole
     * series' (or the previous origin's) ended.
     */
    AdjustedEts(Fit whole) {
        this.whole = whole;
    }

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
        return fit(values, seasonLength, whole == null ? null : whole.forms(), whole == null ? null : whole.forms);
    }

    @Override
    public FittedModel refit(double[] values, int seasonLength, FittedModel previous) {
        if (!(previous instanceof Fit fit)) {
            return fit(values, seasonLength);
        }
        return fit(values, seasonLength, whole == null ? null : whole.forms(), fit.forms);
    }

    private static Fit fit(double[] values, int seasonLength, List<EtsForm> only, List<EtsFit> previous) {
        boolean positive = true;
        for (double v : values) {
            positive &= Double.isNaN(v) || v > 0;
        }
        double[] figure = null;
        if (seasonLength > 1 && values.length >= 2 * seasonLength) {
            figure = usable(Decomposition.figure(Decomposition.interpolated(values), seasonLength, positive),
                    positive);
        }
        double[] adjusted = values.clone();
        if (figure != null) {
            for (int t = 0; t < adjusted.length; t++) {
                double f = figure[t % seasonLength];
                adjusted[t] = positive ? values[t] / f : values[t] - f;
            }
        }
        List<EtsFit> forms = new ArrayList<>();
        for (EtsForm form : EtsForm.admissible(false, positive)) {
            if (only != null && !only.contains(form)) {
                continue;
            }
            double[] warmStart = warmStart(previous, form);
            try {
                forms.add(EtsFitter.fit(form, adjusted, 1, 0, warmStart));
            } catch (IllegalArgumentException notApplicable) {
                // too short for this form: the others carry the forecast
            }
        }
        double[] weights = akaikeWeights(forms);
        if (weights == null) {
            throw new IllegalArgumentException("values: no non-seasonal ETS form could be fitted");
        }
        // Forms more than about 14 AICc points behind carry no weight worth refitting at every backtest origin.
        List<EtsFit> kept = new ArrayList<>();
        List<Double> keptWeights = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            if (weights[i] >= NEGLIGIBLE) {
                kept.add(forms.get(i));
                keptWeights.add(weights[i]);
            }
        }
        double sum = keptWeights.stream().mapToDouble(Double::doubleValue).sum();
        return new Fit(kept, keptWeights.stream().mapToDouble(w -> w / sum).toArray(), figure, positive,
                seasonLength, values.length);
    }

    /** A figure with a month near zero cannot be divided by; the series is then used as it is. */
    private static double[] usable(double[] figure, boolean multiplicative) {
        for (double f : figure) {
            if (multiplicative && Math.abs(f) < 1e-4) {
                return null;
            }
        }
        return figure;
    }

    private static double[] warmStart(List<EtsFit> previous, EtsForm form) {
        if (previous == null) {
            return null;
        }
        return previous.stream().filter(f -> f.form().equals(form)).map(EtsFit::searchPoint).findFirst()
                .orElse(null);
    }

    /** Akaike weights of the fits with a finite AICc; null when none has one. */
    static double[] akaikeWeights(List<EtsFit> fits) {
        double best = fits.stream().mapToDouble(EtsFit::aicc).filter(Double::isFinite).min()
                .orElse(Double.NaN);
        if (Double.isNaN(best)) {
            return null;
        }
        double[] weights = new double[fits.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double aicc = fits.get(i).aicc();
            weights[i] = Double.isFinite(aicc) ? Math.exp(-0.5 * (aicc - best)) : 0;
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    static final class Fit implements FittedModel {

        private final List<EtsFit> forms;
        private final double[] weights;
        private final double[] figure;
        private final boolean multiplicative;
        private final int m;
        private final int length;

        private Fit(List<EtsFit> forms, double[] weights, double[] figure, boolean multiplicative, int m,
                int length) {
            this.forms = List.copyOf(forms);
            this.weights = weights;
            this.figure = figure;
            this.multiplicative = multiplicative;
            this.m = m;
            this.length = length;
        }

        @Override
        public String name() {
            return NAME;
        }

        /** Each form's weight under its own name, the seasonal adjustment, and the weighted σ. */
        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> parameters = new LinkedHashMap<>();
            double sigma = 0;
            for (int i = 0; i < forms.size(); i++) {
                parameters.put("weight " + forms.get(i).name(), weights[i]);
                sigma += weights[i] * forms.get(i).sigmaAsR();
            }
            parameters.put("sigma", sigma);
            parameters.put("seasonallyAdjusted", figure == null ? 0.0 : 1.0);
            return parameters;
        }

        double weight(EtsForm form) {
            for (int i = 0; i < forms.size(); i++) {
                if (forms.get(i).form().equals(form)) {
                    return weights[i];
                }
            }
            return 0;
        }

        /** The forms that carry weight. */
        List<EtsForm> forms() {
            return forms.stream().map(EtsFit::form).toList();
        }

        double[] figure() {
            return figure == null ? null : figure.clone();
        }

        @Override
        public double[] mean(int horizon) {
            return reseasonalised(weighted(fit -> fit.mean(horizon), horizon), horizon);
        }

        @Override
        public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
            List<Map<Integer, ForecastResult.Interval>> own = new ArrayList<>();
            for (EtsFit fit : forms) {
                own.add(fit.approximateIntervals(horizon, levels));
            }
            Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
            for (int level : levels) {
                int index = 0;
                double[] lower = new double[horizon];
                double[] upper = new double[horizon];
                for (Map<Integer, ForecastResult.Interval> interval : own) {
                    add(lower, interval.get(level).lower(), weights[index]);
                    add(upper, interval.get(level).upper(), weights[index]);
                    index++;
                }
                intervals.put(level, new ForecastResult.Interval(reseasonalised(lower, horizon),
                        reseasonalised(upper, horizon)));
            }
            return intervals;
        }

        private double[] weighted(java.util.function.Function<EtsFit, double[]> row, int horizon) {
            double[] sum = new double[horizon];
            for (int i = 0; i < forms.size(); i++) {
                add(sum, row.apply(forms.get(i)), weights[i]);
            }
            return sum;
        }

        private static void add(double[] sum, double[] row, double weight) {
            if (weight == 0) {
                return;
            }
            for (int h = 0; h < sum.length; h++) {
                sum[h] += weight * row[h];
            }
        }

        private double[] reseasonalised(double[] adjusted, int horizon) {
            if (figure == null) {
                return adjusted;
            }
            double[] out = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                double f = figure[(length + h) % m];
                out[h] = multiplicative ? adjusted[h] * f : adjusted[h] + f;
            }
            return out;
        }
    }
}
