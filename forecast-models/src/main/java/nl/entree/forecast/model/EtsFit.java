package nl.entree.forecast.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fitted ETS model: its parameters, the states at the end of the series, σ and the information criteria.
 *
 * <p>Intervals: for the linear forms (class 1: additive error, no multiplicative season) the exact forecast variance
 * σ²·(1 + Σ c_j²) with c_j = α + β·(φ + … + φ^j) + γ·[j is a whole number of seasons]. For the other forms the
 * intervals are the empirical quantiles of simulated sample paths, with a fixed seed so that the same series gives
 * the same interval every time.
 */
final class EtsFit implements FittedModel {

    private final EtsForm form;
    private final int m;
    private final int length;
    private final double scale;
    private final EtsParameters parameters;
    private final double level;
    private final double slope;
    private final double[] seasonals;
    private final double sigma;
    private final double aicc;
    private int simulatedHorizon = -1;
    private List<Integer> simulatedLevels;
    private Map<Integer, ForecastResult.Interval> simulatedIntervals;
    private final int paths;
    private final double[] searchPoint;
    private final int observations;
    private final int estimated;

    private EtsFit(EtsForm form, int m, int length, double scale, EtsParameters parameters, double level,
            double slope, double[] seasonals, double sigma, double aicc, int paths, double[] searchPoint, int observations, int estimated) {
        this.form = form;
        this.m = m;
        this.length = length;
        this.scale = scale;
        this.parameters = parameters;
        this.level = level;
        this.slope = slope;
        this.seasonals = seasonals;
        this.sigma = sigma;
        this.aicc = aicc;
        this.paths = paths;
        this.searchPoint = searchPoint;
        this.observations = observations;
        this.estimated = estimated;
    }

    static EtsFit of(EtsForm form, int m, int length, double scale, EtsParameters parameters,
            EtsFitter.Filter filter, int paths, double[] searchPoint) {
        int estimated = 1 + (form.trended() ? 2 : 0) + (form.seasonal() ? 1 + (m - 1) : 0) + (form.damped() ? 1 : 0)
                + 1 + 1;
        int n = filter.count;
        double dof = n - estimated > 0 ? n - estimated : n;
        double sigma = Math.sqrt(filter.sse / dof);
        double aic = filter.criterion() + 2 * estimated;
        double aicc = n - estimated - 1 > 0
                ? aic + 2.0 * estimated * (estimated + 1) / (n - estimated - 1)
                : Double.POSITIVE_INFINITY;
        return new EtsFit(form, m, length, scale, parameters, filter.level, filter.slope, filter.seasonals.clone(),
                sigma, aicc, paths, searchPoint, n, estimated);
    }

    /** Where the optimiser ended, to warm-start a refit on a longer window; null for given parameters. */
    double[] searchPoint() {
        return searchPoint;
    }

    EtsForm form() {
        return form;
    }

    double aicc() {
        return aicc;
    }

    EtsParameters estimate() {
        return parameters;
    }

    /**
     * σ as R's {@code ets} reports it, Σe² divided by n minus the smoothing parameters and initial states only (σ
     * itself not counted); in the units of the data for additive errors.
     */
    double sigmaAsR() {
        int k = estimated - 1;
        double dof = observations - estimated > 0 ? observations - estimated : observations;
        return sigma() * Math.sqrt(dof / Math.max(1, observations - k));
    }

    /** σ in the units of the data for additive errors, relative for multiplicative errors. */
    double sigma() {
        return form.multiplicativeError() ? sigma : sigma * scale;
    }

    @Override
    public String name() {
        return form.name();
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("alpha", parameters.alpha());
        if (form.trended()) {
            map.put("beta", parameters.beta());
        }
        if (form.seasonal()) {
            map.put("gamma", parameters.gamma());
        }
        if (form.damped()) {
            map.put("phi", parameters.phi());
        }
        map.put("sigma", sigma());
        map.put("initialLevel", parameters.level() * scale);
        if (form.trended()) {
            map.put("initialSlope", parameters.slope() * scale);
        }
        map.put("aicc", aicc);
        return map;
    }

    @Override
    public double[] mean(int horizon) {
        double[] mean = new double[horizon];
        double phi = form.damped() ? parameters.phi() : 1;
        double damping = 0;
        double power = 1;
        for (int h = 1; h <= horizon; h++) {
            power *= phi;
            damping += power;
            double q = level + (form.trended() ? damping * slope : 0);
            double s = seasonals[(length + h - 1) % m];
            double value = switch (form.season()) {
                case NONE -> q;
                case ADDITIVE -> q + s;
                case MULTIPLICATIVE -> q * s;
            };
            mean[h - 1] = value * scale;
        }
        return mean;
    }

