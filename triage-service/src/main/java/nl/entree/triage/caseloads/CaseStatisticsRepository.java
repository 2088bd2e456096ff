package nl.entree.triage.caseloads;

import static nl.entree.common.db.SqlValues.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.triage.cases.CaseEntity;
import nl.entree.triage.regional.RegionalServiceState;

/**
 * The native SQL of {@link CaseStatistics}: figures over many cases at once, grouped in the database rather than
 * loaded as entities. A region of null means every region; times are the bounds the service computed.
 */
@ApplicationScoped
class CaseStatisticsRepository implements PanacheRepositoryBase<CaseEntity, UUID> {

    /**
     * A case that counts towards a caseload: open, or accepted since the cut-off. {@code lateFor}: the organisations
     * that must act on one of its passed deadlines.
     */
    record CaseloadRow(Organisation lead, CaseType caseType, Priority priority, CaseStatus status, Instant received,
            Instant accepted, Set<Organisation> lateFor) {
    }

    /** One milestone of one case type under one organisation, with the newest plan version that names it. */
    record MilestoneRow(Organisation organisation, CaseType caseType, String code, int planVersion, long open,
            long atRisk, long overdue, long doneLastWeek) {
    }

    /**
     * Who records milestone {@code m} of case {@code t} now ({@code recorder.organisation}), as
     * {@code MilestoneSchedule.recorder} decides over the same column: the plan's recorder while it is on the case,
     * else the lead.
     */
    private static final String RECORDER = "cross join lateral (select case when exists (select 1 "
            + "from case_supporter s where s.case_id = t.id and s.organisation = m.planned_recorder) "
            + "then m.planned_recorder else t.lead_organisation end as organisation) recorder ";

    /**
     * The organisations that must act on a passed deadline of case {@code t} at {@code :now}, as a text array: the
     * lead for the offer's respondBy (which counts while the case is offered, as in {@code MilestoneSchedule}), and
     * for each open milestone past its due moment the organisation that records it now. A supporter's late
     * milestone is the supporter's to chase, not the lead's: the lead would be refused it.
     */
    private static final String LATE_FOR = "array(select t.lead_organisation where t.status = 'OFFERED' "
            + "and t.respond_by < :now union select recorder.organisation from case_milestone m " + RECORDER
            + "where m.case_id = t.id and m.done_on is null and m.due_at < :now)";

    List<CaseloadRow> caseloadRows(Instant acceptedSince, Instant now, Region region) {
        Query q = getEntityManager().createNativeQuery("select t.lead_organisation, t.case_type, t.priority, "
                + "t.status, t.received_at, t.accepted_at, array_to_string(" + LATE_FOR + ", ',') "
                + "from triage_case t where t.lead_organisation is not null "
                + "and (t.status in ('OFFERED', 'ACCEPTED') or t.accepted_at >= :acceptedSince)"
                + (region == null ? "" : " and t.region = :region"));
        q.setParameter("acceptedSince", Timestamp.from(acceptedSince));
        q.setParameter("now", Timestamp.from(now));
        if (region != null) {
            q.setParameter("region", region.name());
        }
        List<CaseloadRow> rows = new ArrayList<>();
        for (Object[] r : rows(q)) {
            Set<Organisation> lateFor = EnumSet.noneOf(Organisation.class);
            for (String o : ((String) r[6]).split(",")) {
                if (!o.isEmpty()) {
                    lateFor.add(Organisation.valueOf(o));
                }
            }
            rows.add(new CaseloadRow(Organisation.valueOf((String) r[0]), CaseType.valueOf((String) r[1]),
                    Priority.valueOf((String) r[2]), CaseStatus.valueOf((String) r[3]), instant(r[4]), instant(r[5]),
                    lateFor));
        }
        return rows;
    }

