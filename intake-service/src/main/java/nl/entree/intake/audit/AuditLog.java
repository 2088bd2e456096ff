package nl.entree.intake.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.Organisation;

/**
 * Who read or changed which contact, and with what result. Records join the caller's transaction, so a
 * write and its audit record commit together; callers report 404s as results rather than by throwing, so
 * that the record of a refused read is kept too.
 */
@ApplicationScoped
public class AuditLog {

    public static final String CONTACT = "contact";
    public static final String OUTBOX_EVENT = "outbox-event";

    public enum Action {
        CREATE, REPLAY, READ, LIST, ROUTE, ERASE_DETAILS, ERASE_ON_REQUEST, RETRY_DELIVERY, REENCRYPT_DETAILS
    }

    public enum Result { OK, NOT_FOUND, REJECTED }

    private final EntityManager em;
    private final Caller caller;
    private final Clock clock;

    public AuditLog(EntityManager em, Caller caller, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public void byCaller(Action action, String objectType, UUID objectId, Result result) {
        write(caller.subject(), caller.organisation().orElse(null), action, objectType, objectId, result);
    }

    /** For work the service does on its own, such as the outbox relay and the retention job. */
    @Transactional
    public void bySystem(String system, Action action, String objectType, UUID objectId, Result result) {
        write("system:" + system, null, action, objectType, objectId, result);
    }

    @Transactional
    public List<AuditRecord> forObject(String objectId, int limit) {
        return em.createQuery("from AuditRecord where objectId = :id order by at, id", AuditRecord.class)
                .setParameter("id", objectId)
                .setMaxResults(limit)
                .getResultList();
    }

    private void write(String subject, Organisation organisation, Action action, String objectType, UUID objectId,
            Result result) {
        AuditRecord record = new AuditRecord();
        record.at = Instant.now(clock);
        record.subject = subject;
        record.organisation = organisation == null ? null : organisation.name();
        record.action = action.name();
        record.objectType = objectType;
        record.objectId = objectId == null ? null : objectId.toString();
        record.result = result.name();
        em.persist(record);
    }
}
