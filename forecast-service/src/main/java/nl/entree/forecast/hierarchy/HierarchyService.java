package nl.entree.forecast.hierarchy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.problem.ProblemException;
import nl.entree.forecast.forecasting.ForecastService;
import nl.entree.forecast.hierarchy.HierarchyApi.Coherence;
import nl.entree.forecast.hierarchy.HierarchyApi.HierarchyView;
import nl.entree.forecast.hierarchy.HierarchyApi.Level;
import nl.entree.forecast.hierarchy.HierarchyApi.Node;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.model.Forecaster;
import nl.entree.forecast.model.Reconciliation;
import nl.entree.forecast.series.Granularity;
import nl.entree.forecast.series.Period;
import nl.entree.forecast.series.PublishedCounts;
import nl.entree.forecast.series.SeriesEntity;
import nl.entree.forecast.series.SeriesHistory;
import nl.entree.forecast.series.SeriesService;
import nl.entree.forecast.triage.CasesWithoutLead;
import nl.entree.forecast.triage.TriageCounts;

/**
 * Forecasts of triage's counts that add up: national = Σ organisation × caseType + not-attributed = Σ regions + the
 * cases that named no region. not-attributed holds the cases without a lead and those of the organisation series
 * left out. Each is forecast by {@code auto} on its own and then reconciled ({@link Reconciliation}).
 *
 * <p>The national total, not-attributed and "no region" are not stored: they are sums of what is stored, month by
 * month.
 * triage lists no cell for a month without cases, so between a series' first count and {@code last} a month
 * without one is a zero, if triage was asked for that month ({@link CasesWithoutLead#monthsPulled}) and it is not
 * hidden from the caller; any other month stays a gap, in the sums too.
 */
@ApplicationScoped
class HierarchyService {

    static final int MIN_MONTHS = 24;
    static final String NOT_ATTRIBUTED = "not-attributed";
    private static final List<Integer> LEVELS = List.of(80);

    private final SeriesService series;
    private final ForecastService forecasts;
    private final CasesWithoutLead withoutLead;
    private final AuditTrail audit;

    public HierarchyService(SeriesService series, ForecastService forecasts, CasesWithoutLead withoutLead,
            AuditTrail audit) {
        this.series = series;
        this.forecasts = forecasts;
        this.withoutLead = withoutLead;
        this.audit = audit;
    }

    private record Part(String id, Level level, SeriesEntity entity, double[] values) {
    }