    /**
     * Per organisation, case type and milestone code, in the plan's order; done means done after {@code weekAgo}.
     * An open milestone counts for the organisation that records it now, as {@code MilestoneSchedule} decides: the
     * plan's {@code recordedBy} while it is on the case, else the lead. A coordinator chases whoever must act, and a
     * lead is refused a supporter's milestone. A done one counts for the organisation that recorded it: a case moves
     * on after VT's safety assessment, and that assessment is still VT's work (capacity's VT backlog counts it).
     */
    List<MilestoneRow> milestoneRows(Instant now, LocalDate weekAgo, Region region) {
        Query q = getEntityManager().createNativeQuery("select o.organisation, m.case_type, m.code, "
                + "max(m.plan_version), "
                + "count(*) filter (where m.done_on is null and t.status <> 'CLOSED'), "
                + "count(*) filter (where m.done_on is null and t.status <> 'CLOSED' and m.at_risk_from <= ?1 "
                + "and m.due_at >= ?1), "
                + "count(*) filter (where m.done_on is null and t.status <> 'CLOSED' and m.due_at < ?1), "
                + "count(*) filter (where m.done_on > ?2) "
                + "from case_milestone m join triage_case t on t.id = m.case_id "
                + RECORDER
                + "cross join lateral (select case when m.done_on is not null "
                + "then coalesce(m.recorded_by_org, t.lead_organisation) "
                + "else recorder.organisation end as organisation) o "
                + "where o.organisation is not null and (t.status <> 'CLOSED' or m.done_on > ?2)"
                + (region == null ? "" : " and t.region = ?3")
                + " group by 1, 2, 3 order by 1, 2, min(m.position), 3");
        q.setParameter(1, Timestamp.from(now));
        q.setParameter(2, weekAgo);
        if (region != null) {
            q.setParameter(3, region.name());
        }
        List<MilestoneRow> rows = new ArrayList<>();
        for (Object[] r : rows(q)) {
            rows.add(new MilestoneRow(Organisation.valueOf((String) r[0]), CaseType.valueOf((String) r[1]),
                    (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue()));
        }
        return rows;
    }

    /** Overdue as in the caseloads: a passed deadline the lead must act on, not a supporter's late milestone. */
    List<CaseStatistics.RegionalCaseload> byRegionalService(Instant now, Region region) {
        Query q = getEntityManager().createNativeQuery("select t.lead_organisation, t.regional_service_id, "
                + "max(t.regional_service_name), t.regional_service_state, count(*), "
                + "count(*) filter (where t.status = 'OFFERED'), "
                + "count(*) filter (where t.lead_organisation = any(" + LATE_FOR + ")) "
                + "from triage_case t where t.lead_organisation is not null and t.status in ('OFFERED', 'ACCEPTED')"
                + (region == null ? "" : " and t.region = :region")
                + " group by t.lead_organisation, t.regional_service_id, t.regional_service_state"
                + " order by t.lead_organisation, max(t.regional_service_name) nulls last, t.regional_service_state");
        q.setParameter("now", Timestamp.from(now));
        if (region != null) {
            q.setParameter("region", region.name());
        }
        List<CaseStatistics.RegionalCaseload> result = new ArrayList<>();
        for (Object[] r : rows(q)) {
            result.add(new CaseStatistics.RegionalCaseload(Organisation.valueOf((String) r[0]), (UUID) r[1],
                    (String) r[2], RegionalServiceState.valueOf((String) r[3]), ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(), ((Number) r[6]).longValue()));
        }
        return result;
    }

    /**
     * Per month (Dutch time) of cases received in {@code [from, to)}; a second intake as recorded when the case was
     * made, since the links it was found by go with an erasure.
     */
    List<CaseStatistics.LinkedMonth> linkedPerMonth(Instant from, Instant to, Region region) {
        Query q = getEntityManager().createNativeQuery("select to_char(c.received_at at time zone "
                + "'Europe/Amsterdam', 'YYYY-MM'), "
                + "count(*), count(*) filter (where c.linked_to_earlier_case) "
                + "from triage_case c where c.received_at >= ?1 and c.received_at < ?2 "
                + (region == null ? "" : "and c.region = ?3 ")
                + "group by 1 order by 1");
        q.setParameter(1, Timestamp.from(from));
        q.setParameter(2, Timestamp.from(to));
        if (region != null) {
            q.setParameter(3, region.name());
        }
        List<CaseStatistics.LinkedMonth> months = new ArrayList<>();
        for (Object[] r : rows(q)) {
            months.add(new CaseStatistics.LinkedMonth(YearMonth.parse((String) r[0]), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()));
        }
        return months;
    }

    /**
     * Cases received in {@code [from, to)} by month (Dutch time), current lead and case type (null for the cases no rule
     * gave a lead); none suppressed.
     */
    List<MonthlyCaseCounts.Cell> monthlyCells(Instant from, Instant to, Region region) {
        Query q = getEntityManager().createNativeQuery("select to_char(received_at at time zone "
                + "'Europe/Amsterdam', 'YYYY-MM') m, "
                + "coalesce(lead_organisation, decided_lead) o, coalesce(case_type, decided_case_type) t, count(*) "
                + "from triage_case where received_at >= ?1 and received_at < ?2 "
                + (region == null ? "" : "and region = ?3 ")
                + "group by 1, 2, 3");
        q.setParameter(1, Timestamp.from(from));
        q.setParameter(2, Timestamp.from(to));
        if (region != null) {
            q.setParameter(3, region.name());
        }
        List<MonthlyCaseCounts.Cell> cells = new ArrayList<>();
        for (Object[] r : rows(q)) {
            cells.add(new MonthlyCaseCounts.Cell(YearMonth.parse((String) r[0]),
                    r[1] == null ? null : Organisation.valueOf((String) r[1]),
                    r[2] == null ? null : CaseType.valueOf((String) r[2]), ((Number) r[3]).longValue(), false));
        }
        return cells;
    }

    /** Cases received in {@code [from, to)} by month, region, current lead, case type and acuteness; none hidden. */
    List<RegionalCaseCounts.Cell> regionalCells(Instant from, Instant to, Region region) {
        Query q = getEntityManager().createNativeQuery("select to_char(received_at at time zone "
                + "'Europe/Amsterdam', 'YYYY-MM') m, region r, "
                + "coalesce(lead_organisation, decided_lead) o, coalesce(case_type, decided_case_type) t, acute a, "
                + "count(*) "
                + "from triage_case where received_at >= ?1 and received_at < ?2 "
                + (region == null ? "" : "and region = ?3 ")
                + "group by 1, 2, 3, 4, 5");
        q.setParameter(1, Timestamp.from(from));
        q.setParameter(2, Timestamp.from(to));
        if (region != null) {
            q.setParameter(3, region.name());
        }
        List<RegionalCaseCounts.Cell> cells = new ArrayList<>();
        for (Object[] r : rows(q)) {
            cells.add(new RegionalCaseCounts.Cell(YearMonth.parse((String) r[0]),
                    r[1] == null ? null : Region.valueOf((String) r[1]),
                    r[2] == null ? null : Organisation.valueOf((String) r[2]),
                    r[3] == null ? null : CaseType.valueOf((String) r[3]), (Boolean) r[4],
                    ((Number) r[5]).longValue(), false));
        }
        return cells;
    }

    /** Closed in {@code [from, to)}, oldest first; org and caseType null mean any. */
    List<ClosedCase> closed(Instant from, Instant to, Organisation org, CaseType caseType, Region region) {
        StringBuilder sql = new StringBuilder("select id, lead_organisation, case_type, closed_at from triage_case "
                + "where status = 'CLOSED' and closed_at >= :from and closed_at < :to");
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
        Query q = getEntityManager().createNativeQuery(sql.toString());
        q.setParameter("from", Timestamp.from(from));
        q.setParameter("to", Timestamp.from(to));
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
        for (Object[] r : rows(q)) {
            result.add(new ClosedCase((UUID) r[0], r[1] == null ? null : Organisation.valueOf((String) r[1]),
                    r[2] == null ? null : CaseType.valueOf((String) r[2]), instant(r[3])));
        }
        return result;
    }

    /** Offered and accepted cases with a lead, in id order so that the same state gives the same answer. */
    List<OpenCase> open(Organisation org, Region region) {
        Query q = getEntityManager().createNativeQuery("select id, lead_organisation, case_type from triage_case "
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
        for (Object[] r : rows(q)) {
            result.add(new OpenCase((UUID) r[0], Organisation.valueOf((String) r[1]),
                    r[2] == null ? null : CaseType.valueOf((String) r[2])));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }
}
