package nl.entree.forecast.series;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.TriageCounts;

/**
 * The counts a ministry has been shown ({@code published_count}), frozen per series and period at the first showing,
 * and triage's cases without a lead per month ({@code published_without_lead}), the last part of each month's line.
 * Not common's month-keyed {@code PublishedMonthLedger}: a month it marks published is never claimed again, so a
 * series created or filled after a month was first shown for other series would be read live in that month forever.
 */
@ApplicationScoped
class FrozenCounts {

    /** A frozen count with what its series says about it. */
    record Count(String seriesId, Organisation organisation, CaseType caseType, Region region,
            Granularity granularity, LocalDate start, long count) {
    }

    /** The end of the series' period (the first day after it), from its start and the series' granularity. */
    private static final String PERIOD_END = "p.period_start + case s.granularity when 'MONTH' then interval '1 month'"
            + " when 'HALF_YEAR' then interval '6 months' else interval '1 year' end";

    private final EntityManager em;
    private final Clock clock;

    FrozenCounts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Freezes every stored count of a period that ended by {@code lastShown} and is not frozen yet. Of two first
     * showings at once, the second waits on the first's rows and keeps them ("on conflict do nothing"); both insert
     * in the same order, so neither waits on the other for a row it holds itself.
     * <p>
     * Not a triage series' count of a month whose line a ministry was shown (its cases without a lead are frozen):
     * that line's parts were fixed then, a series without a count that month a 0 in it. A count written later (by
     * hand, or pulled again after triage's frozen months were dropped) would change which parts are hidden beside
     * the same frozen ones, and two reads would pin a hidden count.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void freeze(YearMonth lastShown) {
        em.createNativeQuery("insert into published_count (series_id, period_start, count, published_at) "
                + "select p.series_id, p.period_start, p.count, :now from observation p join series s "
                + "on s.id = p.series_id where p.count is not null and " + PERIOD_END + " <= :end "
                + "and not exists (select 1 from published_count f where f.series_id = p.series_id "
                + "and f.period_start = p.period_start) "
                + "and not (s.id like :triage and exists (select 1 from published_without_lead w "
                + "where w.month = p.period_start)) "
                + "order by p.series_id, p.period_start on conflict do nothing")
                .setParameter("now", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .setParameter("end", lastShown.plusMonths(1).atDay(1))
                .setParameter("triage", TriageCounts.PREFIX + "%")
                .executeUpdate();
        em.createNativeQuery("insert into published_without_lead (month, count, published_at) "
                + "select w.month, w.count, :now from triage_cases_without_lead w where w.month < :end "
                + "and not exists (select 1 from published_without_lead f where f.month = w.month) "
                + "order by w.month on conflict do nothing")
                .setParameter("now", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .setParameter("end", lastShown.plusMonths(1).atDay(1))
                .executeUpdate();
    }

    /** The frozen cases without a lead of the months up to {@code lastShown}, by the month's first day. */
    @Transactional(Transactional.TxType.MANDATORY)
    SortedMap<LocalDate, Long> withoutLeadUpTo(YearMonth lastShown) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select month, count from published_without_lead where month < :end")
                .setParameter("end", lastShown.plusMonths(1).atDay(1))
                .getResultList();
        SortedMap<LocalDate, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put(date(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /** The frozen counts of the periods that ended by {@code lastShown}, with what their series says about them. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Count> upTo(YearMonth lastShown) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.organisation, s.case_type, s.region, "
                + "s.granularity, p.period_start, p.count from published_count p join series s on s.id = p.series_id "
                + "where " + PERIOD_END + " <= :end")
                .setParameter("end", lastShown.plusMonths(1).atDay(1))
                .getResultList();
        return rows.stream().map(r -> new Count((String) r[0],
                r[1] == null ? null : Organisation.valueOf((String) r[1]),
                r[2] == null ? null : CaseType.valueOf((String) r[2]),
                r[3] == null ? null : Region.valueOf((String) r[3]),
                Granularity.valueOf((String) r[4]), date(r[5]), ((Number) r[6]).longValue())).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
