package nl.entree.forecast.forecasting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.problem.ProblemException;
import nl.entree.forecast.config.ForecastConfig;
import nl.entree.forecast.events.EventEntity;
import nl.entree.forecast.events.EventService;
import nl.entree.forecast.forecasting.ForecastApi.AnomaliesView;
import nl.entree.forecast.forecasting.ForecastApi.Anomaly;
import nl.entree.forecast.forecasting.ForecastApi.BacktestRow;
import nl.entree.forecast.forecasting.ForecastApi.Bounds;
import nl.entree.forecast.forecasting.ForecastApi.ForecastView;
import nl.entree.forecast.forecasting.ForecastApi.Point;
import nl.entree.forecast.model.BacktestScore;
import nl.entree.forecast.model.ForecastRequest;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.model.Forecaster;
import nl.entree.forecast.model.Peak;
import nl.entree.forecast.model.PeakDetector;
import nl.entree.forecast.series.Period;
import nl.entree.forecast.series.PublishedCounts;
import nl.entree.forecast.series.SeriesHistory;
import nl.entree.forecast.series.SeriesService;

/** Runs the models of forecast-models on stored series, with the known events as a mask. */
@ApplicationScoped
public class ForecastService {

    public static final List<Integer> DEFAULT_LEVELS = List.of(80, 95);

    /** A forecast with the periods it covers; means and bounds are already cut at zero. */
    public record Projected(SeriesHistory history, ForecastResult result, Period firstPeriod) {

        public Period periodAt(int step) {
            return firstPeriod.plus(step);
        }
    }

    private final SeriesService series;
    private final EventService events;
    private final ForecastConfig config;
    private final AuditTrail audit;
    private final Forecaster forecaster = new Forecaster();
    private final PeakDetector peaks = new PeakDetector();

    public ForecastService(SeriesService series, EventService events, ForecastConfig config, AuditTrail audit) {
        this.series = series;
        this.events = events;
        this.config = config;
        this.audit = audit;
    }

