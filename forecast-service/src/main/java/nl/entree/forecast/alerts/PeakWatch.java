package nl.entree.forecast.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.alerts.AlertApi.PeakCheck;
import nl.entree.forecast.events.EventEntity;
import nl.entree.forecast.events.EventService;
import nl.entree.forecast.forecasting.ForecastService;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.model.Forecaster;
import nl.entree.forecast.series.Granularity;
import nl.entree.forecast.series.Period;
import nl.entree.forecast.series.SeriesEntity;
import nl.entree.forecast.series.SeriesHistory;
import nl.entree.forecast.series.SeriesService;
import nl.entree.forecast.triage.TriageClient;
import nl.entree.forecast.triage.TriageCounts;

/**
 * Early warning of a peak: compares each organisation × caseType's and each region's cases so far this month (from
 * triage), and the total of each organisation with more than one caseType, with a 95% upper bound for the share of
 * the month gone, made from the month's forecast by {@link #boundSoFar}. An organisation's total is forecast from
 * the sum of its caseTypes' series, with the same months and the same events left out as each part. The month in
 * progress is never stored as an observation, so the forecast is made from the complete months before it.
 *
 * <p>The share counts today as a whole day, so a check early in the day holds the count against a bound that
 * already includes the rest of the day: a peak is called late rather than falsely. And no alert is raised below
 * {@link SmallCellSuppression#THRESHOLD} cases, where a few contacts on one day would set it off.
 */
@ApplicationScoped
public class PeakWatch {

    static final int LEVEL = 95;
    static final int MIN_MONTHS = 12;
    /** The normal quantile of {@link #LEVEL}'s upper bound: 2.5% above it. */
    private static final double Z = 1.959963984540054;
    private static final int LAW_IS_NEW_MONTHS = 3;
    private static final Logger LOG = Logger.getLogger(PeakWatch.class);
    private static final Map<Organisation, List<CaseType>> CASE_TYPES = Arrays.stream(CaseType.values())
            .collect(Collectors.groupingBy(CaseType::organisation, () -> new EnumMap<>(Organisation.class),
                    Collectors.toList()));

    /** One series' month so far against its forecast. */
    record Measured(SeriesEntity series, long observed, double expected, double upperBound, String model,
            List<String> events) {

        boolean above() {
            return observed >= SmallCellSuppression.THRESHOLD && observed > upperBound;
        }
    }

    private final TriageClient triage;
    private final SeriesService series;
    private final ForecastService forecasts;
    private final EventService events;
    private final PeakAlertService alerts;
    private final Clock clock;

    public PeakWatch(@RestClient TriageClient triage, SeriesService series, ForecastService forecasts,
            EventService events, PeakAlertService alerts, Clock clock) {
        this.triage = triage;
        this.series = series;
        this.forecasts = forecasts;
        this.events = events;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Scheduled(identity = "peak-watch", every = "${entree.forecast.peak-watch.every}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            PeakCheck check = check();
            LOG.infof("Peak check of %s: %d series checked, %d above their bound", check.month(),
                    check.seriesChecked(), check.raised());
        } catch (ProblemException e) {
            LOG.warnf("Peak check failed (%s); the next run tries again", e.getMessage());
        }
    }

    /** Checks the month in progress, in Dutch time. */
    public PeakCheck check() {
        return check(LocalDate.now(clock.withZone(DutchTime.ZONE)));
    }

