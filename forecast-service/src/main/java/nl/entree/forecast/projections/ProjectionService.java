package nl.entree.forecast.projections;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleBiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.Requirements;
import nl.entree.common.contract.RequirementsRequest;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.problem.Problem;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.config.ForecastConfig;
import nl.entree.forecast.forecasting.ForecastService;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.model.Forecaster;
import nl.entree.forecast.projections.ProjectionApi.ProjectionView;
import nl.entree.forecast.projections.ProjectionApi.Row;
import nl.entree.forecast.projections.ProjectionApi.SeriesUsed;
import nl.entree.forecast.scenarios.Scenario;
import nl.entree.forecast.scenarios.ScenarioService;
import nl.entree.forecast.series.DemoData;
import nl.entree.forecast.series.Granularity;
import nl.entree.forecast.series.Period;
import nl.entree.forecast.series.PublishedCounts;
import nl.entree.forecast.series.SeriesEntity;
import nl.entree.forecast.series.SeriesHistory;
import nl.entree.forecast.series.SeriesService;

/**
 * Projected contacts per organisation and year, turned into hours and FTE by capacity-service.
 *
 * <p>Intervals are added up in two steps. Within one series, the months of a year add their distances to the
 * 80% bounds: forecast errors of consecutive months move together (a level that is off stays off), so this
 * assumes they are perfectly correlated, which is cautious. Across the series of an organisation (its case
 * types) the distances add in quadrature, assuming the series err independently.
 */
@ApplicationScoped
public class ProjectionService {

    public static final String INTERVAL_METHOD = "80% intervals: within a series the months' distances to the bounds "
            + "add up (errors of consecutive months assumed to move together, a cautious choice); across the series "
            + "of an organisation they add in quadrature (series assumed independent). Scenario factors scale the "
            + "mean and both bounds.";

    private static final Logger LOG = Logger.getLogger(ProjectionService.class);
    private static final String CAPACITY_DID_NOT_ANSWER =
            "capacity-service did not answer: hours and FTE are left out (null). The contacts stand.";

