package nl.entree.intake.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.ContactErasure;
import nl.entree.intake.audit.AuditTerms;

@ApplicationScoped
class ErasureService {

    private final EntityManager em;
    private final ContactErasing erasing;
    private final AuditTrail audit;
    private final Clock clock;

    public ErasureService(EntityManager em, ContactErasing erasing, AuditTrail audit, Clock clock) {
        this.em = em;
        this.erasing = erasing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Empty when no contact has this reference. Repeating an erasure erases nothing more and is recorded again. */
    @Transactional
    public Optional<ErasureResource.Erasure> erase(String reference) {
        List<UUID> found = em.createQuery("select c.id from Contact c where c.reference = :reference", UUID.class)
                .setParameter("reference", reference)
                .getResultList();
        if (found.isEmpty()) {
            audit.record(AuditTerms.ERASE_ON_REQUEST, AuditTerms.CONTACT, null, AuditResult.NOT_FOUND);
            return Optional.empty();
        }
        UUID id = found.get(0);
        Instant now = Instant.now(clock);
        erasing.erase(List.of(id), ContactErasure.Scope.EVERYTHING, now);
        audit.record(AuditTerms.ERASE_ON_REQUEST, AuditTerms.CONTACT, id, AuditResult.OK);
        return Optional.of(new ErasureResource.Erasure(id, reference, now, true));
    }
}
