package nl.entree.intake.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.CaseReceipt;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.intake.audit.AuditTerms;

/** What the outbox learns about a contact's journey to triage, written onto the contact. */
@ApplicationScoped
public class ContactRouting {

    /** The actor of a change intake copies from triage's case, whoever's read brought it in. */
    static final String TRIAGE = "triage";

    private final ContactRepository contacts;
    private final Clock clock;
    private final AuditTrail audit;

    public ContactRouting(ContactRepository contacts, Clock clock, AuditTrail audit) {
        this.contacts = contacts;
        this.clock = clock;
        this.audit = audit;
    }

    /** Safe to repeat: triage answers a duplicate with the same receipt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void routed(UUID contactId, CaseReceipt receipt) {
        Contact contact = contacts.findById(contactId);
        if (contact == null) {
            return;
        }
        TriageDecision decision = receipt.decision();
        contact.status = ContactStatus.ROUTED;
        contact.leadOrganisation = decision.leadOrganisation();
        contact.supportingOrganisations = decision.supportingOrganisations() == null ? new TreeSet<>()
                : new TreeSet<>(decision.supportingOrganisations());
        contact.caseType = decision.caseType();
        contact.priority = decision.priority();
        contact.respondBy = decision.respondBy();
        contact.caseId = receipt.caseId();
        contact.caseStatus = receipt.status() == null ? null : receipt.status().name();
        // triage's own moment, not this one: a ministry's month counts the contacts triage took in before the month
        // was completed, and intake must draw that line where triage draws it (PublishedMonths).
        if (receipt.createdAt() != null) {
            contact.routedAt = receipt.createdAt();
        } else if (contact.routedAt == null) {
            contact.routedAt = Instant.now(clock);
        }
    }

    /**
     * Brings intake's copy of the lead and supporters in step with triage, which decides them; true when it changed.
     * The change is audited by {@link #recordNoticed}, once the read that noticed it has asked triage about every
     * contact it reads.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean caseChanged(Contact contact, TriageCaseClient.CaseParties parties) {
        SortedSet<Organisation> supporters = new TreeSet<>();
        if (parties.supportingOrganisations() != null) {
            supporters.addAll(parties.supportingOrganisations());
        }
        String status = parties.status() == null ? null : parties.status().name();
        if (contact.leadOrganisation == parties.leadOrganisation() && supporters.equals(contact.supportingOrganisations)
                && contact.caseType == parties.caseType() && Objects.equals(status, contact.caseStatus)) {
            return false;
        }
        contact.leadOrganisation = parties.leadOrganisation();
        contact.supportingOrganisations = supporters;
        contact.caseType = parties.caseType();
        contact.caseStatus = status;
        return true;
    }

    /**
     * A case's lead, supporters, priority and deadline as triage's routing pull reports them; the last two are null
     * from a triage that does not send them yet, and then stay as they were.
     */
    public record Rerouting(UUID caseId, Organisation leadOrganisation, Collection<Organisation> supporters,
            Priority priority, Instant respondBy) {
    }

    /**
     * Brings intake's copy of the lead and supporters of these cases in step with triage, so that the lists, which
     * filter on the copy, find a contact with the organisations that handle its case now; audited as any change of
     * the copy. Returns how many contacts changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rerouted(List<Rerouting> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        Map<UUID, Rerouting> byCase = new HashMap<>();
        changes.forEach(r -> byCase.put(r.caseId(), r));
        List<Contact> changed = new ArrayList<>();
        for (Contact contact : contacts.list("caseId in ?1 order by id", byCase.keySet())) {
            Rerouting r = byCase.get(contact.caseId);
            SortedSet<Organisation> supporters = r.supporters() == null ? new TreeSet<>()
                    : new TreeSet<>(r.supporters());
            Priority priority = r.priority() == null ? contact.priority : r.priority();
            Instant respondBy = r.respondBy() == null ? contact.respondBy : r.respondBy();
            if (contact.leadOrganisation != r.leadOrganisation()
                    || !supporters.equals(contact.supportingOrganisations) || contact.priority != priority
                    || !Objects.equals(contact.respondBy, respondBy)) {
                contact.leadOrganisation = r.leadOrganisation();
                contact.supportingOrganisations = supporters;
                contact.priority = priority;
                contact.respondBy = respondBy;
                changed.add(contact);
            }
        }
        recordNoticed(changed);
        return changed.size();
    }

    /**
     * Writes the changes reads noticed and audits each as a routing by triage (who the contact's details now go to is
     * a change of personal data, whichever read noticed it). The contacts' rows are written before the audit trail's
     * head is taken, the order an erasure takes them in, or the two can deadlock; and the head is taken only after
     * the last call to triage, since it holds up every audited write in intake, a registration too, until commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordNoticed(Collection<Contact> changed) {
        if (changed.isEmpty()) {
            return;
        }
        contacts.flush();
        for (Contact contact : changed) {
            audit.recordBySystem(TRIAGE, AuditTerms.ROUTE, AuditTerms.CONTACT, contact.id, AuditResult.OK);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deliveryFailed(UUID contactId) {
        Contact contact = contacts.findById(contactId);
        if (contact != null && contact.status == ContactStatus.RECEIVED) {
            contact.status = ContactStatus.DELIVERY_FAILED;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deliveryRetried(UUID contactId) {
        Contact contact = contacts.findById(contactId);
        if (contact != null && contact.status == ContactStatus.DELIVERY_FAILED) {
            contact.status = ContactStatus.RECEIVED;
        }
    }
}
