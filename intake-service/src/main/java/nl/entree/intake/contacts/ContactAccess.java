package nl.entree.intake.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.AuthenticationFailedException;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * What the caller may see of a contact. The registering organisation sees everything. The organisations that
 * triage-service involves in the case NOW see it too: the lead with contact details only under consent, a
 * supporting organisation without them. That is asked of triage at every read, with the caller's own token, because a
 * decline or reassignment there changes who may see the contact here. A casemanager whose token carries a region sees
 * these only in that region, and those whose region nobody knows, as triage shows them the cases; what they registered
 * themselves they see wherever it lies. Coordinators see
 * the assessment of their region (or all regions without a region claim) but neither free text nor contact details.
 * Anyone else gets nothing, which the API answers as 404.
 */
@RequestScoped
public class ContactAccess {

    public enum Level {
        NONE, ASSESSMENT, CASE, CASE_WITH_DETAILS, OWNER;

        boolean summary() {
            return this.compareTo(CASE) >= 0;
        }

        boolean details() {
            return this.compareTo(CASE_WITH_DETAILS) >= 0;
        }
    }

    private final Caller caller;
    private final CurrentCase currentCase;
    private final ContactRouting routing;
    /** Contacts whose routing triage changed since intake last heard, noticed by this request's reads. */
    private final List<Contact> routingNoticed = new ArrayList<>();

    public ContactAccess(Caller caller, CurrentCase currentCase, ContactRouting routing) {
        this.caller = caller;
        this.currentCase = currentCase;
        this.routing = routing;
    }

    /**
     * The audit result of a read that failed when triage was asked ({@link #levelFor} threw). Triage refusing the
     * caller, by 403 or by 401 for a token it no longer takes, is a decision about access: {@code FORBIDDEN}. No answer
     * from triage (503) decides nothing about the caller: {@code REFUSED}, as {@link AuditResult#of} has it.
     */
    public static AuditResult auditResult(RuntimeException refusal) {
        if (refusal instanceof ProblemException problem) {
            return AuditResult.of(problem);
        }
        return refusal instanceof AuthenticationFailedException ? AuditResult.FORBIDDEN : AuditResult.REFUSED;
    }

    /**
     * Throws {@link AuthenticationFailedException} or a {@link ProblemException} (403, 503) when triage refuses the
     * caller or cannot be asked. A read audits that too, and declares both in {@code dontRollbackOn}: the request
     * fails, and its audit record must be kept all the same.
     */
    public Level levelFor(Contact contact) {
        Optional<Organisation> org = caller.organisation();
        if (caller.isCasemanager() && org.isPresent()) {
            if (contact.registeredBy == org.get() && caller.subject().equals(contact.registeredBySubject)) {
                return Level.OWNER;
            }
        }
        if (caller.isCasemanager() && org.isPresent() && inCasemanagersRegion(contact)) {
            if (contact.registeredBy == org.get()) {
                return Level.OWNER;
            }
            Level level = involvement(contact, org.get());
            if (level != Level.NONE) {
                return level;
            }
        }
        if (caller.isCoordinator()) {
            Optional<Region> region = caller.region();
            if (region.isEmpty() || region.get() == contact.region) {
                return Level.ASSESSMENT;
            }
        }
        return Level.NONE;
    }

    /** Triage's rule for a case (its {@code CaseAccess}): no region claim is every region, no known region is any. */
    private boolean inCasemanagersRegion(Contact contact) {
        return caller.region().map(r -> contact.region == null || contact.region == r).orElse(true);
    }

    private Level involvement(Contact contact, Organisation org) {
        if (contact.status != ContactStatus.ROUTED || contact.caseId == null) {
            return Level.NONE;
        }
        Optional<TriageCaseClient.CaseParties> parties = currentCase.forCaller(contact.caseId);
        if (parties.isEmpty()) {
            return Level.NONE;
        }
        if (routing.caseChanged(contact, parties.get()) && !routingNoticed.contains(contact)) {
            routingNoticed.add(contact);
        }
        if (parties.get().leadOrganisation() == org) {
            return contact.consentToShare ? Level.CASE_WITH_DETAILS : Level.CASE;
        }
        return parties.get().supports(org) ? Level.CASE : Level.NONE;
    }

    /**
     * Writes and audits the routing changes this request's reads noticed. Called once triage has answered for every
     * contact read, and before the read's own audit record ({@link ContactRouting#recordNoticed}).
     */
    public void recordRoutingNoticed() {
        routing.recordNoticed(routingNoticed);
        routingNoticed.clear();
    }

    /** The caller's organisation when they may search as a casemanager. */
    public Optional<Organisation> casemanagerOrganisation() {
        return caller.isCasemanager() ? caller.organisation() : Optional.empty();
    }

    /**
     * The region the caller's token binds them to; empty for one who sees all regions. A casemanager bound to one also
     * sees the contacts whose region nobody knows, a coordinator not.
     */
    public Optional<Region> region() {
        return caller.region();
    }

    /** Who the caller is: a casemanager reads what they registered themselves, whatever its region. */
    public String subject() {
        return caller.subject();
    }

    public boolean isCoordinator() {
        return caller.isCoordinator();
    }
}