    /**
     * @param asked {@code last} was asked for; else it is the last completed month, and the forecast starts from
     *              the last month pulled when that one is not pulled yet (the hourly pull, or triage, is behind)
     */
    public HierarchyView forecast(YearMonth asked, YearMonth lastCompleted, int horizon,
            Reconciliation.Method method, PublishedCounts.Hidden hidden) {
        if (horizon < 1 || horizon > 36) {
            throw ProblemException.badRequest("horizon", "must be between 1 and 36");
        }
        List<String> notes = new ArrayList<>();
        SortedSet<YearMonth> pulled = hidden.pulled(withoutLead.monthsPulled());
        YearMonth last = startingMonth(asked, lastCompleted, pulled, notes);
        List<Part> organisations = new ArrayList<>();
        List<Part> regions = new ArrayList<>();
        List<Part> leftOut = new ArrayList<>();
        List<SeriesEntity> all = new ArrayList<>(series.all());
        all.sort(Comparator.comparing(s -> s.id));
        for (SeriesEntity s : all) {
            boolean region = TriageCounts.isRegionSeries(s.id);
            if (s.granularity != Granularity.MONTH || !region && !TriageCounts.isOrganisationSeries(s.id)
                    || !region && s.caseType == null) {
                continue;
            }
            SeriesHistory history = series.history(s, hidden);
            double[] values = window(history, last, hidden, pulled);
            if (values == null) {
                notes.add(s.id + ": fewer than " + MIN_MONTHS + " months to show up to " + last
                        + ", or none counted in its last year: left out" + (region ? "; its cases are in no-region"
                                : "; its cases are in " + NOT_ATTRIBUTED));
                if (!region) {
                    double[] counts = counts(history, last, pulled);
                    if (counts != null) {
                        leftOut.add(new Part(s.id, Level.ORGANISATION, s, counts));
                    }
                }
                continue;
            }
            (region ? regions : organisations).add(new Part(s.id, region ? Level.REGION : Level.ORGANISATION, s,
                    values));
        }
        if (organisations.isEmpty()) {
            throw ProblemException.unprocessable("No organisation series from triage has " + MIN_MONTHS
                    + " months up to " + last + ": there is nothing to add up.");
        }
        double[] rest = notAttributed(organisations, leftOut, last, hidden, pulled, notes);
        List<Part> organisationSide = new ArrayList<>(organisations);
        organisationSide.add(new Part(NOT_ATTRIBUTED, Level.NOT_ATTRIBUTED, null, rest));
        double[] national = sum(organisationSide);
        List<Part> nodes = new ArrayList<>();
        nodes.add(new Part("national", Level.NATIONAL, null, national));
        nodes.addAll(organisationSide);
        if (!regions.isEmpty()) {
            double[] regionSum = sum(regions);
            double[] none = new double[national.length];
            // Both sums end at last, but either may start earlier: an organisation or a region counted first.
            int offset = national.length - regionSum.length;
            for (int i = 0; i < none.length; i++) {
                int r = i - offset;
                none[i] = national[i] - (r >= 0 && r < regionSum.length ? regionSum[r] : 0);
            }
            nodes.addAll(regions);
            nodes.add(new Part("no-region", Level.NO_REGION, null, none));
        } else {
            notes.add("No region series up to " + last + ": only the organisations are reconciled.");
        }

        int n = nodes.size();
        double[][] base = new double[n][];
        double[][] variances = new double[n][];
        String[] models = new String[n];
        for (int i = 0; i < n; i++) {
            ForecastResult r = project(nodes.get(i), last, horizon);
            base[i] = r.mean();
            ForecastResult.Interval band = r.intervals().get(80);
            variances[i] = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                variances[i][h] = Reconciliation.varianceFrom80(band.lower()[h], band.upper()[h]);
            }
            models[i] = r.model();
        }
        double[][] constraints = new double[regions.isEmpty() ? 1 : 2][n];
        for (int i = 0; i < n; i++) {
            Level level = nodes.get(i).level();
            constraints[0][i] = level == Level.NATIONAL ? 1
                    : level == Level.ORGANISATION || level == Level.NOT_ATTRIBUTED ? -1 : 0;
            if (!regions.isEmpty()) {
                constraints[1][i] = level == Level.NATIONAL ? 1
                        : level == Level.REGION || level == Level.NO_REGION ? -1 : 0;
            }
        }
        double[][] reconciled = Reconciliation.reconcile(base, constraints, variances, method);

