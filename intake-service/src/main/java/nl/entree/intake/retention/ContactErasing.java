package nl.entree.intake.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.contract.ContactErasure;
import nl.entree.common.db.TransactionLock;
import nl.entree.intake.contacts.ContactDetailsRepository;
import nl.entree.intake.contacts.ContactRepository;
import nl.entree.intake.idempotency.IdempotencyKeys;
import nl.entree.intake.outbox.Outbox;
import nl.entree.intake.questions.WebQuestionRepository;

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

    private final Outbox outbox;
    private final ContactRepository contacts;
    private final ContactDetailsRepository details;
    private final IdempotencyKeys keys;
    private final WebQuestionRepository questions;
    private final TransactionLock locks;

    public ContactErasing(Outbox outbox, ContactRepository contacts, ContactDetailsRepository details,
            IdempotencyKeys keys, WebQuestionRepository questions, TransactionLock locks) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.details = details;
        this.keys = keys;
        this.questions = questions;
        this.locks = locks;
    }

    /**
     * Waits for any other pod's retention batch to commit, and holds the turn until this transaction ends. The nightly
     * jobs run on every pod at once; taking turns a batch at a time, each picks its batch after the last one's erasure
     * and none erases (and tells triage) twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeRetentionTurn() {
        locks.hold("intake-retention");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(List<UUID> ids, ContactErasure.Scope scope, Instant now) {
        boolean everything = scope == ContactErasure.Scope.EVERYTHING;
        // The outbox relay settles an event and then writes the routing onto its contact. Taking the rows in that
        // same order, outbox first, is what keeps an erasure and a delivery of the same contact from deadlocking.
        outbox.eraseFromRegistrations(ids, everything);
        details.delete("contactId in ?1", ids);
        contacts.eraseFreeText(ids, everything, now);
        keys.forgetContacts(ids);
        questions.forgetContacts(ids);
        for (UUID id : ids) {
            outbox.append(id, Outbox.CONTACT_ERASED, new ContactErasure(id, scope));
        }
    }
}
