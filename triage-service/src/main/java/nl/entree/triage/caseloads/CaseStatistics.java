package nl.entree.triage.caseloads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.Caseloads;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.triage.audit.AuditTerms;
import nl.entree.triage.milestones.MilestonePlans;
import nl.entree.triage.milestones.MilestoneTerm;
import nl.entree.triage.regional.RegionalServiceState;

/** Figures over many cases: caseloads for coordinators and capacity, monthly counts for forecast and ministries. */
@ApplicationScoped
public class CaseStatistics {

    private static final int MAX_MONTHS = 240;

    private final CaseStatisticsRepository figures;
    private final Caller caller;
    private final Disclosure disclosure;
    private final AuditTrail audit;
    private final MilestonePlans plans;
    private final Clock clock;
    private final PublishedMonths published;

    CaseStatistics(CaseStatisticsRepository figures, Caller caller, Disclosure disclosure, AuditTrail audit,
            MilestonePlans plans, Clock clock, PublishedMonths published) {
        this.figures = figures;
        this.published = published;
        this.caller = caller;
        this.disclosure = disclosure;
        this.audit = audit;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public Caseloads caseloads(Region requested) {
        Region region = caller.regionWithin(requested);
        Instant now = Instant.now(clock);
        Instant monthAgo = now.minus(Duration.ofDays(30));
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Map<Organisation, Tally> tallies = new EnumMap<>(Organisation.class);
        for (Organisation o : Organisation.values()) {
            tallies.put(o, new Tally());
        }
        for (CaseStatisticsRepository.CaseloadRow r : figures.caseloadRows(monthAgo, now, region)) {
            Tally t = tallies.get(r.lead());
            CaseStatus status = r.status();
            Instant received = r.received();
            Instant accepted = r.accepted();
            if (status == CaseStatus.OFFERED || status == CaseStatus.ACCEPTED) {
                t.open++;
                t.byCaseType.merge(r.caseType(), 1L, Long::sum);
                t.byPriority.merge(r.priority(), 1L, Long::sum);
                // Late for whoever must act on a passed deadline, as the open milestones are counted: a supporter's
                // late milestone is the supporter's to catch up on, and the lead could not record it.
                r.lateFor().forEach(o -> tallies.get(o).overdue++);
            }
            if (status == CaseStatus.OFFERED) {
                t.awaiting++;
                long wait = Math.max(0, ChronoUnit.MINUTES.between(received, now));
                t.longestWait = t.longestWait == null ? wait : Math.max(t.longestWait, wait);
            }
            if (accepted != null && !accepted.isBefore(weekAgo)) {
                t.acceptedLast7Days++;
            }
            if (accepted != null && !accepted.isBefore(monthAgo)) {
                t.minutesToAcceptance.add(Math.max(0, ChronoUnit.MINUTES.between(received, accepted)));
            }
        }
        Map<Organisation, List<Caseloads.MilestoneLoad>> milestones = milestoneLoads(region, now);
        List<Caseloads.OrganisationCaseload> result = new ArrayList<>();
        tallies.forEach((o, t) -> result.add(new Caseloads.OrganisationCaseload(o, t.open, Map.copyOf(t.byCaseType),
                Map.copyOf(t.byPriority), t.awaiting, t.overdue, t.acceptedLast7Days, t.longestWait,
                median(t.minutesToAcceptance), milestones.getOrDefault(o, List.of()))));
        audit.record("CASELOADS_READ", AuditTerms.CASELOAD, region, AuditResult.OK);
        return new Caseloads(region, now, result);
    }

    /**
     * Per organisation that records it now, each milestone's open, at-risk and overdue count on cases not closed,
     * and per recording organisation how many were done in the last 7 days: on the deadlines and recorders
     * MilestoneSchedule keeps, so they agree with the case pages. Named as the newest plan version on those cases
     * names them.
     */
    private Map<Organisation, List<Caseloads.MilestoneLoad>> milestoneLoads(Region region, Instant now) {
        LocalDate weekAgo = LocalDate.ofInstant(now, DutchTime.ZONE).minusDays(7);
        Map<Organisation, List<Caseloads.MilestoneLoad>> loads = new EnumMap<>(Organisation.class);
        for (CaseStatisticsRepository.MilestoneRow r : figures.milestoneRows(now, weekAgo, region)) {
            MilestoneTerm term = plans.version(r.planVersion()).forCaseType(r.caseType()).stream()
                    .filter(t -> t.code().equals(r.code())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Plan " + r.planVersion() + " has no " + r.code()));
            loads.computeIfAbsent(r.organisation(), o -> new ArrayList<>())
                    .add(new Caseloads.MilestoneLoad(r.caseType(), r.code(), term.name(),
                            term.basis() == MilestoneTerm.Basis.STATUTORY, r.open(), r.atRisk(), r.overdue(),
                            r.doneLastWeek()));
        }
        return loads;
    }

    /** One regional service's open work; {@code id} and {@code name} are empty for cases not (yet) resolved. */
    public record RegionalCaseload(Organisation organisation, UUID regionalServiceId, String name,
            RegionalServiceState state, long open, long awaiting, long overdue) {
    }

    /**
     * Open work (offered or accepted) per regional service, beside the per-organisation caseloads. Cases whose
     * regional service is pending or unknown to the directory are counted on a line of their own per organisation,
     * so the lines add up to the organisation's open cases.
     */
    @Transactional
    public List<RegionalCaseload> caseloadsByRegionalService(Region requested) {
        Region region = caller.regionWithin(requested);
        List<RegionalCaseload> result = figures.byRegionalService(Instant.now(clock), region);
        audit.record("CASELOADS_READ", AuditTerms.CASELOAD, region, AuditResult.OK);
        return result;
    }

    /** One month's cases, and how many of them came from a person who already had a case: a second intake. */
    public record LinkedMonth(YearMonth month, long cases, long linkedToEarlierCase) {
    }

    /**
     * The duplicate intakes the letter wants fewer of: per month (Dutch time), the cases received, and of them those
     * whose person, by the keyed hash of their client code, already had a case received before, as that was when the
     * case was made. Only contacts with a client code can be linked, so this is a lower bound.
     */
    @Transactional
    public List<LinkedMonth> linkedPerMonth(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw ProblemException.badRequest("to", "the period may span at most " + MAX_MONTHS + " months");
        }
        Region region = caller.regionWithin(null);
        List<LinkedMonth> months = figures.linkedPerMonth(start(from), start(to.plusMonths(1)), region);
        audit.record("CASES_LINKED_READ", AuditTerms.CASE_STATISTICS, region, AuditResult.OK);
        return months;
    }

    /**
     * By the month (Dutch time) the contact was received, under its current lead and case type. The cells of a
     * month add up to the contacts intake publishes for that month, so for a ministry each month is suppressed
     * as a line with a known total: never exactly one cell hidden. A ministry gets every case type and the cases
     * without a lead in every month asked for, 0 included ({@link #publishedMonthlyCells}).
     */
    @Transactional
    public MonthlyCaseCounts monthly(YearMonth from, YearMonth to, boolean published) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw ProblemException.badRequest("to", "the period may span at most " + MAX_MONTHS + " months");
        }
        disclosure.requireCompletedMonth("to", to);
        Region region = caller.regionWithin(null);
        boolean suppress = disclosure.suppressSmallCounts();
        Map<YearMonth, List<MonthlyCaseCounts.Cell>> byMonth = new TreeMap<>();
        for (MonthlyCaseCounts.Cell cell : suppress || published ? publishedMonthlyCells(from, to, region, suppress)
                : figures.monthlyCells(start(from), start(to.plusMonths(1)), region)) {
            byMonth.computeIfAbsent(cell.month(), m -> new ArrayList<>()).add(cell);
        }
        List<MonthlyCaseCounts.Cell> cells = new ArrayList<>();
        for (List<MonthlyCaseCounts.Cell> month : byMonth.values()) {
            month.sort(MonthlyCaseCounts.Cell.CANONICAL);
            boolean[] hidden = SmallCellSuppression.suppressLine(
                    month.stream().mapToLong(MonthlyCaseCounts.Cell::count).toArray(), month.get(0).month());
            for (int i = 0; i < month.size(); i++) {
                MonthlyCaseCounts.Cell c = month.get(i);
                boolean hide = suppress && hidden[i];
                cells.add(new MonthlyCaseCounts.Cell(c.month(), c.organisation(), c.caseType(),
                        hide ? null : c.count(), hide));
            }
        }
        audit.record("CASE_STATS_READ", AuditTerms.CASE_STATISTICS, null, AuditResult.OK);
        return new MonthlyCaseCounts(from, to, cells);
    }

    /**
     * The cases of {@link #monthly} by the region the contact named. A ministry gets the regions' totals per month
     * only, every region and "no region" in every month, 0 included, suppressed as a line under the month's total
     * (see {@link RegionalCaseCounts}); everyone else the region × organisation × caseType × acute cells, and a
     * coordinator bound to a region that region's.
     */
    @Transactional
    public RegionalCaseCounts regional(YearMonth from, YearMonth to, boolean published) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw ProblemException.badRequest("to", "the period may span at most " + MAX_MONTHS + " months");
        }
        disclosure.requireCompletedMonth("to", to);
        Region region = caller.regionWithin(null);
        boolean ministry = disclosure.suppressSmallCounts();
        Map<YearMonth, List<RegionalCaseCounts.Cell>> byMonth = new TreeMap<>();
        for (RegionalCaseCounts.Cell cell : ministry || published ? publishedRegionalCells(from, to, region, !ministry)
                : figures.regionalCells(start(from), start(to.plusMonths(1)), region)) {
            byMonth.computeIfAbsent(cell.month(), m -> new ArrayList<>()).add(cell);
        }
        List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
        for (List<RegionalCaseCounts.Cell> month : byMonth.values()) {
            month.sort(RegionalCaseCounts.Cell.CANONICAL);
            boolean[] hidden = SmallCellSuppression.suppressLine(
                    month.stream().mapToLong(RegionalCaseCounts.Cell::count).toArray(), month.get(0).month());
            for (int i = 0; i < month.size(); i++) {
                RegionalCaseCounts.Cell c = month.get(i);
                boolean hide = ministry && hidden[i];
                cells.add(new RegionalCaseCounts.Cell(c.month(), c.region(), c.organisation(), c.caseType(),
                        c.acute(), hide ? null : c.count(), hide));
            }
        }
        audit.record("CASE_STATS_READ", AuditTerms.CASE_STATISTICS, region, AuditResult.OK);
        return new RegionalCaseCounts(from, to, cells);
    }

    /**
     * A ministry is shown each month as it was when a ministry first saw it ({@link PublishedMonths}): a case
     * reassigned or registered late afterwards never shows as the difference between two reads. forecast asks for
     * the same months, so its series and forecasts rest on what ministries were shown, not on a count one higher.
     * <p>
     * With {@code everyCategory} (a ministry) every month from {@code from} to {@code to} lists every case type and
     * the cases without a lead, 0 included. The frozen cells hold only the groups that had cases, and listed alone
     * they would say which parts are not 0: a month of 18 in two hidden parts, beside intake's total, gives 9 and 9.
     * A zero is never chosen as a partner, so the same cells are hidden as without it; when the line's total is
     * hidden, the zeros are hidden with it. A month frozen before the cases without a lead were frozen with it lists
     * no such part: it is unknown there, not 0. forecast, with a service token, still gets the groups that had cases:
     * it reads a series' first count as the month Entree's use of it began.
     */
    private List<MonthlyCaseCounts.Cell> publishedMonthlyCells(YearMonth from, YearMonth to, Region region,
            boolean everyCategory) {
        publish(from, to);
        Map<MonthlyCaseCounts.Cell, Long> sums = new LinkedHashMap<>();
        if (everyCategory) {
            Set<YearMonth> withoutThatPart = published.frozenWithoutTheCasesWithoutALead(from, to);
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                for (CaseType caseType : CaseType.values()) {
                    sums.put(new MonthlyCaseCounts.Cell(month, caseType.organisation(), caseType, null, false), 0L);
                }
                if (!withoutThatPart.contains(month)) {
                    sums.put(new MonthlyCaseCounts.Cell(month, null, null, null, false), 0L);
                }
            }
        }
        for (PublishedMonths.Cell c : published.cells(from, to, region)) {
            sums.merge(new MonthlyCaseCounts.Cell(c.month(), c.organisation(), c.caseType(), null, false), c.count(),
                    Long::sum);
        }
        return sums.entrySet().stream().map(e -> new MonthlyCaseCounts.Cell(e.getKey().month(),
                e.getKey().organisation(), e.getKey().caseType(), e.getValue(), false)).toList();
    }

    /**
     * As {@link #publishedMonthlyCells}, by region: with {@code detail} also by lead, case type and acuteness,
     * without it the regions' totals, the cells a ministry gets: every region and "no region" in every month, 0
     * included, for the same reason.
     */
    private List<RegionalCaseCounts.Cell> publishedRegionalCells(YearMonth from, YearMonth to, Region region,
            boolean detail) {
        publish(from, to);
        Map<RegionalCaseCounts.Cell, Long> sums = new LinkedHashMap<>();
        if (!detail) {
            // Bound to a region, a caller's line is that region's alone; national, the contacts that named no region
            // are its last part.
            List<Region> regions = new ArrayList<>();
            if (region == null) {
                regions.addAll(List.of(Region.values()));
            }
            regions.add(region);
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                for (Region r : regions) {
                    sums.put(new RegionalCaseCounts.Cell(month, r, null, null, null, null, false), 0L);
                }
            }
        }
        for (PublishedMonths.Cell c : published.cells(from, to, region)) {
            sums.merge(detail
                    ? new RegionalCaseCounts.Cell(c.month(), c.region(), c.organisation(), c.caseType(), c.acute(),
                            null, false)
                    : new RegionalCaseCounts.Cell(c.month(), c.region(), null, null, null, null, false),
                    c.count(), Long::sum);
        }
        return sums.entrySet().stream().map(e -> new RegionalCaseCounts.Cell(e.getKey().month(), e.getKey().region(),
                e.getKey().organisation(), e.getKey().caseType(), e.getKey().acute(), e.getValue(), false)).toList();
    }

    /** Only a completed month is published: one in progress would be frozen with part of its cases. */
    private void publish(YearMonth from, YearMonth to) {
        YearMonth lastCompleted = Disclosure.lastCompletedMonth(clock);
        if (to.isAfter(lastCompleted)) {
            throw ProblemException.badRequest("to", "published months are completed months only: " + lastCompleted
                    + " or before");
        }
        published.publish(from, to);
    }

    /** Closed on a Dutch calendar day from {@code from} to {@code to}, both inclusive. */
    @Transactional
    public List<ClosedCase> closed(LocalDate from, LocalDate to, Organisation org, CaseType caseType) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        Region region = caller.regionWithin(null);
        List<ClosedCase> result = figures.closed(from.atStartOfDay(DutchTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant(), org, caseType, region);
        // One record per case named, as for a list of cases: "who has seen this case" must find this answer too.
        audit.recordEach("CASES_CLOSED_READ", AuditTerms.CASE, result.stream().map(ClosedCase::caseId).toList(),
                AuditResult.OK);
        return result;
    }

    /** Offered and accepted cases with a lead, in id order so that the same state gives the same answer. */
    @Transactional
    public List<OpenCase> open(Organisation org, Region requested) {
        Region region = caller.regionWithin(requested);
        List<OpenCase> result = figures.open(org, region);
        // One record per case named, as for closed cases: "who has seen this case" must find this answer too.
        audit.recordEach("CASES_OPEN_READ", AuditTerms.CASE, result.stream().map(OpenCase::caseId).toList(),
                AuditResult.OK);
        return result;
    }

    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    /** The first moment of the month in Dutch time. */
    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }

    private static final class Tally {
        long open;
        long awaiting;
        long overdue;
        long acceptedLast7Days;
        Long longestWait;
        final Map<CaseType, Long> byCaseType = new EnumMap<>(CaseType.class);
        final Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
        final List<Long> minutesToAcceptance = new ArrayList<>();
    }
}
