package nl.entree.intake.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.contract.ContactErasure;
import nl.entree.intake.outbox.Outbox;

/**
 * Erases what identifies the person behind contacts, and queues the same erasure for triage in the same transaction
 * (the outbox delivers it after the contact's registration), so that intake and triage forget the same thing.
 * <ul>
 * <li>{@code SUMMARY}, the retention term: contact details, the free-text summary, the client code, and a question
 * from the front door with its answer.</li>
 * <li>{@code EVERYTHING}, on request: the incident date as well; its time since the incident is kept.</li>
 * </ul>
 * The copies an erasure would otherwise leave behind go too: the summary (and incident date) inside the outbox's
 * registration payload, and the idempotency key's hash of the request body.
 */
@ApplicationScoped
public class ContactErasing {

    private final EntityManager em;
    private final Outbox outbox;

    public ContactErasing(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(List<UUID> ids, ContactErasure.Scope scope, Instant now) {
        boolean everything = scope == ContactErasure.Scope.EVERYTHING;
        // The outbox relay settles an event and then writes the routing onto its contact. Taking the rows in that
        // same order, outbox first, is what keeps an erasure and a delivery of the same contact from deadlocking.
        String erased = "jsonb_set(payload, '{assessment,summary}', 'null')"
                + (everything ? " #- '{assessment,incidentDate}'" : "");
        em.createNativeQuery("update outbox_event set payload = " + erased + " "
                        + "where aggregate_id in :ids and event_type = :registered")
                .setParameter("ids", ids)
                .setParameter("registered", Outbox.CONTACT_REGISTERED)
                .executeUpdate();
        em.createQuery("delete from ContactDetails d where d.contactId in :ids").setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("update Contact c set c.summary = null, c.clientCode = null, c.detailsErasedAt = :now"
                        + (everything ? ", c.incidentDate = null" : "") + " where c.id in :ids")
                .setParameter("now", now)
                .setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("delete from idempotency_key where contact_id in :ids").setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("delete from web_question where contact_id in :ids").setParameter("ids", ids)
                .executeUpdate();
        for (UUID id : ids) {
            outbox.append(id, Outbox.CONTACT_ERASED, new ContactErasure(id, scope));
        }
    }
}
