package nl.entree.intake.outbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.intake.audit.AuditTerms;

@ApplicationScoped
class OutboxService {

    private final OutboxStore store;
    private final AuditTrail audit;
    private final Event<OutboxAppended> requeued;

    public OutboxService(OutboxStore store, AuditTrail audit, Event<OutboxAppended> requeued) {
        this.store = store;
        this.audit = audit;
        this.requeued = requeued;
    }

    /**
     * Each event shown names a contact and what became of its delivery, so each is audited on that contact, as a list
     * of contacts audits each contact it shows: the contact's trail then names everyone who saw something of it.
     */
    @Transactional
    public List<OutboxEvent> list(OutboxEvent.Status status, UUID contactId, int limit) {
        List<OutboxEvent> events = store.list(status, contactId, limit);
        audit.recordEach(AuditTerms.LIST, AuditTerms.CONTACT, events.stream().map(e -> e.aggregateId).toList(),
                AuditResult.OK);
        return events;
    }

    @Transactional
    public Optional<OutboxEvent> requeue(UUID id) {
        Optional<OutboxEvent> event = store.requeue(id);
        audit.record(AuditTerms.RETRY_DELIVERY, AuditTerms.OUTBOX_EVENT, id,
                event.isPresent() ? AuditResult.OK : AuditResult.NOT_FOUND);
        if (event.isPresent()) {
            // Wakes the relay after this transaction commits, as a new registration does.
            requeued.fire(new OutboxAppended());
        }
        return event;
    }
}