    /**
     * Checks {@code today}'s month with the days up to and including {@code today} gone; triage is asked for
     * that whole month, which holds no later cases when {@code today} is today.
     *
     * @throws ProblemException 503 when triage cannot be reached; nothing is changed then
     */
    public PeakCheck check(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        double fraction = (double) today.getDayOfMonth() / month.lengthOfMonth();
        MonthlyCaseCounts byOrganisation;
        RegionalCaseCounts byRegion;
        try {
            byOrganisation = triage.monthly(month.toString(), month.toString());
            byRegion = triage.regions(month.toString(), month.toString());
        } catch (RuntimeException e) {
            throw ProblemException.unavailable("triage-service did not answer (" + e.getClass().getSimpleName()
                    + "); the month's counts are unknown, so no alert was changed.");
        }
        Map<String, Long> observed = observed(byOrganisation, byRegion);
        List<EventEntity> calendar = events.all();
        List<Measured> measured = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Period period = Period.of(month);
        for (Map.Entry<String, Long> e : observed.entrySet()) {
            Optional<SeriesEntity> s = series.find(e.getKey());
            if (s.isEmpty()) {
                notes.add(e.getKey() + ": no series yet, so no forecast");
                continue;
            }
            measure(before(series.history(s.get()), period), e.getValue(), today, fraction, calendar, notes)
                    .ifPresent(measured::add);
        }
        for (Map.Entry<Organisation, Long> e : totals(byOrganisation).entrySet()) {
            List<SeriesHistory> parts = CASE_TYPES.get(e.getKey()).stream()
                    .flatMap(ct -> series.find(TriageCounts.seriesId(e.getKey(), ct)).stream())
                    .map(s -> before(series.history(s), period)).toList();
            if (parts.size() < 2) {
                // One caseType's series holds the organisation's whole count, and is checked as itself.
                continue;
            }
            measure(sum(total(e.getKey()), parts), e.getValue(), today, fraction, calendar, notes)
                    .ifPresent(measured::add);
        }
        int raised = alerts.record(month, fraction, measured);
        return new PeakCheck(month.toString(), fraction, measured.size(), raised, notes);
    }

    /**
     * {@code history}'s forecast for {@code today}'s month against the month's {@code observed} count so far; empty,
     * with a note, when the history is too short or too old or the models cannot take it.
     */
    private Optional<Measured> measure(SeriesHistory history, long observed, LocalDate today, double fraction,
            List<EventEntity> calendar, List<String> notes) {
        YearMonth month = YearMonth.from(today);
        Period period = Period.of(month);
        String id = history.series().id;
        if (history.observed() < MIN_MONTHS || history.last().ordinal() < period.ordinal() - MIN_MONTHS) {
            notes.add(id + ": " + history.observed() + " months counted before " + month + ", " + MIN_MONTHS
                    + " needed within the last year");
            return Optional.empty();
        }
        int horizon = period.ordinal() - history.last().ordinal();
        ForecastResult r;
        try {
            r = forecasts.project(history, horizon, Forecaster.AUTO, List.of(LEVEL), forecasts.eventMask(history))
                    .result();
        } catch (ProblemException failure) {
            // One series the models cannot take must not keep the others from being checked.
            notes.add(id + ": " + failure.problem().detail());
            return Optional.empty();
        }
        double mean = r.mean()[horizon - 1];
        double upper = r.intervals().get(LEVEL).upper()[horizon - 1];
        List<String> covering = EventService.covering(calendar, history.series().organisation, month.atDay(1), today)
                .stream().filter(ev -> explains(ev, month)).map(ev -> ev.name).distinct().toList();
        return Optional.of(new Measured(history.series(), observed, mean * fraction, boundSoFar(mean, upper, fraction),
                r.model(), covering));
    }

    /**
     * The 95% upper bound of a count over {@code fraction} of a month whose forecast is {@code mean} with 95% upper
     * bound {@code upper}. Pro-rating the month's bound ({@code upper * fraction}) would shrink the spread with the
     * share of the month, but a count's Poisson noise shrinks with its square root only: early in a month a calm
     * series would cross that bound one check in ten or more, in every region and organisation, every hour.
     *
     * <p>So the spread is taken apart. The month's forecast spread, sd = (upper − mean) / z, holds the month's own
     * Poisson noise (variance mean) and the uncertainty about the rate itself (the rest, at least 0). Over a share
     * f the rate's part scales with f and the noise is Poisson of mean·f, so the variance is f²·rest + f·mean. At
     * f = 1 this gives the month's own bound back; where the model's band is narrower than Poisson noise, the
     * noise still counts. The z²/4 is the skew of a Poisson count (its upper quantile is near (√μ + z/2)²),
     * without which a calm series of a few cases so far would cross up to twice as often as the 2.5% meant.
     */
    public static double boundSoFar(double mean, double upper, double fraction) {
        double mu = Math.max(0, mean);
        double sd = Math.max(0, upper - mu) / Z;
        double rateVariance = Math.max(0, sd * sd - mu);
        double variance = fraction * fraction * rateVariance + fraction * mu;
        return mu * fraction + Z * Math.sqrt(variance) + Z * Z / 4;
    }

