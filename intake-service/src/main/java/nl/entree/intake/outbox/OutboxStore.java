package nl.entree.intake.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.CaseReceipt;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.contacts.ContactRouting;

/** The outbox table: claiming due events and recording what became of them, each in a short transaction. */
@ApplicationScoped
class OutboxStore implements PanacheRepositoryBase<OutboxEvent, UUID> {

    static final String SYSTEM = "outbox-relay";

    /** An event leased to this relay. */
    public record Claimed(UUID id, long seq, UUID aggregateId, String eventType, String payload, int attempts) {
    }

    private final ContactRouting routing;
    private final AuditTrail audit;
    private final Clock clock;

    public OutboxStore(ContactRouting routing, AuditTrail audit, Clock clock) {
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Leases due events, oldest first. An event waits while an earlier event of the same contact is not yet
     * delivered (in flight, backing off or parked): that keeps each contact's events in order.
     */
    @Transactional
    public List<Claimed> claim(int batchSize, Duration lease) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                update outbox_event set next_attempt_at = :leaseUntil
                where id in (
                    select e.id from outbox_event e
                    where e.status = 'PENDING' and e.next_attempt_at <= :now
                      and not exists (select 1 from outbox_event earlier
                                      where earlier.aggregate_id = e.aggregate_id and earlier.seq < e.seq
                                        and earlier.status <> 'DELIVERED')
                    order by e.seq
                    limit :batch
                    for update skip locked)
                returning id, seq, aggregate_id, event_type, payload::text, attempts""")
                .setParameter("leaseUntil", now.plus(lease))
                .setParameter("now", now)
                .setParameter("batch", batchSize)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] row : rows) {
            claimed.add(new Claimed((UUID) row[0], ((Number) row[1]).longValue(), (UUID) row[2], (String) row[3],
                    (String) row[4], ((Number) row[5]).intValue()));
        }
        claimed.sort(Comparator.comparingLong(Claimed::seq));
        return claimed;
    }

    /**
     * False when the event was no longer ours to settle (another instance got there first). The receipt is triage's
     * answer to a registration, and null for an event that routes nothing.
     */
    @Transactional
    public boolean delivered(Claimed event, CaseReceipt receipt) {
        int updated = getEntityManager().createNativeQuery("""
                update outbox_event set status = 'DELIVERED', delivered_at = :now, attempts = attempts + 1,
                       last_error = null
                where id = :id and status = 'PENDING'""")
                .setParameter("now", Instant.now(clock))
                .setParameter("id", event.id())
                .executeUpdate();
        if (updated == 1 && receipt != null) {
            routing.routed(event.aggregateId(), receipt);
            audit.recordBySystem(SYSTEM, AuditTerms.ROUTE, AuditTerms.CONTACT, event.aggregateId(), AuditResult.OK);
        }
        return updated == 1;
    }

    @Transactional
    public void retryLater(Claimed event, Duration wait, String reason) {
        getEntityManager().createNativeQuery("""
                update outbox_event set attempts = attempts + 1, next_attempt_at = :next, last_error = :reason
                where id = :id and status = 'PENDING'""")
                .setParameter("next", Instant.now(clock).plus(wait))
                .setParameter("reason", reason)
                .setParameter("id", event.id())
                .executeUpdate();
    }

    @Transactional
    public boolean park(Claimed event, String reason) {
        int updated = getEntityManager().createNativeQuery("""
                update outbox_event set status = 'PARKED', attempts = attempts + 1, last_error = :reason
                where id = :id and status = 'PENDING'""")
                .setParameter("reason", reason)
                .setParameter("id", event.id())
                .executeUpdate();
        if (updated == 1) {
            routing.deliveryFailed(event.aggregateId());
            audit.recordBySystem(SYSTEM, AuditTerms.ROUTE, AuditTerms.CONTACT, event.aggregateId(),
                    AuditResult.REJECTED);
        }
        return updated == 1;
    }

    @Transactional
    public Map<OutboxEvent.Status, Long> countsByStatus() {
        Map<OutboxEvent.Status, Long> counts = new EnumMap<>(OutboxEvent.Status.class);
        for (OutboxEvent.Status s : OutboxEvent.Status.values()) {
            counts.put(s, 0L);
        }
        getEntityManager().createQuery("select e.status, count(e) from OutboxEvent e where e.status <> :delivered "
                        + "group by e.status", Object[].class)
                .setParameter("delivered", OutboxEvent.Status.DELIVERED)
                .getResultList()
                .forEach(row -> counts.put((OutboxEvent.Status) row[0], (Long) row[1]));
        return counts;
    }

    @Transactional
    public List<OutboxEvent> list(OutboxEvent.Status status, UUID aggregateId, int limit) {
        StringBuilder jpql = new StringBuilder("from OutboxEvent e where e.status = :status");
        if (aggregateId != null) {
            jpql.append(" and e.aggregateId = :aggregate");
        }
        var query = getEntityManager()
                .createQuery(jpql.append(" order by e.createdAt, e.id").toString(), OutboxEvent.class)
                .setParameter("status", status)
                .setMaxResults(limit);
        if (aggregateId != null) {
            query.setParameter("aggregate", aggregateId);
        }
        return query.getResultList();
    }

    /**
     * Puts a parked event back in the queue, due at once. Empty when there is no such event. The row is read locked,
     * before the audit trail's head as an erasure takes them: an erasure under way is waited for, so its stripped
     * payload is what this writes back, not the summary it took out.
     */
    @Transactional
    public Optional<OutboxEvent> requeue(UUID id) {
        OutboxEvent event = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            return Optional.empty();
        }
        if (event.status == OutboxEvent.Status.PARKED) {
            event.status = OutboxEvent.Status.PENDING;
            event.nextAttemptAt = Instant.now(clock);
            routing.deliveryRetried(event.aggregateId);
        }
        return Optional.of(event);
    }

    /**
     * Takes the free text and the person links (the keyed hashes of the client code, which tie the contact to the
     * person's other cases), and with {@code incidentDateToo} the incident date, out of the contacts' registration
     * events, delivered or not: an erasure leaves no copy of them behind in the outbox, as triage keeps none either.
     * Without its date, a registration still waiting would reach triage with only the time the person stated, often
     * none, and an acute case would be routed as one whose timing is unknown: the contact's own time since the
     * incident, worked out from the date when it was registered, goes in its place, as triage's erasure keeps it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void eraseFromRegistrations(List<UUID> contactIds, boolean incidentDateToo) {
        String erased = "jsonb_set(jsonb_set(o.payload, '{assessment,summary}', 'null'), '{personLinks}', '[]')";
        if (incidentDateToo) {
            erased = "jsonb_set(" + erased + " #- '{assessment,incidentDate}', '{assessment,timeSinceIncident}', "
                    + "to_jsonb(c.time_since_incident))";
        }
        getEntityManager().createNativeQuery("update outbox_event o set payload = " + erased + " from contact c "
                        + "where c.id = o.aggregate_id and o.aggregate_id in :ids and o.event_type = :registered")
                .setParameter("ids", contactIds)
                .setParameter("registered", Outbox.CONTACT_REGISTERED)
                .executeUpdate();
    }
}
