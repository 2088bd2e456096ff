package nl.entree.intake.questions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.contacts.Contact;
import nl.entree.intake.contacts.ContactStatus;

@ApplicationScoped
public class WebQuestionRepository implements PanacheRepositoryBase<WebQuestion, UUID> {

    /** A question with the contact it belongs to. */
    record WithContact(WebQuestion question, Contact contact) {
    }

    /** A page of the questions whose contact an organisation leads now, and how many there are in all. */
    record Page(List<WithContact> questions, long total) {
    }

    /** Empty when there is no question for this contact. */
    Optional<WithContact> withContact(UUID contactId) {
        WebQuestion question = findById(contactId);
        return question == null ? Optional.empty()
                : Optional.of(new WithContact(question, getEntityManager().find(Contact.class, contactId)));
    }

    List<WebQuestion> byPickupHashes(List<String> hashes) {
        return list("pickupHash in ?1", hashes);
    }

    /** Open questions by the case's deadline, then the oldest first; answered ones the most recent first. */
    Page ledBy(Organisation org, boolean open, int page, int size) {
        String where = """
                from WebQuestion q, Contact c
                where c.id = q.contactId and c.status = :routed and c.leadOrganisation = :org
                  and q.answeredAt is %s null""".formatted(open ? "" : "not");
        long total = getEntityManager().createQuery("select count(q) " + where, Long.class)
                .setParameter("routed", ContactStatus.ROUTED).setParameter("org", org).getSingleResult();
        List<WithContact> rows = getEntityManager().createQuery("select q, c " + where + (open
                        ? " order by c.respondBy nulls last, q.askedAt, q.contactId"
                        : " order by q.answeredAt desc, q.contactId"), Object[].class)
                .setParameter("routed", ContactStatus.ROUTED).setParameter("org", org)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(row -> new WithContact((WebQuestion) row[0], (Contact) row[1])).toList();
        return new Page(rows, total);
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

    public void forgetContacts(List<UUID> contactIds) {
        delete("contactId in ?1", contactIds);
    }
}
