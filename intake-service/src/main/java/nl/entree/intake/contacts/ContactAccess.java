package nl.entree.intake.contacts;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * What the caller may see of a contact. The registering organisation sees everything; the lead organisation
 * sees the case once triage has routed it there, with contact details only under consent; coordinators see
 * the assessment of their region (or all regions without a region claim) but neither free text nor
 * contact details. Anyone else gets nothing, which the API answers as 404.
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

        boolean clientCode() {
            return this == OWNER;
        }
    }

    private final Caller caller;

    public ContactAccess(Caller caller) {
        this.caller = caller;
    }

    public Level levelFor(Contact contact) {
        Level level = Level.NONE;
        Optional<Organisation> org = caller.organisation();
        if (caller.isCasemanager() && org.isPresent()) {
            if (contact.registeredBy == org.get()) {
                return Level.OWNER;
            }
            if (contact.status == ContactStatus.ROUTED && contact.leadOrganisation == org.get()) {
                level = contact.consentToShare ? Level.CASE_WITH_DETAILS : Level.CASE;
            }
        }
        if (level == Level.NONE && caller.isCoordinator()) {
            Optional<Region> region = caller.region();
            if (region.isEmpty() || region.get() == contact.region) {
                level = Level.ASSESSMENT;
            }
        }
        return level;
    }

    /** The caller's organisation when they may search as a casemanager. */
    public Optional<Organisation> casemanagerOrganisation() {
        return caller.isCasemanager() ? caller.organisation() : Optional.empty();
    }

    /** Empty for a coordinator who sees all regions. */
    public Optional<Region> coordinatorRegion() {
        return caller.region();
    }

    public boolean isCoordinator() {
        return caller.isCoordinator();
    }
}
