package nl.entree.intake.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import nl.entree.common.json.JsonbFormat;

/** Writes events in the caller's transaction, so an event exists exactly when the change it reports does. */
@ApplicationScoped
public class Outbox {

    public static final String CONTACT_REGISTERED = "ContactRegistered";
    /** Payload {@code ContactErasure}: triage forgets what intake erased. Always after the contact's registration. */
    public static final String CONTACT_ERASED = "ContactErased";

    private final OutboxStore store;
    private final Clock clock;
    private final Event<OutboxAppended> appended;

    public Outbox(OutboxStore store, Clock clock, Event<OutboxAppended> appended) {
        this.store = store;
        this.clock = clock;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(UUID aggregateId, String type, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateId = aggregateId;
        event.eventType = type;
        event.payload = JsonbFormat.tree(payload);
        event.status = OutboxEvent.Status.PENDING;
        event.createdAt = Instant.now(clock);
        event.nextAttemptAt = event.createdAt;
        store.persist(event);
        appended.fire(new OutboxAppended());
        return event.id;
    }

    /** See {@link OutboxStore#eraseFromRegistrations}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseFromRegistrations(List<UUID> contactIds, boolean incidentDateToo) {
        store.eraseFromRegistrations(contactIds, incidentDateToo);
    }
}