    /**
     * Everything a projection is made of, for the JSON, the CSV and the chart. For a caller with small counts
     * suppressed, the series' histories have the {@code hidden} periods as gaps and their forecasts are made
     * without them.
     */
    record Computation(YearMonth from, YearMonth to, Scenario scenario, List<SeriesProjection> series,
            List<String> notes, PublishedCounts.Hidden hidden) {

        /** Whether any of {@code series} hides a month from {@code first} to {@code last}. */
        boolean hidesAny(List<SeriesProjection> series, YearMonth first, YearMonth last) {
            for (SeriesProjection s : series) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    if (hidden.hides(s.series().id, Period.of(m))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether, for a caller with small counts suppressed, {@code figure} of any of {@code series} reads as a count
         * below 10 in a month from {@code first} to {@code last}. A sum over months shown beside such a month would
         * give it back: two windows with the same {@code to} differ by it, and so do a row and its other series.
         */
        boolean anySmall(List<SeriesProjection> series, YearMonth first, YearMonth last,
                ToDoubleBiFunction<SeriesProjection, YearMonth> figure) {
            return any(series, first, last, figure, SmallCellSuppression::isSmall);
        }

        /**
         * The same for a bound, where 0 counts as below 10 too: the page promises no bound under 10, so a month's
         * bound of 0 is not shown, and a sum over months must not give it back either.
         */
        boolean anyBoundBelowTen(List<SeriesProjection> series, YearMonth first, YearMonth last,
                ToDoubleBiFunction<SeriesProjection, YearMonth> bound) {
            return any(series, first, last, bound, b -> b < SmallCellSuppression.THRESHOLD);
        }

        private boolean any(List<SeriesProjection> series, YearMonth first, YearMonth last,
                ToDoubleBiFunction<SeriesProjection, YearMonth> figure, DoublePredicate below) {
            if (!hidden.applies()) {
                return false;
            }
            for (SeriesProjection s : series) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    if (below.test(figure.applyAsDouble(s, m))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The safety region whose staff the projected cases ask for: the one every series counts, else null, the
         * country's. A mix of regions, or of a region and the country, has no staff of one region to set against.
         */
        Region region() {
            List<Region> regions = series.stream().map(s -> s.series().region).distinct().toList();
            return regions.size() == 1 ? regions.get(0) : null;
        }

        Map<Organisation, List<SeriesProjection>> byOrganisation() {
            Map<Organisation, List<SeriesProjection>> map = new EnumMap<>(Organisation.class);
            for (SeriesProjection s : series) {
                map.computeIfAbsent(s.series().organisation, k -> new ArrayList<>()).add(s);
            }
            return map;
        }
    }

    private final SeriesService seriesService;
    private final ForecastService forecasts;
    private final ScenarioService scenarios;
    private final CapacityClient capacity;
    private final ForecastConfig config;
    private final AuditTrail audit;

    public ProjectionService(SeriesService seriesService, ForecastService forecasts, ScenarioService scenarios,
            @RestClient CapacityClient capacity, ForecastConfig config, AuditTrail audit) {
        this.seriesService = seriesService;
        this.forecasts = forecasts;
        this.scenarios = scenarios;
        this.capacity = capacity;
        this.config = config;
        this.audit = audit;
    }

    /**
     * For a caller with small counts suppressed, a row or a line without norm that rests on a hidden month, on a
     * month one of its series is projected below 10 in, or counts fewer than 10 contacts, shows no contacts, hours,
     * FTE needed or gap: each of those would give the count back (hours are contacts times a public norm). A bound
     * below 10, or one that a month's bound below 10 goes into, is not shown either.
     */
    public ProjectionView project(YearMonth from, YearMonth to, String scenarioName, List<String> seriesIds,
            PublishedCounts.Hidden hidden) {
        return project(from, to, scenarioName, seriesIds, hidden, true);
    }

    /**
     * {@link #project}, with {@code withHours} false for a caller that reads the contacts only: capacity-service is
     * not asked, so a hanging capacity is not waited for twice by a publication (hours and FTE are then null).
     */
    public ProjectionView project(YearMonth from, YearMonth to, String scenarioName, List<String> seriesIds,
            PublishedCounts.Hidden hidden, boolean withHours) {
        Computation c = compute(from, to, scenarioName, seriesIds, hidden);
        boolean suppressSmallCounts = hidden.applies();
        List<String> notes = new ArrayList<>(c.notes());
        Map<Organisation, List<SeriesProjection>> byOrg = c.byOrganisation();

        List<RequirementsRequest.Line> lines = new ArrayList<>();
        for (SeriesProjection s : c.series()) {
            for (YearMonth m = c.from(); !m.isAfter(c.to()); m = m.plusMonths(1)) {
                double mean = s.mean(m);
                if (!Double.isNaN(mean)) {
                    lines.add(new RequirementsRequest.Line(s.series().organisation, s.caseType(), m, mean));
                }
            }
        }
        Requirements requirements = null;
        if (!lines.isEmpty() && withHours) {
            try {
                requirements = capacity.requirements(new RequirementsRequest(lines, c.region()));
            } catch (WebApplicationException refused) {
                int code = refused.getResponse().getStatus();
                LOG.warnf("capacity-service answered %d to the requirements; projection without hours", code);
                // 400 and 422 are about the cases sent; a 401 or 403 would be forecast's own key, not the data.
                notes.add(code == 400 || code == 422
                        ? "capacity-service refused these projected cases (" + code + "), as more than it turns into "
                                + "hours: hours and FTE are left out (null). The contacts stand."
                        : CAPACITY_DID_NOT_ANSWER);
            } catch (RuntimeException e) {
                LOG.warnf("capacity-service requirements failed (%s); projection without hours",
                        e.getClass().getSimpleName());
                notes.add(CAPACITY_DID_NOT_ANSWER);
            }
        }
        String status = lines.isEmpty() || !withHours || requirements != null ? ProjectionApi.CAPACITY_AVAILABLE
                : ProjectionApi.CAPACITY_UNAVAILABLE;
        Map<String, Requirements.Row> yearRows = new HashMap<>();
        if (requirements != null && requirements.years() != null) {
            for (Requirements.Row r : requirements.years()) {
                yearRows.put(r.organisation() + "/" + r.period(), r);
            }
        }
        List<ProjectionApi.WithoutNorm> withoutNorm = new ArrayList<>();
        if (requirements != null && requirements.withoutNorm() != null) {
            for (Requirements.WithoutNorm w : requirements.withoutNorm()) {
                List<SeriesProjection> behind = c.series().stream()
                        .filter(s -> s.series().organisation == w.organisation() && s.caseType() == w.caseType())
                        .toList();
                boolean suppressed = suppressSmallCounts && (w.cases() < SmallCellSuppression.THRESHOLD
                        || c.hidesAny(behind, c.from(), c.to()) || anyWithheld(behind)
                        || c.anySmall(behind, c.from(), c.to(), SeriesProjection::mean));
                withoutNorm.add(new ProjectionApi.WithoutNorm(w.organisation(), w.caseType(), w.firstMonth(),
                        w.lastMonth(), suppressed ? null : w.cases(), suppressed));
            }
        }
        if (!withoutNorm.isEmpty()) {
            notes.add("Lines without an hour norm are not in the hours: see withoutNorm.");
        }

        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Organisation, List<SeriesProjection>> e : byOrg.entrySet()) {
            for (int year = c.from().getYear(); year <= c.to().getYear(); year++) {
                YearMonth first = max(YearMonth.of(year, 1), c.from());
                YearMonth last = min(YearMonth.of(year, 12), c.to());
                double contacts = 0;
                double lowSquares = 0;
                double highSquares = 0;
                boolean any = false;
                boolean smallPart = false;
                for (SeriesProjection s : e.getValue()) {
                    double part = 0;
                    double low = 0;
                    double high = 0;
                    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                        double mean = s.mean(m);
                        if (Double.isNaN(mean)) {
                            continue;
                        }
                        any = true;
                        part += mean;
                        low += mean - s.lower(m);
                        high += s.upper(m) - mean;
                    }
                    contacts += part;
                    smallPart |= part > 0 && part < SmallCellSuppression.THRESHOLD;
                    lowSquares += low * low;
                    highSquares += high * high;
                }
                boolean restsOnHidden = c.hidesAny(e.getValue(), first, last);
                boolean withheld = anyWithheld(e.getValue());
                if (!any && !restsOnHidden && !withheld) {
                    continue;
                }
                double lower = Math.max(0, contacts - Math.sqrt(lowSquares));
                double upper = contacts + Math.sqrt(highSquares);
                boolean suppressed = suppressSmallCounts && (withheld || restsOnHidden
                        || contacts < SmallCellSuppression.THRESHOLD
                        || c.anySmall(e.getValue(), first, last, SeriesProjection::mean));
                // Within a series the months' bounds add up, so two windows would give a month's bound back too.
                boolean lowerHidden = suppressed
                        || c.anyBoundBelowTen(e.getValue(), first, last, SeriesProjection::lower);
                boolean upperHidden = suppressed
                        || c.anyBoundBelowTen(e.getValue(), first, last, SeriesProjection::upper);
                boolean synthetic = e.getValue().stream().anyMatch(s -> s.series().synthetic);
                // Each case type has its own hour norm, so the hours of a row are a sum of its case types' contacts
                // weighted differently: they give back a part below 10 that the row's total hides.
                boolean hoursHidden = suppressed || suppressSmallCounts && smallPart;
                if (hoursHidden && !suppressed) {
                    notes.add("Hours, FTE and costs of " + e.getKey() + " in " + year + " are not shown: a case type "
                            + "among its contacts has fewer than 10, which they would give back.");
                }
                Requirements.Row r = hoursHidden ? null : yearRows.get(e.getKey() + "/" + year);
                Requirements.Row staffing = yearRows.get(e.getKey() + "/" + year);
                rows.add(new Row(e.getKey(), year, (int) ChronoUnit.MONTHS.between(first, last) + 1,
                        suppressed ? null : contacts, shown(lower, lowerHidden, suppressSmallCounts),
                        shown(upper, upperHidden, suppressSmallCounts), suppressed,
                        r == null ? null : r.hoursLow(), r == null ? null : r.hoursExpected(),
                        r == null ? null : r.hoursHigh(), r == null ? null : r.fteNeeded(),
                        staffing == null ? null : staffing.fteAvailable(), r == null ? null : r.gap(),
                        r == null ? null : r.euros(), r == null ? null : r.eurosPerCase(),
                        r == null ? null : r.costAssumption(), synthetic));
            }
        }
        List<SeriesUsed> used = c.series().stream().map(ProjectionService::used).toList();
        return new ProjectionView(c.from(), c.to(), c.scenario().name(), status, INTERVAL_METHOD, rows, withoutNorm,
                used, notes);
    }

    private static boolean anyWithheld(List<SeriesProjection> series) {
        return series.stream().anyMatch(SeriesProjection::withheld);
    }

    private static SeriesUsed used(SeriesProjection s) {
        ForecastResult result = s.projected() == null ? null : s.projected().result();
        return new SeriesUsed(s.series().id, s.series().organisation, s.caseType(),
                result == null ? null : result.model(), result == null ? List.of() : result.components(),
                result == null ? List.of() : ForecastService.backtest(result.backtest()),
                s.lastObserved().toString(), s.series().synthetic, s.series().label, s.withheld());
    }

    /** The projection a caller asked for, as JSON; the read is audited (a publication records its own). */
    public ProjectionView read(YearMonth from, YearMonth to, String scenarioName, List<String> seriesIds,
            PublishedCounts.Hidden hidden) {
        ProjectionView view = project(from, to, scenarioName, seriesIds, hidden);
        audited("PROJECTION_READ", from, to);
        return view;
    }

    public String csv(YearMonth from, YearMonth to, String scenarioName, List<String> seriesIds,
            PublishedCounts.Hidden hidden) {
        String csv = ProjectionCsv.render(project(from, to, scenarioName, seriesIds, hidden));
        audited("PROJECTION_READ", from, to);
        return csv;
    }

    public String chart(YearMonth from, YearMonth to, String scenarioName, List<String> seriesIds,
            PublishedCounts.Hidden hidden, boolean dutch) {
        String svg = ProjectionChart.render(compute(from, to, scenarioName, seriesIds, hidden),
                dutch ? ProjectionChart.Words.NL : ProjectionChart.Words.EN);
        audited("PROJECTION_CHART_READ", from, to);
        return svg;
    }

    // Its own short transaction, as a publication's: the figures above waited on capacity-service, and the audit
    // chain must not be locked while they do.
    private void audited(String action, YearMonth from, YearMonth to) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(action, "projection", from + ".." + to,
                AuditResult.OK));
    }

