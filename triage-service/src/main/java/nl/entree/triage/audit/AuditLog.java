package nl.entree.triage.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;

/**
 * One record per read or change of a case: who, which organisation, what, which object, the result, when.
 * A success is written in the caller's transaction, so it exists only if the change does; a refusal is
 * written in a transaction of its own, because the change it refused is rolled back.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final Caller caller;

    public AuditLog(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void success(String action, Object objectId) {
        write(action, objectId, "OK");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordInTransaction(String action, Object objectId, String result) {
        write(action, objectId, result);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String action, Object objectId, ProblemException refusal) {
        write(action, objectId, resultOf(refusal.problem().status()));
    }

    /** Who read or changed an object, oldest first. Reading the trail is itself a read, and is recorded after it. */
    @Transactional
    public List<AuditEntry> trail(String objectId, int limit) {
        List<AuditEntry> entries = em.createQuery("from AuditRecord r where r.objectId = :id order by r.id",
                        AuditRecord.class)
                .setParameter("id", objectId)
                .setMaxResults(limit)
                .getResultStream()
                .map(r -> new AuditEntry(r.at, r.actor, r.actorOrganisation, r.action, r.objectId, r.result))
                .toList();
        write("AUDIT_READ", objectId, "OK");
        return entries;
    }

    /** A change the service makes by itself, such as a scheduled job's: there is no caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bySystem(String system, String action, Object objectId) {
        write("system:" + system, null, action, objectId, "OK");
    }

    private void write(String action, Object objectId, String result) {
        write(caller.subject(), caller.organisation().map(Enum::name).orElse(null), action, objectId, result);
    }

    private void write(String actor, String organisation, String action, Object objectId, String result) {
        AuditRecord r = new AuditRecord();
        r.at = Instant.now();
        r.actor = actor;
        r.actorOrganisation = organisation;
        r.action = action;
        r.objectId = objectId == null ? null : objectId.toString();
        r.result = result;
        em.persist(r);
    }

    private static String resultOf(int status) {
        return switch (status) {
            case 400 -> "INVALID";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 409 -> "CONFLICT";
            default -> "REFUSED_" + status;
        };
    }
}