    /**
     * A one-off event can explain a peak; a law only while it is new. Once a law has been in force for a few
     * months its effect is in the counts the forecast was made from, and naming it would explain nothing.
     */
    private static boolean explains(EventEntity event, YearMonth month) {
        return event.kind.oneOff() || !event.startDate.isBefore(month.minusMonths(LAW_IS_NEW_MONTHS).atDay(1));
    }

    /** Cases per series id: every organisation × caseType, and every region over all organisations. */
    private static Map<String, Long> observed(MonthlyCaseCounts byOrganisation, RegionalCaseCounts byRegion) {
        Map<String, Long> observed = new LinkedHashMap<>();
        if (byOrganisation != null && byOrganisation.cells() != null) {
            for (MonthlyCaseCounts.Cell c : byOrganisation.cells()) {
                if (c != null && c.count() != null && c.organisation() != null && c.caseType() != null) {
                    observed.merge(TriageCounts.seriesId(c.organisation(), c.caseType()), c.count(), Long::sum);
                }
            }
        }
        Map<Region, Long> regions = new EnumMap<>(Region.class);
        if (byRegion != null && byRegion.cells() != null) {
            for (RegionalCaseCounts.Cell c : byRegion.cells()) {
                if (c != null && c.count() != null && c.region() != null) {
                    regions.merge(c.region(), c.count(), Long::sum);
                }
            }
        }
        regions.forEach((region, count) -> observed.put(TriageCounts.seriesId(region), count));
        return observed;
    }

    /**
     * The cases so far of each organisation with more than one caseType: a rise spread over its caseTypes can stay
     * under each part's bound while their sum, whose noise grows only with its square root, runs above its own.
     */
    private static Map<Organisation, Long> totals(MonthlyCaseCounts byOrganisation) {
        Map<Organisation, Long> totals = new EnumMap<>(Organisation.class);
        Set<Organisation> unknown = EnumSet.noneOf(Organisation.class);
        if (byOrganisation != null && byOrganisation.cells() != null) {
            for (MonthlyCaseCounts.Cell c : byOrganisation.cells()) {
                if (c != null && c.organisation() != null && c.caseType() != null
                        && CASE_TYPES.getOrDefault(c.organisation(), List.of()).size() > 1) {
                    if (c.count() == null) {
                        // A part without a count leaves the sum unknown: without it the sum would show too few cases.
                        unknown.add(c.organisation());
                    } else {
                        totals.merge(c.organisation(), c.count(), Long::sum);
                    }
                }
            }
        }
        totals.keySet().removeAll(unknown);
        return totals;
    }

    /** The organisation's count over its caseTypes: not stored, so a series of its own only here. */
    private static SeriesEntity total(Organisation organisation) {
        SeriesEntity total = new SeriesEntity();
        total.id = TriageCounts.PREFIX + organisation.name();
        total.organisation = organisation;
        total.granularity = Granularity.MONTH;
        total.label = organisation.name() + ", every caseType";
        return total;
    }

    /**
     * The parts' sum per month, a gap where a part has one. Outside a part's months it adds 0: triage's series of a
     * caseType starts at its first case and runs on with zeros, so before or after it the caseType had no case.
     */
    private static SeriesHistory sum(SeriesEntity total, List<SeriesHistory> parts) {
        List<SeriesHistory> counted = parts.stream().filter(h -> !h.isEmpty()).toList();
        if (counted.isEmpty()) {
            return new SeriesHistory(total, null, new double[0]);
        }
        Period first = counted.stream().map(SeriesHistory::first).min(Period::compareTo).orElseThrow();
        int last = counted.stream().mapToInt(h -> h.last().ordinal()).max().orElseThrow();
        double[] values = new double[last - first.ordinal() + 1];
        for (SeriesHistory part : counted) {
            int offset = part.first().ordinal() - first.ordinal();
            for (int i = 0; i < part.values().length; i++) {
                values[offset + i] += part.values()[i];
            }
        }
        return new SeriesHistory(total, first, values);
    }

    /** The history up to the month before {@code period}: a count of the month itself is not used. */
    private static SeriesHistory before(SeriesHistory history, Period period) {
        if (history.isEmpty() || history.last().ordinal() < period.ordinal()) {
            return history;
        }
        int keep = Math.max(0, period.ordinal() - history.first().ordinal());
        return new SeriesHistory(history.series(), keep == 0 ? null : history.first(),
                Arrays.copyOf(history.values(), keep));
    }
}