        boolean[][] small = hidden.applies() ? small(base, reconciled) : new boolean[n][horizon];
        List<Node> views = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Part p = nodes.get(i);
            views.add(new Node(p.id(), p.level(), p.entity() == null ? null : p.entity().organisation,
                    p.entity() == null ? null : p.entity().caseType, p.entity() == null ? null : p.entity().region,
                    models[i], shown(base[i], small[i]), shown(reconciled[i], small[i])));
        }
        List<String> months = new ArrayList<>();
        for (int h = 1; h <= horizon; h++) {
            months.add(last.plusMonths(h).toString());
        }
        Coherence coherence = new Coherence(gap(base, constraints[0]), gap(reconciled, constraints[0]),
                regions.isEmpty() ? null : gap(base, constraints[1]),
                regions.isEmpty() ? null : gap(reconciled, constraints[1]));
        notes.add("Means only: the bands stay with each series' own forecast (GET /api/forecasts/{id}).");
        // In a transaction of its own once every node is fitted, so the audit chain is not held during the fitting.
        QuarkusTransaction.requiringNew().run(() -> audit.record("HIERARCHY_READ", "hierarchy", last.toString(),
                AuditResult.OK));
        return new HierarchyView(last.toString(), months, method.name(), views, coherence, notes);
    }

    /**
     * A month not pulled has no cells, and read as a month without cases it would pull every forecast down: a
     * {@code last} asked for after the last month pulled is refused, and the default starts from that month. With
     * nothing pulled yet (series imported by hand only) there is no such month, and no month is read as 0.
     */
    private static YearMonth startingMonth(YearMonth asked, YearMonth lastCompleted, SortedSet<YearMonth> pulled,
            List<String> notes) {
        if (pulled.isEmpty()) {
            notes.add("Nothing has been pulled from triage yet: a month without a count is a gap, not 0.");
            return asked != null ? asked : lastCompleted;
        }
        if (asked != null) {
            if (asked.isAfter(pulled.last())) {
                throw ProblemException.badRequest("last", "triage's counts are pulled up to " + pulled.last()
                        + "; a later month is not known yet");
            }
            return asked;
        }
        if (lastCompleted.isAfter(pulled.last())) {
            notes.add("triage's counts of " + lastCompleted + " are not pulled yet: the forecasts start from "
                    + pulled.last() + ", the last month pulled.");
            return pulled.last();
        }
        return lastCompleted;
    }

    /**
     * The series' months from its first count to {@code last}, a month without a count 0 if it was
     * {@code pulled}; null when fewer than {@link #MIN_MONTHS} of them can be shown to the caller, or when the
     * series counted nothing in the last year up to {@code last} (it has stopped, and its silence is not a run of
     * zeros).
     */
    private static double[] window(SeriesHistory history, YearMonth last, PublishedCounts.Hidden hidden,
            Set<YearMonth> pulled) {
        if (history.isEmpty() || history.first().ordinal() > Period.of(last).ordinal()) {
            return null;
        }
        int length = Period.of(last).ordinal() - history.first().ordinal() + 1;
        if (length < MIN_MONTHS) {
            return null;
        }
        boolean recent = false;
        for (int i = Math.max(0, length - 12); i < Math.min(length, history.values().length); i++) {
            recent |= !Double.isNaN(history.values()[i]);
        }
        if (!recent) {
            return null;
        }
        double[] values = new double[length];
        int counted = 0;
        for (int i = 0; i < length; i++) {
            Period period = history.first().plus(i);
            double v = i < history.values().length ? history.values()[i] : Double.NaN;
            boolean unknown = Double.isNaN(v) && !pulled.contains(YearMonth.from(period.start()));
            values[i] = hidden.hides(history.series().id, period) || unknown ? Double.NaN : Double.isNaN(v) ? 0 : v;
            counted += Double.isNaN(values[i]) ? 0 : 1;
        }
        // A series mostly hidden from the caller cannot be forecast for them; its cases stay in the national
        // total: in not-attributed, and for a region in "no region".
        return counted < MIN_MONTHS ? null : values;
    }

    /**
     * A left-out series' counts from its first to {@code last} as the caller reads them, hidden ones included (the
     * caller of {@link #notAttributed} decides what may be used); a month without a count 0 if it was
     * {@code pulled}, else NaN. Null when it has no count up to {@code last}.
     */
    private static double[] counts(SeriesHistory history, YearMonth last, Set<YearMonth> pulled) {
        if (history.isEmpty() || history.first().ordinal() > Period.of(last).ordinal()) {
            return null;
        }
        double[] values = new double[Period.of(last).ordinal() - history.first().ordinal() + 1];
        for (int i = 0; i < values.length; i++) {
            double v = i < history.values().length ? history.values()[i] : Double.NaN;
            boolean known = !Double.isNaN(v) || pulled.contains(YearMonth.from(history.first().plus(i).start()));
            values[i] = !known ? Double.NaN : Double.isNaN(v) ? 0 : v;
        }
        return values;
    }

    /**
     * Month by month over the organisations' months up to {@code last}: the cases without a lead plus the
     * {@code leftOut} series, so that national = Σ organisations + this = Σ regions + no region. NaN in a month not
     * pulled (triage's answer for it is not known). For a ministry the cases without a lead are those frozen for it,
     * and a month where this node holds a hidden part of triage's line while a kept organisation's is hidden too is
     * NaN: only the sum of all of a line's hidden parts can be worked out from the public total.
     */
    private double[] notAttributed(List<Part> organisations, List<Part> leftOut, YearMonth last,
            PublishedCounts.Hidden hidden, SortedSet<YearMonth> pulled, List<String> notes) {
        int length = organisations.stream().mapToInt(p -> p.values().length).max().orElse(0);
        Map<LocalDate, Long> stored = withoutLead.byMonth();
        double[] rest = new double[length];
        int counted = 0;
        for (int i = 0; i < length; i++) {
            YearMonth month = last.minusMonths(length - 1 - i);
            Period period = Period.of(month);
            Long unled = pulled.isEmpty() ? Long.valueOf(0)
                    : pulled.contains(month) ? hidden.withoutLead(month, stored) : null;
            boolean holdsHidden = hidden.hidesWithoutLead(month);
            double v = unled == null ? Double.NaN : unled;
            for (Part p : leftOut) {
                int j = p.values().length - length + i;
                v += j < 0 ? 0 : p.values()[j];
                holdsHidden |= j >= 0 && hidden.hides(p.id(), period);
            }
            if (holdsHidden && organisations.stream().anyMatch(p -> hidden.hides(p.id(), period))) {
                v = Double.NaN;
            }
            rest[i] = v;
            counted += Double.isNaN(v) ? 0 : 1;
        }
        if (pulled.isEmpty()) {
            notes.add(NOT_ATTRIBUTED + ": nothing pulled from triage yet, so no case without a lead is known.");
        }
        if (counted < MIN_MONTHS) {
            notes.add(NOT_ATTRIBUTED + " (the cases without a lead, and those of the organisation series left out) "
                    + "has " + counted + " months to forecast from, fewer than " + MIN_MONTHS
                    + ": kept, as the sums are, so that the organisations still add up to the national total.");
        }
        return rest;
    }

    /** Month by month, aligned at {@code last}: NaN where a part is NaN, 0 for a part before its first month. */
    private static double[] sum(List<Part> parts) {
        int length = parts.stream().mapToInt(p -> p.values().length).max().orElse(0);
        double[] sum = new double[length];
        for (Part p : parts) {
            int offset = length - p.values().length;
            for (int i = 0; i < p.values().length; i++) {
                sum[offset + i] += p.values()[i];
            }
        }
        return sum;
    }

    private ForecastResult project(Part p, YearMonth last, int horizon) {
        SeriesEntity entity = p.entity() != null ? p.entity() : synthetic(p.id());
        Period first = Period.of(last).plus(1 - p.values().length);
        SeriesHistory history = new SeriesHistory(entity, first, p.values());
        return forecasts.project(history, horizon, Forecaster.AUTO, LEVELS, forecasts.eventMask(history)).result();
    }

    /** A stand-in for the sums, which are not stored: monthly, and of every organisation. */
    private static SeriesEntity synthetic(String id) {
        SeriesEntity s = new SeriesEntity();
        s.id = id;
        s.granularity = Granularity.MONTH;
        return s;
    }

    /**
     * Month by month, which nodes a ministry may not see: every node in a month where one is below 10 in either
     * forecast. Hiding a second figure beside it, as tables do, is not enough here: reconciled forecasts add up
     * exactly, that second figure is an ordinary series whose own forecast /api/forecasts shows, and reconciliation
     * moves every node by one multiplier a month that any node shown gives away.
     */
    private static boolean[][] small(double[][] base, double[][] reconciled) {
        int n = base.length;
        int horizon = base[0].length;
        boolean[][] small = new boolean[n][horizon];
        for (int h = 0; h < horizon; h++) {
            boolean any = false;
            for (int i = 0; i < n; i++) {
                // Compared as shown: a node without cases (not-attributed, often) reconciles to billionths above 0,
                // no count at all, which would otherwise hide every month.
                any |= SmallCellSuppression.isSmall(tenths(base[i][h]))
                        || SmallCellSuppression.isSmall(tenths(reconciled[i][h]));
            }
            for (int i = 0; i < n; i++) {
                small[i][h] = any;
            }
        }
        return small;
    }

    private static List<Double> shown(double[] values, boolean[] hide) {
        List<Double> out = new ArrayList<>(values.length);
        for (int h = 0; h < values.length; h++) {
            out.add(hide[h] ? null : tenths(values[h]));
        }
        return out;
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double gap(double[][] values, double[] relation) {
        double worst = 0;
        for (int h = 0; h < values[0].length; h++) {
            double gap = 0;
            for (int i = 0; i < values.length; i++) {
                gap += relation[i] * values[i][h];
            }
            worst = Math.max(worst, Math.abs(gap));
        }
        return Math.round(worst * 1000) / 1000.0;
    }
}
