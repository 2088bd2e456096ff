package nl.entree.triage.caseloads;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.disclosure.PublishedMonthLedger;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * The months a ministry has been shown, frozen at the first showing, with the same cells for the monthly and the
 * regional figures so that their totals stay equal. Which months are new to the ministry is common's
 * {@link PublishedMonthLedger}'s to say; the cells are triage's own.
 */
@ApplicationScoped
class PublishedMonths {

    /**
     * Cases of one month, region (null: none named), lead and case type (null: no rule gave one, and nobody has
     * reassigned it yet) and acuteness, as they were published.
     */
    record Cell(YearMonth month, Region region, Organisation organisation, CaseType caseType, boolean acute,
            long count) {
    }

    static final Instant CASES_WITHOUT_A_LEAD_FROZEN_SINCE = LocalDateTime.of(2026, 12, 6, 8, 43)
            .atZone(DutchTime.ZONE).toInstant();

    private final EntityManager em;
    private final PublishedMonthLedger ledger;

    PublishedMonths(EntityManager em, PublishedMonthLedger ledger) {
        this.em = em;
        this.ledger = ledger;
    }

    /**
     * Freezes every month from {@code from} to {@code to} not published yet, as the cases stand now: by the month
     * the contact was received, under the current lead and case type, as the live figures count them, those without
     * a lead included, so that the month's cells add up to its contacts. Only the cases taken in before the month's
     * line ({@link Disclosure#takenInBefore}) count, the line intake draws with the moment from triage's receipt, so
     * that a case that arrives between the two services' freezes is in neither month.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void publish(YearMonth from, YearMonth to) {
        for (YearMonth month : ledger.claim(from, to)) {
            em.createNativeQuery("""
                    insert into published_month_cell (month, region, organisation, case_type, acute, count)
                    select :month, region, coalesce(lead_organisation, decided_lead),
                        coalesce(case_type, decided_case_type), acute, count(*)
                    from triage_case
                    where received_at >= :start and received_at < :end and created_at < :line
                    group by 2, 3, 4, 5""")
                    .setParameter("month", month.toString())
                    .setParameter("start", month.atDay(1).atStartOfDay(DutchTime.ZONE).toInstant())
                    .setParameter("end", month.plusMonths(1).atDay(1).atStartOfDay(DutchTime.ZONE).toInstant())
                    .setParameter("line", Disclosure.takenInBefore(month))
                    .executeUpdate();
        }
    }

    /**
     * Of the months from {@code from} to {@code to}, those frozen before the cases without a lead were frozen too
     * (V20, from 2026-12-06 08:43 Dutch time): their part was left out, so it is unknown, not 0.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<YearMonth> frozenWithoutTheCasesWithoutALead(YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<String> months = em.createNativeQuery("select month from published_month where month >= :from "
                + "and month <= :to and published_at < :since")
                .setParameter("from", from.toString())
                .setParameter("to", to.toString())
                .setParameter("since", CASES_WITHOUT_A_LEAD_FROZEN_SINCE)
                .getResultList();
        return months.stream().map(YearMonth::parse).collect(Collectors.toSet());
    }

    /** The published cells of the months from {@code from} to {@code to}; a region of null means every region. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Cell> cells(YearMonth from, YearMonth to, Region region) {
        var query = em.createNativeQuery("select month, region, organisation, case_type, acute, count "
                + "from published_month_cell where month >= :from and month <= :to"
                + (region == null ? "" : " and region = :region"))
                .setParameter("from", from.toString())
                .setParameter("to", to.toString());
        if (region != null) {
            query.setParameter("region", region.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Cell(YearMonth.parse((String) r[0]),
                r[1] == null ? null : Region.valueOf((String) r[1]),
                r[2] == null ? null : Organisation.valueOf((String) r[2]),
                r[3] == null ? null : CaseType.valueOf((String) r[3]), Boolean.TRUE.equals(r[4]),
                ((Number) r[5]).longValue())).toList();
    }
}
