package nl.entree.intake.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.ContactErasure;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.contacts.ContactRepository;

@ApplicationScoped
class ErasureService {

    private final ContactRepository contacts;
    private final ContactErasing erasing;
    private final AuditTrail audit;
    private final Clock clock;

    public ErasureService(ContactRepository contacts, ContactErasing erasing, AuditTrail audit, Clock clock) {
        this.contacts = contacts;
        this.erasing = erasing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Empty when no contact has this reference. Repeating an erasure erases nothing more and is recorded again. */
    @Transactional
    public Optional<ErasureResource.Erasure> erase(String reference) {
        Optional<UUID> found = contacts.idByReference(reference);
        if (found.isEmpty()) {
            audit.record(AuditTerms.ERASE_ON_REQUEST, AuditTerms.CONTACT, null, AuditResult.NOT_FOUND);
            return Optional.empty();
        }
        UUID id = found.get();
        Instant now = Instant.now(clock);
        erasing.erase(List.of(id), ContactErasure.Scope.EVERYTHING, now);
        audit.record(AuditTerms.ERASE_ON_REQUEST, AuditTerms.CONTACT, id, AuditResult.OK);
        return Optional.of(new ErasureResource.Erasure(id, reference, now, true));
    }
}
