package nl.entree.intake.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.ContactPrompt;
import nl.entree.common.vocabulary.Region;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    /** A page of contacts, newest first, and how many match in all. */
    record Page(List<Contact> contacts, long total) {
    }

    /** How many contacts came in one month (Dutch calendar) by a channel, acute or not. */
    public record MonthlyCount(String month, Channel channel, boolean acute, long count) {
    }

    /** How many contacts came in one month (Dutch calendar) with one prompt; null: not asked. */
    public record MonthlyPromptCount(String month, ContactPrompt prompt, long count) {
    }

    /** {@code where} builds the condition for a root; empty means that nothing can match. */
    Page page(BiFunction<CriteriaBuilder, Root<Contact>, Optional<Predicate>> where, int page, int size) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Contact> counted = count.from(Contact.class);
        Optional<Predicate> countable = where.apply(cb, counted);
        if (countable.isEmpty()) {
            return new Page(List.of(), 0);
        }
        long total = getEntityManager().createQuery(count.select(cb.count(counted)).where(countable.get()))
                .getSingleResult();
        CriteriaQuery<Contact> query = cb.createQuery(Contact.class);
        Root<Contact> c = query.from(Contact.class);
        query.select(c).where(where.apply(cb, c).orElseThrow())
                .orderBy(cb.desc(c.get("receivedAt")), cb.asc(c.get("id")));
        List<Contact> contacts = getEntityManager().createQuery(query).setFirstResult(page * size)
                .setMaxResults(size).getResultList();
        return new Page(contacts, total);
    }

    public Optional<UUID> idByReference(String reference) {
        return getEntityManager().createQuery("select c.id from Contact c where c.reference = :reference", UUID.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** The oldest contacts received before {@code cutoff} whose details are not yet erased. */
    public List<UUID> withDetailsReceivedBefore(Instant cutoff, int batch) {
        return getEntityManager().createQuery("select c.id from Contact c where c.receivedAt < :cutoff "
                + "and c.detailsErasedAt is null order by c.receivedAt", UUID.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(batch)
                .getResultList();
    }

    public void eraseFreeText(List<UUID> ids, boolean incidentDateToo, Instant now) {
        update("summary = null, promptLabel = null, clientCode = null, clientCodeIssuer = null, detailsErasedAt = ?1"
                + (incidentDateToo ? ", incidentDate = null" : "") + " where id in ?2", now, ids);
    }

    /** Months by the Dutch calendar of {@code receivedAt}, in {@code [start, end)}; of one region when it is given. */
    public List<MonthlyCount> monthlyCounts(Instant start, Instant end, Region region) {
        var query = getEntityManager().createNativeQuery("""
                select to_char(received_at at time zone :zone, 'YYYY-MM'), channel, acute, count(*)
                from contact
                where received_at >= :start and received_at < :end""" + (region == null ? "" : " and region = :region")
                + " group by 1, 2, 3")
                .setParameter("zone", DutchTime.ZONE.getId())
                .setParameter("start", start)
                .setParameter("end", end);
        if (region != null) {
            query.setParameter("region", region.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new MonthlyCount((String) row[0],
                Channel.valueOf((String) row[1]), Boolean.TRUE.equals(row[2]), ((Number) row[3]).longValue()))
                .toList();
    }

    /** As {@link #monthlyCounts}, by prompt. */
    public List<MonthlyPromptCount> monthlyPromptCounts(Instant start, Instant end, Region region) {
        var query = getEntityManager().createNativeQuery("""
                select to_char(received_at at time zone :zone, 'YYYY-MM'), prompt, count(*)
                from contact
                where received_at >= :start and received_at < :end""" + (region == null ? "" : " and region = :region")
                + " group by 1, 2")
                .setParameter("zone", DutchTime.ZONE.getId())
                .setParameter("start", start)
                .setParameter("end", end);
        if (region != null) {
            query.setParameter("region", region.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new MonthlyPromptCount((String) row[0],
                row[1] == null ? null : ContactPrompt.valueOf((String) row[1]), ((Number) row[2]).longValue()))
                .toList();
    }
}