    /**
     * A bound of a row that is shown: itself, unless hidden or suppression applies and it is below 10 (zero too: the
     * page promises a ministry no figure under 10, and a bound of 0 would read as one).
     */
    private static Double shown(double bound, boolean hidden, boolean suppressSmallCounts) {
        return hidden || (suppressSmallCounts && bound < SmallCellSuppression.THRESHOLD) ? null : bound;
    }

    Computation compute(YearMonth from, YearMonth to, String scenarioName, List<String> seriesIds,
            PublishedCounts.Hidden hidden) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Problem.Violation("from", "required, as YYYY-MM"));
        }
        if (to == null) {
            violations.add(new Problem.Violation("to", "required, as YYYY-MM"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                violations.add(new Problem.Violation("to", "must not be before from"));
            } else if (ChronoUnit.MONTHS.between(from, to) >= config.maxHorizon()) {
                violations.add(new Problem.Violation("to", "at most " + config.maxHorizon() + " months after from"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        Scenario scenario = scenarios.byName(scenarioName);
        List<String> notes = new ArrayList<>();
        List<SeriesEntity> chosen = choose(seriesIds, notes, hidden);
        List<SeriesProjection> projections = new ArrayList<>();
        for (SeriesEntity s : chosen) {
            SeriesHistory history = hidden.apply(seriesService.history(s));
            if (history.isEmpty()) {
                notes.add("Series " + s.id + " has no observations: left out.");
                continue;
            }
            YearMonth last = YearMonth.of(history.last().year(), history.last().index());
            int horizon = (int) ChronoUnit.MONTHS.between(last, to);
            ForecastService.Projected projected = null;
            if (horizon > config.maxHorizon()) {
                notes.add("Series " + s.id + " ends in " + last + ", more than " + config.maxHorizon()
                        + " months before " + to + ": left out.");
                continue;
            }
            if (history.observed() == 0) {
                // Nothing to forecast from that the caller may see. Left out, the organisation's rows would count
                // its other series only, and a ministry could not tell; so it stays, and withholds them.
                notes.add("Series " + s.id + ": every count is hidden from you (below 10, or one that would give "
                        + "such a count away), so it is not projected, and the rows of " + s.organisation
                        + " it is part of are suppressed.");
            } else if (horizon > 0) {
                projected = forecasts.project(history, horizon, Forecaster.AUTO, ForecastService.DEFAULT_LEVELS,
                        forecasts.eventMask(history));
            }
            projections.add(new SeriesProjection(s, DemoData.caseTypeOf(s), history, projected, scenario));
        }
        return new Computation(from, to, scenario, projections, notes, hidden);
    }

    /** Projections' choice between series of one organisation × caseType: the most months counted, then the latest. */
    public static final Comparator<SeriesHistory> MORE_DATA = Comparator.comparingInt(SeriesHistory::observed)
            .thenComparing(SeriesHistory::last);

    /**
     * The series asked for, or by default one monthly series per organisation × caseType: the one with the
     * most observations (then the most recent), so that demo data and triage's counts are not added twice.
     */
    private List<SeriesEntity> choose(List<String> seriesIds, List<String> notes, PublishedCounts.Hidden hidden) {
        if (seriesIds != null && !seriesIds.isEmpty()) {
            List<SeriesEntity> chosen = new ArrayList<>();
            List<Problem.Violation> violations = new ArrayList<>();
            for (String id : seriesIds) {
                // A series the caller may not know of is answered as one that does not exist (PublishedCounts).
                Optional<SeriesEntity> s = seriesService.find(id).filter(e -> !hidden.withholds(e));
                if (s.isEmpty()) {
                    violations.add(new Problem.Violation("series", "no series '" + clip(id) + "'"));
                } else if (s.get().granularity != Granularity.MONTH) {
                    violations.add(new Problem.Violation("series", id + " is not monthly"));
                } else if (DemoData.caseTypeOf(s.get()) == null) {
                    violations.add(new Problem.Violation("series", id + " has no caseType, so it has no hours"));
                } else if (chosen.stream().noneMatch(c -> c.id.equals(id))) {
                    chosen.add(s.get());
                }
            }
            if (!violations.isEmpty()) {
                throw ProblemException.badRequest(violations);
            }
            return chosen;
        }
        return onePerCaseType(MORE_DATA, notes, hidden);
    }

    /**
     * One monthly series per organisation × caseType among those the caller may read: the one {@code ranking} puts
     * highest, the first stored on a tie. Each series left out is named in {@code notes}. A region's series are part
     * of the national one, not another organisation × caseType.
     */
    public List<SeriesEntity> onePerCaseType(Comparator<SeriesHistory> ranking, List<String> notes,
            PublishedCounts.Hidden hidden) {
        Map<String, List<SeriesHistory>> candidates = new LinkedHashMap<>();
        for (SeriesEntity s : seriesService.all()) {
            CaseType caseType = DemoData.caseTypeOf(s);
            if (s.granularity != Granularity.MONTH || caseType == null || s.region != null || hidden.withholds(s)) {
                continue;
            }
            SeriesHistory h = seriesService.history(s, hidden);
            if (!h.isEmpty()) {
                candidates.computeIfAbsent(s.organisation + "/" + caseType, k -> new ArrayList<>()).add(h);
            }
        }
        List<SeriesEntity> chosen = new ArrayList<>();
        candidates.forEach((key, histories) -> {
            SeriesHistory best = histories.stream().max(ranking).orElseThrow();
            chosen.add(best.series());
            histories.stream().filter(h -> h != best).forEach(h -> notes.add("Series " + h.series().id
                    + " not used: " + best.series().id + " covers " + key + " with more data."));
        });
        return chosen;
    }

    private static String clip(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