    @Override
    public Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels) {
        if (form.linear()) {
            return analytic(horizon, levels);
        }
        // A backtest asks the same fit for its band more than once (for itself, and inside the combination), and
        // simulating it is the costliest step of a forecast; the paths have a fixed seed, so the answer is the same.
        synchronized (this) {
            if (simulatedHorizon != horizon || !levels.equals(simulatedLevels)) {
                simulatedIntervals = simulated(horizon, levels);
                simulatedHorizon = horizon;
                simulatedLevels = List.copyOf(levels);
            }
            return simulatedIntervals;
        }
    }

    /**
     * Without sample paths: for additive errors the exact band; for multiplicative errors (without a multiplicative
     * season) the same variance with σ relative to the mean, the first-order approximation of Hyndman et al. (2008,
     * ch. 6), exact one step ahead and a little narrow further out. For a model whose band is rescaled anyway.
     */
    Map<Integer, ForecastResult.Interval> approximateIntervals(int horizon, List<Integer> levels) {
        if (form.season() == EtsForm.Season.MULTIPLICATIVE) {
            return intervals(horizon, levels);
        }
        return analytic(horizon, levels);
    }

    private Map<Integer, ForecastResult.Interval> analytic(int horizon, List<Integer> levels) {
        double[] mean = mean(horizon);
        double[] sd = new double[horizon];
        double phi = form.damped() ? parameters.phi() : 1;
        double sumSquares = 0;
        double damping = 0;
        double power = 1;
        for (int h = 1; h <= horizon; h++) {
            double spread = form.multiplicativeError() ? sigma * Math.abs(mean[h - 1]) : sigma * scale;
            sd[h - 1] = spread * Math.sqrt(1 + sumSquares);
            power *= phi;
            damping += power;
            double c = parameters.alpha() + (form.trended() ? parameters.beta() * damping : 0)
                    + (form.seasonal() && h % m == 0 ? parameters.gamma() : 0);
            sumSquares += c * c;
        }
        Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
        for (int levelPercent : levels) {
            double z = Stats.normalQuantile(levelPercent);
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lower[h] = mean[h] - z * sd[h];
                upper[h] = mean[h] + z * sd[h];
            }
            intervals.put(levelPercent, new ForecastResult.Interval(lower, upper));
        }
        return intervals;
    }

    private Map<Integer, ForecastResult.Interval> simulated(int horizon, List<Integer> levels) {
        double[][] outcomes = new double[horizon][paths];
        SplittableRandom random = new SplittableRandom(seed());
        boolean multiplicativeSeason = form.season() == EtsForm.Season.MULTIPLICATIVE;
        boolean additiveSeason = form.season() == EtsForm.Season.ADDITIVE;
        double phi = form.damped() ? parameters.phi() : 1;
        double[] s = new double[m];
        for (int path = 0; path < paths; path++) {
            double l = level;
            double b = slope;
            System.arraycopy(seasonals, 0, s, 0, m);
            int pos = (length - 1) % m;
            for (int h = 0; h < horizon; h++) {
                pos = pos + 1 == m ? 0 : pos + 1;
                double damped = form.trended() ? phi * b : 0;
                double q = l + damped;
                double season = s[pos];
                double forecast = multiplicativeSeason ? q * season : additiveSeason ? q + season : q;
                double error = sigma * random.nextGaussian();
                double r = form.multiplicativeError() ? forecast * error : error;
                outcomes[h][path] = (forecast + r) * scale;
                if (multiplicativeSeason) {
                    l = q + parameters.alpha() * r / season;
                    b = damped + parameters.beta() * r / season;
                    s[pos] = season + parameters.gamma() * r / q;
                } else {
                    l = q + parameters.alpha() * r;
                    b = damped + parameters.beta() * r;
                    if (additiveSeason) {
                        s[pos] = season + parameters.gamma() * r;
                    }
                }
            }
        }
        int[][] pivots = new int[horizon][];
        for (int h = 0; h < horizon; h++) {
            pivots[h] = Stats.pivotsFor();
        }
        Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
        for (int levelPercent : levels) {
            double tail = (1 - levelPercent / 100.0) / 2;
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lower[h] = Stats.selectedQuantile(outcomes[h], tail, pivots[h]);
                upper[h] = Stats.selectedQuantile(outcomes[h], 1 - tail, pivots[h]);
            }
            intervals.put(levelPercent, new ForecastResult.Interval(lower, upper));
        }
        return intervals;
    }

    /** Same series and model, same seed: intervals are reproducible. */
    private long seed() {
        return 0x5EEDL * 31 + length * 1_000_003L + form.name().hashCode() + Double.hashCode(level);
    }
}
