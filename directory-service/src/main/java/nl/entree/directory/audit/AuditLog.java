package nl.entree.directory.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.problem.ProblemException;

/**
 * Every write to the directory: who, what, which record, the result, when. A success is written in the write's
 * transaction, so it exists only if the change does; a refusal in a transaction of its own.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final Clock clock;

    public AuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void success(String actor, String action, Object objectId) {
        write(actor, action, objectId, "OK");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String actor, String action, Object objectId, ProblemException refusal) {
        write(actor, action, objectId, "REFUSED_" + refusal.problem().status());
    }

    @Transactional
    public List<AuditRecord> of(String objectId) {
        return em.createQuery("from AuditRecord where objectId = :id order by id", AuditRecord.class)
                .setParameter("id", objectId).getResultList();
    }

    private void write(String actor, String action, Object objectId, String result) {
        AuditRecord r = new AuditRecord();
        r.at = Instant.now(clock);
        r.actor = actor;
        r.action = action;
        r.objectId = objectId == null ? null : objectId.toString();
        r.result = result;
        em.persist(r);
    }
}
