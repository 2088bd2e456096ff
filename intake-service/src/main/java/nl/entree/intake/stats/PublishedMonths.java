package nl.entree.intake.stats;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.disclosure.PublishedMonthLedger;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.ContactPrompt;
import nl.entree.common.vocabulary.Region;
import nl.entree.intake.contacts.ContactStatus;

/**
 * The months a ministry has been shown, frozen at the first showing. Which months are new to the ministry is
 * common's {@link PublishedMonthLedger}'s to say; the cells are intake's own.
 */
@ApplicationScoped
class PublishedMonths {

    /** Contacts of one month, region, channel, acuteness and prompt (null: not asked), as they were published. */
    record Cell(YearMonth month, Region region, Channel channel, boolean acute, ContactPrompt prompt, long count) {
    }

    private final EntityManager em;
    private final PublishedMonthLedger ledger;

    PublishedMonths(EntityManager em, PublishedMonthLedger ledger) {
        this.em = em;
        this.ledger = ledger;
    }

    /**
     * Freezes every month from {@code from} to {@code to} not published yet. Only the contacts triage took in before
     * the month's line ({@link Disclosure#takenInBefore}) count; {@code routed_at} is triage's moment, from its
     * receipt. triage freezes the same month from the same cases, seconds or days apart from this, and a contact still
     * in the outbox, one triage refused, or one that reached triage in between would otherwise be intake's total less
     * triage's, a count below 10.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void publish(YearMonth from, YearMonth to) {
        for (YearMonth month : ledger.claim(from, to)) {
            if (!settled(month)) {
                throw ProblemException.unavailable(month + " is not settled yet: contacts of it are still on their way"
                        + " to triage. Try again when triage has them.");
            }
            em.createNativeQuery("""
                    insert into published_month_cell (month, region, channel, acute, prompt, count)
                    select :month, region, channel, acute, prompt, count(*) from contact
                    where received_at >= :start and received_at < :end and status = :routed
                        and routed_at < :line
                    group by region, channel, acute, prompt""")
                    .setParameter("month", month.toString())
                    .setParameter("routed", ContactStatus.ROUTED.name())
                    .setParameter("start", month.atDay(1).atStartOfDay(DutchTime.ZONE).toInstant())
                    .setParameter("end", month.plusMonths(1).atDay(1).atStartOfDay(DutchTime.ZONE).toInstant())
                    .setParameter("line", Disclosure.takenInBefore(month))
                    .executeUpdate();
        }
    }

    /**
     * Whether intake knows every contact of {@code month} that triage took in before the month's line. A contact
     * registered before that moment and still in the outbox may have reached triage then (its answer lost, or intake
     * stopped before it recorded it): frozen without it, intake's month would lack one that triage's holds.
     * The outbox tries again until triage answers, so this waits only while triage cannot be reached; contacts
     * registered after the moment can only be routed after it, and never hold a month back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean settled(YearMonth month) {
        Number onTheirWay = (Number) em.createNativeQuery("""
                select count(*) from contact
                where received_at >= :start and received_at < :end and created_at < :line and status = :received""")
                .setParameter("received", ContactStatus.RECEIVED.name())
                .setParameter("start", month.atDay(1).atStartOfDay(DutchTime.ZONE).toInstant())
                .setParameter("end", month.plusMonths(1).atDay(1).atStartOfDay(DutchTime.ZONE).toInstant())
                .setParameter("line", Disclosure.takenInBefore(month))
                .getSingleResult();
        return onTheirWay.longValue() == 0;
    }

    /** The published cells of the months from {@code from} to {@code to}; a region of null means every region. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Cell> cells(YearMonth from, YearMonth to, Region region) {
        var query = em.createNativeQuery("select month, region, channel, acute, prompt, count "
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
                r[1] == null ? null : Region.valueOf((String) r[1]), Channel.valueOf((String) r[2]),
                Boolean.TRUE.equals(r[3]), r[4] == null ? null : ContactPrompt.valueOf((String) r[4]),
                ((Number) r[5]).longValue())).toList();
    }
}