    /** Made from the history without the {@code hidden} periods, so that no point is derived from a hidden count. */
    public ForecastView forecast(String seriesId, int horizon, String model, List<Integer> levels,
            PublishedCounts.Hidden hidden) {
        SeriesHistory history = hidden.apply(series.history(seriesId).filter(h -> !hidden.withholds(h.series()))
                .orElseThrow(() -> ProblemException.notFound("Series " + seriesId)));
        List<EventEntity> allEvents = events.all();
        boolean[] mask = eventMask(history, allEvents);
        Projected projected = project(history, horizon, model, levels, mask);
        ForecastResult r = projected.result();
        List<Point> points = new ArrayList<>(r.mean().length);
        boolean anyHidden = false;
        for (int i = 0; i < r.mean().length; i++) {
            Double mean = shown(r.mean()[i], hidden);
            // Two bounds at known levels give the mean back, so a hidden mean hides its whole band.
            boolean hide = mean == null;
            anyHidden |= hide;
            Map<Integer, Bounds> intervals = new TreeMap<>();
            for (Map.Entry<Integer, ForecastResult.Interval> e : r.intervals().entrySet()) {
                intervals.put(e.getKey(), new Bounds(hide ? null : shown(e.getValue().lower()[i], hidden),
                        hide ? null : shown(e.getValue().upper()[i], hidden)));
            }
            points.add(new Point(projected.periodAt(i).toString(), mean, intervals));
        }
        List<String> eventPeriods = new ArrayList<>();
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                eventPeriods.add(history.periodAt(i).toString());
            }
        }
        var s = history.series();
        ForecastView view = new ForecastView(s.id, s.organisation, s.caseType, s.granularity, s.unit, s.synthetic,
                s.label, history.last().toString(), r.model(), r.components(),
                // A model's parameters (a trend's intercept and slope, ETS's initial level) give its means back.
                anyHidden ? Map.of() : finite(r.parameters()), points,
                backtest(r.backtest()), r.notes(), eventPeriods);
        audited("FORECAST_READ", seriesId);
        return view;
    }

    // Its own short transaction, after the fitting: the audit chain must not be locked while a model is fitted.
    private void audited(String action, String seriesId) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(action, SeriesService.SERIES, seriesId,
                AuditResult.OK));
    }

    /** As projections are: a ministry gets no figure that reads as a count below 10, a forecast or a bound. */
    private static Double shown(double figure, PublishedCounts.Hidden hidden) {
        return hidden.applies() && SmallCellSuppression.isSmall(figure) ? null : figure;
    }

    /** Forecasts {@code horizon} periods after the last observation. */
    public Projected project(SeriesHistory history, int horizon, String model, List<Integer> levels, boolean[] mask) {
        if (history.isEmpty()) {
            throw ProblemException.unprocessable("Series " + history.series().id + " has no observations yet.");
        }
        if (horizon < 1 || horizon > config.maxHorizon()) {
            throw ProblemException.badRequest("horizon", "must be between 1 and " + config.maxHorizon());
        }
        if (history.observed() > 0 && everyObservationIn(history.values(), mask)) {
            throw ProblemException.unprocessable("Series " + history.series().id + " cannot be forecast: every "
                    + "observation lies in a one-off event, and those months are left out of fitting: "
                    + masking(history) + ". Shorten or delete the event (DELETE /api/events/{id}).");
        }
        ForecastResult result;
        try {
            result = forecaster.forecast(new ForecastRequest(history.values(), history.series().granularity.seasonLength(),
                    horizon, model, levels, mask));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "is not valid" : e.getMessage();
            int colon = message.indexOf(':');
            String field = colon > 0 ? message.substring(0, colon) : "request";
            String detail = colon > 0 ? message.substring(colon + 1).strip() : message;
            if (field.equals("model") || field.equals("levels") || field.equals("horizon")) {
                throw ProblemException.badRequest(field, detail);
            }
            throw ProblemException.unprocessable("Series " + history.series().id + " cannot be forecast: " + detail);
        }
        return new Projected(history, nonNegative(result), history.last().plus(1));
    }

    private static boolean everyObservationIn(double[] values, boolean[] mask) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (mask == null || !mask[i])) {
                return false;
            }
        }
        return true;
    }

    /** The one-off events over the series' observations, so that whoever added one too wide can find it. */
    private String masking(SeriesHistory history) {
        List<EventEntity> oneOff = events.all().stream().filter(e -> e.kind.oneOff()).toList();
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < history.values().length; i++) {
            if (!Double.isNaN(history.values()[i])) {
                Period p = history.periodAt(i);
                for (EventEntity e : EventService.covering(oneOff, history.series().organisation, p.start(),
                        p.end())) {
                    named.add("'" + e.name + "' (id " + e.id + ", " + e.kind + ", " + e.startDate + " to "
                            + (e.endDate == null ? "no end" : e.endDate) + ")");
                }
            }
        }
        return String.join(", ", named);
    }

    public boolean[] eventMask(SeriesHistory history) {
        return eventMask(history, events.all());
    }

    /** Found in the history without the {@code hidden} periods: neither a flag nor an expectation rests on them. */
    public AnomaliesView anomalies(String seriesId, Double threshold, PublishedCounts.Hidden hidden) {
        SeriesHistory history = hidden.apply(series.history(seriesId).filter(h -> !hidden.withholds(h.series()))
                .orElseThrow(() -> ProblemException.notFound("Series " + seriesId)));
        double t = threshold == null ? config.anomalyThreshold() : threshold;
        if (!(t > 0) || t > 100) {
            throw ProblemException.badRequest("threshold", "must be above 0 and at most 100");
        }
        List<EventEntity> allEvents = events.all();
        List<Anomaly> anomalies = new ArrayList<>();
        if (!history.isEmpty()) {
            for (Peak peak : peaks.detect(history.values(), history.series().granularity.seasonLength(), t)) {
                Period period = history.periodAt(peak.index());
                List<String> covering = EventService.covering(allEvents, history.series().organisation,
                        period.start(), period.end()).stream().map(e -> e.name).distinct().toList();
                long observed = Math.round(peak.observed());
                boolean hide = hidden.hides(seriesId, period);
                anomalies.add(new Anomaly(period.toString(), hide ? null : observed, hide,
                        shown(round1(peak.expected()), hidden), round1(peak.score()),
                        covering.isEmpty() ? null : covering.get(0), covering));
            }
        }
        audited("ANOMALIES_READ", seriesId);
        return new AnomaliesView(seriesId, t, "robust decomposition (moving medians for trend and season); "
                + "robust z-score of the residual, (residual - median) / (1.4826 x MAD), above the threshold",
                anomalies);
    }

    private static boolean[] eventMask(SeriesHistory history, List<EventEntity> allEvents) {
        boolean[] mask = new boolean[history.values().length];
        List<EventEntity> oneOff = allEvents.stream().filter(e -> e.kind.oneOff()).toList();
        for (int i = 0; i < mask.length; i++) {
            Period p = history.periodAt(i);
            mask[i] = !EventService.covering(oneOff, history.series().organisation, p.start(), p.end()).isEmpty();
        }
        return mask;
    }

    private static ForecastResult nonNegative(ForecastResult r) {
        Map<Integer, ForecastResult.Interval> intervals = new LinkedHashMap<>();
        for (Map.Entry<Integer, ForecastResult.Interval> e : r.intervals().entrySet()) {
            intervals.put(e.getKey(), new ForecastResult.Interval(cut(e.getValue().lower()), cut(e.getValue().upper())));
        }
        return new ForecastResult(r.model(), r.parameters(), cut(r.mean()), intervals, r.backtest(), r.notes(),
                r.components());
    }

    private static double[] cut(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.max(0, values[i]);
        }
        return out;
    }

    public static List<BacktestRow> backtest(List<BacktestScore> scores) {
        return scores.stream().map(s -> new BacktestRow(s.model(), orNull(s.mae()), orNull(s.mase()),
                orNull(s.smape()), orNull(s.coverage80()), orNull(s.coverage95()), s.origins(),
                orNull(s.intervalScale80()))).toList();
    }

    private static Map<String, Double> finite(Map<String, Double> parameters) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((k, v) -> out.put(k, orNull(v == null ? Double.NaN : v)));
        }
        return out;
    }

    private static Double orNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** {@code 80,95} → [80, 95]; a bad list is a 400 naming {@code levels}. */
    public static List<Integer> levels(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LEVELS;
        }
        List<Integer> levels = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                int level = Integer.parseInt(part.strip());
                if (level < 50 || level > 99) {
                    throw ProblemException.badRequest("levels", "each level must be between 50 and 99");
                }
                if (!levels.contains(level)) {
                    levels.add(level);
                }
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("levels", "a comma-separated list of whole percentages, e.g. 80,95");
            }
        }
        if (levels.size() > 4) {
            throw ProblemException.badRequest("levels", "at most 4 levels");
        }
        return levels;
    }
}
