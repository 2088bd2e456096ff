package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the requested model (or, with {@code auto}, every candidate) to one series, backtests every candidate and
 * forecasts. Stateless and thread-safe: one instance can serve all threads.
 *
 * <p>Candidates: {@code snaive} (or {@code naive} when no season can be used), {@code linear}, the ETS form with
 * the lowest AICc among the admissible forms (listed in the module README), ETS on the seasonally adjusted series
 * ({@link AdjustedEts}), Theta, the ARIMA order with the lowest AICc, the median of those four ({@code combination}),
 * plus the ETS form named in the request if it is another one.
 * {@code auto} takes the combination unless a single model's backtest MASE is more than
 * {@value #SINGLE_MODEL_MARGIN} (as a share) lower; without a combination, the lowest backtest MASE, ties to the
 * model with fewer parameters. Without any backtest (a series too short to hold data back) {@code auto} uses the
 * linear trend. The chosen model's intervals are rescaled on its backtest ({@link Calibrated}) and, beyond a year,
 * carried on cautiously ({@link LongHorizon}).
 *
 * <p>Event periods ({@link ForecastRequest#eventMask()}) are blanked out before fitting, so each model treats them
 * as gaps: ETS carries its one-step prediction through them (the intervention is "this period says nothing about the
 * level"), the linear trend and seasonal naive skip them. A one-off peak then cannot bend the trend or the season.
 * The backtest does not score them either.
 */
public final class Forecaster {

    public static final String AUTO = "auto";
    public static final String ETS = "ets";
    public static final String ARIMA = "arima";

    /**
     * How much lower (as a share) a single model's backtest MASE must be before {@code auto} prefers it to the
     * combination: a dozen origins do not tell close models apart, so a small lead is noise.
     */
    static final double SINGLE_MODEL_MARGIN = 0.30;

    /** Robust z-score above which an unexplained peak is left out of fitting. */
    static final double PEAK_THRESHOLD = 4.0;
    static final int RECENT_PERIODS = 2;

    /** Fewest observed periods for anything but naive and linear. */
    static final int MIN_FOR_ETS = 4;

    /**
     * @throws IllegalArgumentException when the request is invalid or the named model cannot be fitted to this
     *                                  series; the message starts with the field at fault ({@code values:},
     *                                  {@code model:}, ...)
     */
    public ForecastResult forecast(ForecastRequest request) {
        validate(request);
        List<String> notes = new ArrayList<>();
        double[] fitted = blankEvents(request.values(), request.eventMask(), notes);
        if (Stats.observed(fitted) == 0) {
            throw new IllegalArgumentException("values: no observations outside event periods");
        }
        int m = request.seasonLength();
        boolean seasonal = m > 1 && fitted.length >= 2 * m;
        if (m == 1) {
            notes.add("Yearly data: trend models only (linear, naive, ETS without season).");
        } else if (!seasonal) {
            notes.add("Fewer than 2 full seasons (" + fitted.length + " periods, season " + m
                    + "): no seasonal model considered.");
        }
        int effectiveSeason = seasonal ? m : 1;
        blankPeaks(fitted, m, notes);
        String requested = request.model().trim();
        EtsForm requestedForm = EtsForm.parse(requested);
        Map<String, FittedModel> fits = new HashMap<>();
        List<Candidate> candidates = candidates(fitted, m, seasonal, requestedForm, fits, notes);

        Candidate chosen = requestedCandidate(requested, requestedForm, candidates);
        int minimumTraining = candidates.stream().mapToInt(c -> c.minimumLength(effectiveSeason)).max().orElse(3);
        double[] scored = scoredValues(request.values(), request.eventMask());
        Backtest.Result backtest = Backtest.run(fitted, scored, effectiveSeason, candidates, minimumTraining);
        if (backtest.scores().isEmpty()) {
            notes.add("Too short to hold data back: no backtest.");
        }
        if (chosen == null) {
            chosen = bestByBacktest(candidates, backtest.scores(), notes);
        } else if (requestedForm == null && !chosen.name().equalsIgnoreCase(requested)
                && !List.of(ETS, ARIMA).contains(requested.toLowerCase(Locale.ROOT))) {
            notes.add("Requested " + requested + ", used " + chosen.name() + ".");
        }
        FittedModel model = fitOnWholeSeries(chosen, fitted, effectiveSeason, fits);
        if (!model.parameters().containsKey("sigma") && !(chosen instanceof Combination)) {
            notes.add("Too few observations to estimate the spread: the intervals have zero width.");
        }
        FittedModel calibrated = Calibrated.of(model, backtest.ratios().get(chosen.name()));
        if (calibrated != model) {
            notes.add(String.format(Locale.ROOT, "Intervals rescaled on the backtest: the model's own 80%% band "
                    + "times %.2f held 80%% of the %d backtest outcomes.",
                    calibrated.parameters().get(Calibrated.SCALE), backtest.ratios().get(chosen.name()).length));
        }
        int horizon = request.horizon();
        if (horizon > LongHorizon.CHECKED) {
            calibrated = LongHorizon.of(calibrated, effectiveSeason);
            notes.add("Beyond " + LongHorizon.CHECKED + " periods (what the backtest checks) the change from year to "
                    + "year is damped by 0.98 a month and the band widens like the cube root of the horizon.");
        }
        List<String> components = chosen instanceof Combination combination
                ? combination.components().stream().map(Candidate::name).toList()
                : List.of();
        return new ForecastResult(calibrated.name(), calibrated.parameters(), calibrated.mean(horizon),
                calibrated.intervals(horizon, request.levels()), backtest.scores(), notes, components);
    }

    private static FittedModel fitOnWholeSeries(Candidate chosen, double[] fitted, int seasonLength,
            Map<String, FittedModel> fits) {
        if (fits.containsKey(chosen.name())) {
            return fits.get(chosen.name());
        }
        if (chosen instanceof Combination combination) {
            List<FittedModel> parts = new ArrayList<>();
            for (Candidate component : combination.components()) {
                parts.add(fitOnWholeSeries(component, fitted, seasonLength, fits));
            }
            return Combination.combine(parts);
        }
        FittedModel model = chosen.fit(fitted, seasonLength);
        fits.put(chosen.name(), model);
        return model;
    }

    /**
     * Naive, linear, the ETS form and ARIMA order chosen by AICc, adjusted ETS, Theta and their combination; the ETS,
     * adjusted-ETS and ARIMA fits on the whole series go into {@code fits}.
     */
    private static List<Candidate> candidates(double[] fitted, int m, boolean seasonal, EtsForm requestedForm,
            Map<String, FittedModel> fits, List<String> notes) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new SeasonalNaive(seasonal));
        candidates.add(new LinearTrend());
        if (Stats.observed(fitted) < MIN_FOR_ETS) {
            notes.add("Fewer than " + MIN_FOR_ETS + " observations: only naive and linear models.");
            return candidates;
        }
        int effectiveSeason = seasonal ? m : 1;
        boolean positive = Arrays.stream(fitted).allMatch(v -> Double.isNaN(v) || v > 0);
        if (!positive) {
            notes.add("Zero or negative values: no multiplicative ETS forms considered.");
        }
        List<EtsForm> forms = EtsForm.admissible(seasonal, positive);
        EtsFit best = EtsSelection.best(forms, fitted, effectiveSeason);
        Candidate ets = null;
        if (best != null) {
            notes.add("ETS form chosen by AICc among " + forms.size() + " admissible forms: " + best.name() + ".");
            ets = new EtsSelection.Refit(best.form(), EtsSelection.Refit.BACKTEST_PATHS);
            candidates.add(ets);
            fits.put(best.name(), best);
        }
        Candidate theta = new Theta();
        candidates.add(theta);
        // Without a season it would be ETS again, averaged over forms.
        Candidate adjusted = null;
        if (seasonal) {
            try {
                AdjustedEts.Fit whole = (AdjustedEts.Fit) new AdjustedEts().fit(fitted, effectiveSeason);
                adjusted = new AdjustedEts(whole);
                candidates.add(adjusted);
                fits.put(AdjustedEts.NAME, whole);
            } catch (IllegalArgumentException noFormFits) {
                notes.add("No ETS form could be fitted to the seasonally adjusted series: adjusted-ets left out.");
            }
        }
        ArimaFit arima = ArimaSelection.best(fitted, effectiveSeason);
        if (arima != null) {
            notes.add("ARIMA order chosen by AICc: " + arima.name() + ".");
            candidates.add(arima.order());
            fits.put(arima.name(), arima);
        }
        if (ets != null && arima != null) {
            candidates.add(new Combination(adjusted == null ? List.of(ets, theta, arima.order())
                    : List.of(ets, adjusted, theta, arima.order())));
        }
        if (requestedForm != null && !fits.containsKey(requestedForm.name())) {
            // Fitted with the season length asked for, so that a seasonal form on too short a series is refused.
            EtsFit own = EtsFitter.fit(requestedForm, fitted, m, EtsFitter.FORECAST_PATHS);
            candidates.add(new EtsSelection.Refit(requestedForm, EtsSelection.Refit.BACKTEST_PATHS));
            fits.put(own.name(), own);
        }
        return candidates;
    }

    private static Candidate requestedCandidate(String requested, EtsForm requestedForm,
            List<Candidate> candidates) {
        String key = requested.toLowerCase(Locale.ROOT);
        switch (key) {
            case AUTO:
                return null;
            case LinearTrend.NAME:
                return candidates.get(1);
            case SeasonalNaive.NAME, SeasonalNaive.NAIVE:
                return candidates.get(0);
            case Theta.NAME:
                return find(candidates, c -> c instanceof Theta, "Theta");
            case AdjustedEts.NAME:
                return candidates.stream().filter(c -> c instanceof AdjustedEts).findFirst().orElseThrow(
                        () -> new IllegalArgumentException("model: adjusted-ets needs a season and at least two "
                                + "full seasons of data"));
            case ARIMA:
                return find(candidates, c -> c instanceof ArimaOrder, "ARIMA");
            case Combination.NAME:
                return find(candidates, c -> c instanceof Combination, "the combination");
            default:
                break;
        }
        if (key.equals(ETS) || requestedForm != null) {
            if (requestedForm == null) {
                return find(candidates, c -> c instanceof EtsSelection.Refit, "ETS");
            }
            return candidates.stream().filter(c -> c.name().equals(requestedForm.name())).findFirst().orElseThrow();
        }
        throw new IllegalArgumentException("model: unknown model '" + requested
                + "'; use auto, combination, ets, adjusted-ets, theta, arima, linear, snaive, naive or an ETS form "
                + "such as ETS(A,Ad,M)");
    }

    private static Candidate find(List<Candidate> candidates, java.util.function.Predicate<Candidate> kind,
            String what) {
        return candidates.stream().filter(kind).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "model: " + what + " needs at least " + MIN_FOR_ETS + " observations"));
    }

    /**
     * The combination, unless a single model's backtest MASE is more than {@value #SINGLE_MODEL_MARGIN} (as a share)
     * below it; then the best single model. Without a combination, the lowest MASE.
     */
    private static Candidate bestByBacktest(List<Candidate> candidates, List<BacktestScore> backtest,
            List<String> notes) {
        Map<String, Double> mase = new HashMap<>();
        for (BacktestScore score : backtest) {
            mase.put(score.model(), score.mase());
        }
        Candidate best = null;
        double bestMase = Double.POSITIVE_INFINITY;
        Candidate combination = null;
        for (Candidate candidate : candidates) {
            double value = mase.getOrDefault(candidate.name(), Double.NaN);
            if (candidate instanceof Combination && !Double.isNaN(value)) {
                combination = candidate;
            } else if (!Double.isNaN(value) && value < bestMase - 1e-9) {
                bestMase = value;
                best = candidate;
            }
        }
        if (combination != null) {
            double combined = mase.get(combination.name());
            if (best == null || bestMase >= (1 - SINGLE_MODEL_MARGIN) * combined) {
                notes.add("Chose the combination: no single model's backtest MASE was more than "
                        + Math.round(SINGLE_MODEL_MARGIN * 100) + "% lower.");
                return combination;
            }
            notes.add("Chose " + best.name() + ": its backtest MASE is more than "
                    + Math.round(SINGLE_MODEL_MARGIN * 100) + "% below the combination's.");
            return best;
        }
        if (best == null) {
            best = candidates.stream()
                    .filter(c -> c.name().equals(LinearTrend.NAME))
                    .findFirst()
                    .orElse(candidates.get(0));
            notes.add("No backtest score to choose by: used " + best.name() + ".");
        }
        return best;
    }

    /**
     * Unexplained upward peaks (robust z-score above {@value #PEAK_THRESHOLD}, see {@link PeakDetector}) are left out
     * of fitting like known events: one spike otherwise lifts ETS's level and ARIMA's residuals for a year. The last
     * {@value #RECENT_PERIODS} periods are never blanked, since a jump there may be the start of a new level. Only
     * with enough history to tell a spike from the season.
     */
    private static void blankPeaks(double[] fitted, int m, List<String> notes) {
        if (Stats.observed(fitted) < 2 * Math.max(m, 6)) {
            return;
        }
        int blanked = 0;
        for (Peak peak : new PeakDetector().detect(fitted, m, PEAK_THRESHOLD)) {
            if (peak.index() < fitted.length - RECENT_PERIODS) {
                fitted[peak.index()] = Double.NaN;
                blanked++;
            }
        }
        if (blanked > 0) {
            notes.add(blanked + " unexplained peak(s) (robust z-score above " + PEAK_THRESHOLD
                    + ") left out of fitting; they still count in the backtest.");
        }
    }

    private static double[] blankEvents(double[] values, boolean[] eventMask, List<String> notes) {
        double[] fitted = values.clone();
        if (eventMask == null) {
            return fitted;
        }
        int blanked = 0;
        for (int t = 0; t < fitted.length; t++) {
            if (eventMask[t] && !Double.isNaN(fitted[t])) {
                fitted[t] = Double.NaN;
                blanked++;
            }
        }
        if (blanked > 0) {
            notes.add(blanked + " event period(s) left out of fitting and backtest scoring, so that one-off peaks "
                    + "do not bend the trend.");
        }
        return fitted;
    }

    private static double[] scoredValues(double[] values, boolean[] eventMask) {
        double[] scored = values.clone();
        if (eventMask != null) {
            for (int t = 0; t < scored.length; t++) {
                if (eventMask[t]) {
                    scored[t] = Double.NaN;
                }
            }
        }
        return scored;
    }

    private static void validate(ForecastRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("request: missing");
        }
        if (request.values() == null || request.values().length == 0) {
            throw new IllegalArgumentException("values: at least one observation is needed");
        }
        if (Arrays.stream(request.values()).anyMatch(Double::isInfinite)) {
            throw new IllegalArgumentException("values: must be finite (NaN marks a gap)");
        }
        if (request.seasonLength() < 1) {
            throw new IllegalArgumentException("seasonLength: must be at least 1");
        }
        if (request.horizon() < 1) {
            throw new IllegalArgumentException("horizon: must be at least 1");
        }
        if (request.model() == null || request.model().isBlank()) {
            throw new IllegalArgumentException("model: missing; use auto, linear, snaive, ets or an ETS form");
        }
        if (request.levels() == null || request.levels().isEmpty()) {
            throw new IllegalArgumentException("levels: at least one level, for example 80 and 95");
        }
        for (Integer level : request.levels()) {
            if (level == null || level <= 0 || level >= 100) {
                throw new IllegalArgumentException("levels: each level must be between 1 and 99");
            }
        }
        if (request.eventMask() != null && request.eventMask().length != request.values().length) {
            throw new IllegalArgumentException("eventMask: must have the same length as values");
        }
    }

}
