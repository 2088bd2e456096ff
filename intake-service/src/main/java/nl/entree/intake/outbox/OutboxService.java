package nl.entree.intake.outbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import nl.entree.intake.audit.AuditLog;

@ApplicationScoped
public class OutboxService {

    private final OutboxStore store;
    private final AuditLog audit;
    private final Event<OutboxAppended> requeued;

    public OutboxService(OutboxStore store, AuditLog audit, Event<OutboxAppended> requeued) {
        this.store = store;
        this.audit = audit;
        this.requeued = requeued;
    }

    public List<OutboxEvent> list(OutboxEvent.Status status, UUID contactId, int limit) {
        return store.list(status, contactId, limit);
    }

    @Transactional
    public Optional<OutboxEvent> requeue(UUID id) {
        Optional<OutboxEvent> event = store.requeue(id);
        audit.byCaller(AuditLog.Action.RETRY_DELIVERY, AuditLog.OUTBOX_EVENT, id,
                event.isPresent() ? AuditLog.Result.OK : AuditLog.Result.NOT_FOUND);
        if (event.isPresent()) {
            // Wakes the relay after this transaction commits, as a new registration does.
            requeued.fire(new OutboxAppended());
        }
        return event;
    }
}
