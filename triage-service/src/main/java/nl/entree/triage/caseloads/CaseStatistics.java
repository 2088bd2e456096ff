package nl.entree.triage.caseloads;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import nl.entree.common.vocabulary.Acuteness;
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

    private final EntityManager em;
    private final Caller caller;
    private final Disclosure disclosure;
    private final AuditTrail audit;
    private final MilestonePlans plans;
    private final Clock clock;

    public CaseStatistics(EntityManager em, Caller caller, Disclosure disclosure, AuditTrail audit,
            MilestonePlans plans, Clock clock) {
        this.em = em;
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
        Query q = em.createNativeQuery("select lead_organisation, case_type, priority, status, received_at, "
                + "respond_by, accepted_at from triage_case where lead_organisation is not null "
                + "and (status in ('OFFERED', 'ACCEPTED') or accepted_at >= ?1)"
                + (region == null ? "" : " and region = ?2"));
        q.setParameter(1, Timestamp.from(monthAgo));
        if (region != null) {
            q.setParameter(2, region.name());
        }
        Map<Organisation, Tally> tallies = new EnumMap<>(Organisation.class);
        for (Organisation o : Organisation.values()) {
            tallies.put(o, new Tally());
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            Tally t = tallies.get(Organisation.valueOf((String) r[0]));
            CaseStatus status = CaseStatus.valueOf((String) r[3]);
            Instant received = instant(r[4]);
            Instant respondBy = instant(r[5]);
            Instant accepted = instant(r[6]);
            if (status == CaseStatus.OFFERED || status == CaseStatus.ACCEPTED) {
                t.open++;
                t.byCaseType.merge(CaseType.valueOf((String) r[1]), 1L, Long::sum);
                t.byPriority.merge(Priority.valueOf((String) r[2]), 1L, Long::sum);
            }
            if (status == CaseStatus.OFFERED) {
                t.awaiting++;
                if (respondBy.isBefore(now)) {
                    t.overdue++;
                }
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
     * Per lead organisation, each milestone's open, at-risk and overdue count on cases not closed, and how many were
     * done in the last 7 days: on the deadlines MilestoneSchedule keeps, so they agree with the case pages. Named as
     * the newest plan version on those cases names them.
     */
    private Map<Organisation, List<Caseloads.MilestoneLoad>> milestoneLoads(Region region, Instant now) {
        LocalDate weekAgo = LocalDate.ofInstant(now, Acuteness.ZONE).minusDays(7);
        Query q = em.createNativeQuery("select t.lead_organisation, m.case_type, m.code, max(m.plan_version), "
                + "count(*) filter (where m.done_on is null and t.status <> 'CLOSED'), "
                + "count(*) filter (where m.done_on is null and t.status <> 'CLOSED' and m.at_risk_from <= ?1 "
                + "and m.due_at >= ?1), "
                + "count(*) filter (where m.done_on is null and t.status <> 'CLOSED' and m.due_at < ?1), "
                + "count(*) filter (where m.done_on > ?2) "
                + "from case_milestone m join triage_case t on t.id = m.case_id "
                + "where t.lead_organisation is not null and (t.status <> 'CLOSED' or m.done_on > ?2)"
                + (region == null ? "" : " and t.region = ?3")
                + " group by 1, 2, 3 order by 1, 2, min(m.position), 3");
        q.setParameter(1, Timestamp.from(now));
        q.setParameter(2, weekAgo);
        if (region != null) {
            q.setParameter(3, region.name());
        }
        Map<Organisation, List<Caseloads.MilestoneLoad>> loads = new EnumMap<>(Organisation.class);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            CaseType caseType = CaseType.valueOf((String) r[1]);
            String code = (String) r[2];
            MilestoneTerm term = plans.version(((Number) r[3]).intValue()).forCaseType(caseType).stream()
                    .filter(t -> t.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Plan " + r[3] + " has no " + code));
            loads.computeIfAbsent(Organisation.valueOf((String) r[0]), o -> new ArrayList<>())
                    .add(new Caseloads.MilestoneLoad(caseType, code, term.name(),
                            term.basis() == MilestoneTerm.Basis.STATUTORY, ((Number) r[4]).longValue(),
                            ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue()));
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
        Query q = em.createNativeQuery("select lead_organisation, regional_service_id, "
                + "max(regional_service_name), regional_service_state, count(*), "
                + "count(*) filter (where status = 'OFFERED'), "
                + "count(*) filter (where status = 'OFFERED' and respond_by < ?1) "
                + "from triage_case where lead_organisation is not null and status in ('OFFERED', 'ACCEPTED')"
                + (region == null ? "" : " and region = ?2")
                + " group by lead_organisation, regional_service_id, regional_service_state"
                + " order by lead_organisation, max(regional_service_name) nulls last, regional_service_state");
        q.setParameter(1, Timestamp.from(Instant.now(clock)));
        if (region != null) {
            q.setParameter(2, region.name());
        }
        List<RegionalCaseload> result = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new RegionalCaseload(Organisation.valueOf((String) r[0]), (UUID) r[1], (String) r[2],
                    RegionalServiceState.valueOf((String) r[3]), ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(), ((Number) r[6]).longValue()));
        }
        audit.record("CASELOADS_READ", AuditTerms.CASELOAD, region, AuditResult.OK);
        return result;
    }

    /** One month's cases, and how many of them came from a person who already had a case: a second intake. */
    public record LinkedMonth(YearMonth month, long cases, long linkedToEarlierCase) {
    }

    /**
     * The duplicate intakes the letter wants fewer of: per month (Dutch time), the cases received, and of them those
     * whose person, by the keyed hash of their client code, already had a case received before. Only contacts with a
     * client code can be linked, so this is a lower bound.
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
        Query q = em.createNativeQuery("select to_char(c.received_at at time zone 'Europe/Amsterdam', 'YYYY-MM'), "
                + "count(*), count(*) filter (where exists (select 1 from case_person_link a "
                + "join case_person_link b on b.link = a.link and b.case_id <> a.case_id "
                + "join triage_case e on e.id = b.case_id where a.case_id = c.id and e.received_at < c.received_at)) "
                + "from triage_case c where c.received_at >= ?1 and c.received_at < ?2 "
                + (region == null ? "" : "and c.region = ?3 ")
                + "group by 1 order by 1");
        q.setParameter(1, Timestamp.from(from.atDay(1).atStartOfDay(Acuteness.ZONE).toInstant()));
        q.setParameter(2, Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(Acuteness.ZONE).toInstant()));
        if (region != null) {
            q.setParameter(3, region.name());
        }
        List<LinkedMonth> months = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            months.add(new LinkedMonth(YearMonth.parse((String) r[0]), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()));
        }
        audit.record("CASES_LINKED_READ", AuditTerms.CASE_STATISTICS, region, AuditResult.OK);
        return months;
    }

    /**
     * By the month (Dutch time) the contact was received, under its current lead and case type. The cells of a
     * month add up to the contacts intake publishes for that month, so for a ministry each month is suppressed
     * as a line with a known total: never exactly one cell hidden.
     */
    @Transactional
    public MonthlyCaseCounts monthly(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw ProblemException.badRequest("to", "the period may span at most " + MAX_MONTHS + " months");
        }
        Region region = caller.regionWithin(null);
        Query q = em.createNativeQuery("select to_char(received_at at time zone 'Europe/Amsterdam', 'YYYY-MM') m, "
                + "coalesce(lead_organisation, decided_lead) o, coalesce(case_type, decided_case_type) t, count(*) "
                + "from triage_case where received_at >= ?1 and received_at < ?2 "
                + "and coalesce(lead_organisation, decided_lead) is not null "
                + (region == null ? "" : "and region = ?3 ")
                + "group by 1, 2, 3");
        q.setParameter(1, Timestamp.from(from.atDay(1).atStartOfDay(Acuteness.ZONE).toInstant()));
        q.setParameter(2, Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(Acuteness.ZONE).toInstant()));
        if (region != null) {
            q.setParameter(3, region.name());
        }
        Map<YearMonth, List<MonthlyCaseCounts.Cell>> byMonth = new TreeMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            byMonth.computeIfAbsent(YearMonth.parse((String) r[0]), m -> new ArrayList<>())
                    .add(new MonthlyCaseCounts.Cell(YearMonth.parse((String) r[0]), Organisation.valueOf((String) r[1]),
                            CaseType.valueOf((String) r[2]), ((Number) r[3]).longValue(), false));
        }
        boolean suppress = disclosure.suppressSmallCounts();
        List<MonthlyCaseCounts.Cell> cells = new ArrayList<>();
        for (List<MonthlyCaseCounts.Cell> month : byMonth.values()) {
            month.sort(MonthlyCaseCounts.Cell.CANONICAL);
            boolean[] hidden = SmallCellSuppression.suppressLine(month.stream().mapToLong(MonthlyCaseCounts.Cell::count).toArray());
            for (int i = 0; i < month.size(); i++) {
                MonthlyCaseCounts.Cell c = month.get(i);
                boolean hide = suppress && hidden[i];
                cells.add(new MonthlyCaseCounts.Cell(c.month(), c.organisation(), c.caseType(), hide ? null : c.count(), hide));
            }
        }
        audit.record("CASE_STATS_READ", AuditTerms.CASE_STATISTICS, null, AuditResult.OK);
        return new MonthlyCaseCounts(from, to, cells);
    }

    /**
     * The cases of {@link #monthly} by the region the contact named. A ministry gets the regions' totals per month
     * only, suppressed as a line under the month's total (see {@link RegionalCaseCounts}); everyone else the
     * region × organisation × caseType × acute cells, and a coordinator bound to a region that region's.
     */
    @Transactional
    public RegionalCaseCounts regional(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw ProblemException.badRequest("to", "the period may span at most " + MAX_MONTHS + " months");
        }
        Region region = caller.regionWithin(null);
        boolean ministry = disclosure.suppressSmallCounts();
        String detail = ministry ? "cast(null as text) o, cast(null as text) t, cast(null as boolean) a, "
                : "coalesce(lead_organisation, decided_lead) o, coalesce(case_type, decided_case_type) t, acute a, ";
        Query q = em.createNativeQuery("select to_char(received_at at time zone 'Europe/Amsterdam', 'YYYY-MM') m, "
                + "region r, " + detail + "count(*) "
                + "from triage_case where received_at >= ?1 and received_at < ?2 "
                + "and coalesce(lead_organisation, decided_lead) is not null "
                + (region == null ? "" : "and region = ?3 ")
                + "group by 1, 2, 3, 4, 5");
        q.setParameter(1, Timestamp.from(from.atDay(1).atStartOfDay(Acuteness.ZONE).toInstant()));
        q.setParameter(2, Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(Acuteness.ZONE).toInstant()));
        if (region != null) {
            q.setParameter(3, region.name());
        }
        Map<YearMonth, List<RegionalCaseCounts.Cell>> byMonth = new TreeMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            YearMonth month = YearMonth.parse((String) r[0]);
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(new RegionalCaseCounts.Cell(month,
                    r[1] == null ? null : Region.valueOf((String) r[1]),
                    r[2] == null ? null : Organisation.valueOf((String) r[2]),
                    r[3] == null ? null : CaseType.valueOf((String) r[3]), (Boolean) r[4],
                    ((Number) r[5]).longValue(), false));
        }
        List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
        for (List<RegionalCaseCounts.Cell> month : byMonth.values()) {
            month.sort(RegionalCaseCounts.Cell.CANONICAL);
            boolean[] hidden = SmallCellSuppression.suppressLine(
                    month.stream().mapToLong(RegionalCaseCounts.Cell::count).toArray());
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

    /** Closed on a Dutch calendar day from {@code from} to {@code to}, both inclusive. */
    @Transactional
    public List<ClosedCase> closed(LocalDate from, LocalDate to, Organisation org, CaseType caseType) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        StringBuilder sql = new StringBuilder("select id, lead_organisation, case_type, closed_at from triage_case "
                + "where status = 'CLOSED' and closed_at >= :from and closed_at < :to");
        Region region = caller.regionWithin(null);
        if (org != null) {
            sql.append(" and lead_organisation = :org");
        }
        if (caseType != null) {
            sql.append(" and case_type = :caseType");
        }
        if (region != null) {
            sql.append(" and region = :region");
        }
        sql.append(" order by closed_at, id");
        Query q = em.createNativeQuery(sql.toString());
        q.setParameter("from", Timestamp.from(from.atStartOfDay(Acuteness.ZONE).toInstant()));
        q.setParameter("to", Timestamp.from(to.plusDays(1).atStartOfDay(Acuteness.ZONE).toInstant()));
        if (org != null) {
            q.setParameter("org", org.name());
        }
        if (caseType != null) {
            q.setParameter("caseType", caseType.name());
        }
        if (region != null) {
            q.setParameter("region", region.name());
        }
        List<ClosedCase> result = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new ClosedCase((UUID) r[0], r[1] == null ? null : Organisation.valueOf((String) r[1]),
                    r[2] == null ? null : CaseType.valueOf((String) r[2]), instant(r[3])));
        }
        audit.record("CASES_CLOSED_READ", AuditTerms.CASE, null, AuditResult.OK);
        return result;
    }

    /** Offered and accepted cases with a lead, in id order so that the same state gives the same answer. */
    @Transactional
    public List<OpenCase> open(Organisation org, Region requested) {
        Region region = caller.regionWithin(requested);
        Query q = em.createNativeQuery("select id, lead_organisation, case_type from triage_case "
                + "where lead_organisation is not null and status in ('OFFERED', 'ACCEPTED')"
                + (org == null ? "" : " and lead_organisation = :org")
                + (region == null ? "" : " and region = :region")
                + " order by id");
        if (org != null) {
            q.setParameter("org", org.name());
        }
        if (region != null) {
            q.setParameter("region", region.name());
        }
        List<OpenCase> result = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new OpenCase((UUID) r[0], Organisation.valueOf((String) r[1]),
                    r[2] == null ? null : CaseType.valueOf((String) r[2])));
        }
        audit.record("CASES_OPEN_READ", AuditTerms.CASELOAD, region, AuditResult.OK);
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

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass().getSimpleName());
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
