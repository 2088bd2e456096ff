package nl.entree.intake.questions;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.intake.contacts.Contact;
import nl.entree.intake.contacts.ContactStatus;

@ApplicationScoped
public class WebQuestionRepository implements PanacheRepositoryBase<WebQuestion, UUID> {

    /** The answer is sealed when it is given, so it may be under a newer key than its question. */
    private static final String UNDER_OTHER_KEY =
            "(get_byte(question_enc, 0) <> :current or get_byte(answer_enc, 0) <> :current)";
    private static final String ALL_UNDER_CONFIGURED = "(get_byte(question_enc, 0) in (:configured)"
            + " and coalesce(get_byte(answer_enc, 0) in (:configured), true))";

    /** A question with the contact it belongs to. */
    record WithContact(WebQuestion question, Contact contact) {
    }

    /** A page of the questions whose contact an organisation leads now, and how many there are in all. */
    record Page(List<WithContact> questions, long total) {
    }

    /** Empty when there is no question for this contact. */
    Optional<WithContact> withContact(UUID contactId) {
        return withContact(findById(contactId));
    }

    /** What became of an answer written only to a question that is still open. */
    enum Answering { GIVEN, ANSWERED_BEFORE, GONE }

    /**
     * Writes the answer if the question has none, without reading it first: a second answer at once waits here for
     * the first to end and then finds the question answered, and an erasure in progress is waited for and then found
     * to have removed it. The row stays locked until the transaction ends, as an update's does.
     */
    Answering answerIfOpen(UUID contactId, byte[] answer, Instant answeredAt, Organisation answeredBy) {
        int written = update("answer = ?1, answeredAt = ?2, answeredBy = ?3"
                + " where contactId = ?4 and answeredAt is null", answer, answeredAt, answeredBy, contactId);
        if (written == 1) {
            return Answering.GIVEN;
        }
        return count("contactId", contactId) > 0 ? Answering.ANSWERED_BEFORE : Answering.GONE;
    }

    /**
     * The question alone, locked until the transaction ends. Not its contact: the outbox relay writes a new contact's
     * routing after it took the audit trail's head, so a lock on the contact held while waiting for that head could
     * deadlock with it.
     */
    Optional<WebQuestion> lockedQuestion(UUID contactId) {
        return Optional.ofNullable(findById(contactId, LockModeType.PESSIMISTIC_WRITE));
    }

    private Optional<WithContact> withContact(WebQuestion question) {
        return question == null ? Optional.empty()
                : Optional.of(new WithContact(question, getEntityManager().find(Contact.class, question.contactId)));
    }

    List<WebQuestion> byPickupHashes(List<String> hashes) {
        return list("pickupHash in ?1 or resentPickupHash in ?1", hashes);
    }

    /**
     * Open questions by the case's deadline, then the oldest first; answered ones the most recent first. With a
     * {@code region} (a casemanager's token bound to one), those of that region and of no known region.
     */
    Page ledBy(Organisation org, Region region, boolean open, int page, int size) {
        String where = """
                from WebQuestion q, Contact c
                where c.id = q.contactId and c.status = :routed and c.leadOrganisation = :org
                  and q.answeredAt is %s null""".formatted(open ? "" : "not")
                + (region == null ? "" : " and (c.region = :region or c.region is null)");
        var count = getEntityManager().createQuery("select count(q) " + where, Long.class)
                .setParameter("routed", ContactStatus.ROUTED).setParameter("org", org);
        var select = getEntityManager().createQuery("select q, c " + where + (open
                        ? " order by c.respondBy nulls last, q.askedAt, q.contactId"
                        : " order by q.answeredAt desc, q.contactId"), Object[].class)
                .setParameter("routed", ContactStatus.ROUTED).setParameter("org", org);
        if (region != null) {
            count.setParameter("region", region);
            select.setParameter("region", region);
        }
        List<WithContact> rows = select.setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(row -> new WithContact((WebQuestion) row[0], (Contact) row[1])).toList();
        return new Page(rows, count.getSingleResult());
    }

    /** The contacts of the oldest questions whose term has passed: answered, or left unanswered. */
    List<UUID> dueForErasure(Instant answeredBefore, Instant askedBefore, int batch) {
        return getEntityManager().createQuery("""
                select q.contactId from WebQuestion q
                where (q.answeredAt is not null and q.answeredAt < :answeredBefore)
                   or (q.answeredAt is null and q.askedAt < :askedBefore)
                order by q.askedAt""", UUID.class)
                .setParameter("answeredBefore", answeredBefore)
                .setParameter("askedBefore", askedBefore)
                .setMaxResults(batch)
                .getResultList();
    }

    /** For each key id, how many questions hold a question or an answer sealed with it. */
    Map<Integer, Long> rowsPerKey() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (Object row : getEntityManager().createNativeQuery("""
                select key_id, count(distinct contact_id) from (
                    select contact_id, get_byte(question_enc, 0) as key_id from web_question
                    union all
                    select contact_id, get_byte(answer_enc, 0) from web_question where answer_enc is not null
                ) as sealed group by key_id order by key_id""").getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /**
     * Those whose id comes after {@code after}, in order, locked for this transaction; rows another transaction holds
     * are skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lockUnderOtherKeys(int current, Collection<Integer> configured, UUID after, int batch) {
        return getEntityManager().createNativeQuery("select contact_id from web_question where " + UNDER_OTHER_KEY
                        + " and " + ALL_UNDER_CONFIGURED + " and contact_id > :after order by contact_id"
                        + " limit :batch for update skip locked")
                .setParameter("current", current)
                .setParameter("configured", configured)
                .setParameter("after", after)
                .setParameter("batch", batch)
                .getResultList();
    }

    /** Questions with a text or answer sealed with a key that is not one of {@code configured}. */
    long countUnderOtherThan(Collection<Integer> configured) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from web_question where not "
                + ALL_UNDER_CONFIGURED).setParameter("configured", configured).getSingleResult()).longValue();
    }

    long countUnderOtherKeys(int current) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from web_question where "
                + UNDER_OTHER_KEY).setParameter("current", current).getSingleResult()).longValue();
    }

    public void forgetContacts(List<UUID> contactIds) {
        delete("contactId in ?1", contactIds);
    }
}
