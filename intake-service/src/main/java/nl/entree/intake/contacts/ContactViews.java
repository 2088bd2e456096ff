package nl.entree.intake.contacts;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import nl.entree.intake.crypto.FieldCipher;

/**
 * A contact as the caller may see it: the assessment for anyone involved, the summary and the person's details only
 * at the levels {@link ContactAccess} grants, decrypted only then.
 */
@ApplicationScoped
class ContactViews {

    private static final Logger LOG = Logger.getLogger(ContactViews.class);

    private final ContactDetailsRepository details;
    private final ContactAccess access;
    private final ContactDetailsVault vault;

    ContactViews(ContactDetailsRepository details, ContactAccess access, ContactDetailsVault vault) {
        this.details = details;
        this.access = access;
        this.vault = vault;
    }

    /**
     * Empty when the caller may not see the contact at all. Details that cannot be decrypted leave the rest of the
     * contact readable: the view says so ({@link ContactView#detailsUnreadable()}), and the contact id is logged.
     */
    Optional<ContactView> forCaller(Contact contact) {
        ContactAccess.Level level = contact == null ? ContactAccess.Level.NONE : access.levelFor(contact);
        if (level == ContactAccess.Level.NONE) {
            return Optional.empty();
        }
        return Optional.of(at(contact, level));
    }

    /**
     * For the organisation that registered it, whatever region the caller's token binds them to now: the answer to
     * the same registration sent again, which showed all of it the first time.
     */
    ContactView forRegistrant(Contact contact) {
        return at(contact, ContactAccess.Level.OWNER);
    }

    private ContactView at(Contact contact, ContactAccess.Level level) {
        ContactRequest.ContactPerson person = null;
        boolean unreadable = false;
        if (level.details() && !contact.anonymous) {
            ContactDetails stored = details.findById(contact.id);
            try {
                person = stored == null ? null : vault.open(stored);
            } catch (FieldCipher.UnreadableValue e) {
                // The message names a key id at most: nothing of the person reaches the log.
                LOG.warnf("The contact details of contact %s cannot be decrypted: %s", contact.id, e.getMessage());
                unreadable = true;
            }
        }
        return of(contact, level, person, unreadable);
    }

    /** For the organisation that has just registered it, with the details it gave. */
    static ContactView forOwner(Contact contact, ContactRequest.ContactPerson person) {
        return of(contact, ContactAccess.Level.OWNER, person, false);
    }

    /** The owner typed the code just now; it is shown back in that answer only, since only its hash is stored. */
    static ContactView withClientCode(ContactView v, String clientCode) {
        if (clientCode == null) {
            return v;
        }
        return new ContactView(v.id(), v.reference(), v.registeredBy(), v.status(), v.receivedAt(), v.channel(),
                v.callerRole(), v.anonymous(), v.incidentTypes(), v.setting(), v.incidentDate(), v.timeSinceIncident(),
                v.acute(), v.victimAgeGroup(), v.region(), v.needs(), v.immediateDanger(), v.consentToShare(),
                v.summary(), v.prompt(), v.promptLabel(), clientCode, v.contact(), v.detailsErased(),
                v.detailsUnreadable(), v.routing(), v.createdAt());
    }

    private static ContactView of(Contact c, ContactAccess.Level level, ContactRequest.ContactPerson person,
            boolean detailsUnreadable) {
        ContactView.Routing routing = c.status == ContactStatus.ROUTED
                ? new ContactView.Routing(c.leadOrganisation, c.supportingOrganisations, c.caseType, c.priority,
                        c.respondBy, c.caseId, c.caseStatus, c.routedAt)
                : null;
        return new ContactView(c.id, c.reference, c.registeredBy, c.status, c.receivedAt, c.channel, c.callerRole,
                c.anonymous, c.incidentTypes, c.setting, c.incidentDate, c.timeSinceIncident, c.acute,
                c.victimAgeGroup, c.region, c.needs, c.immediateDanger, c.consentToShare,
                level.summary() ? c.summary : null,
                c.prompt,
                level.summary() ? c.promptLabel : null,
                null,
                level.details() ? person : null,
                c.detailsErasedAt != null, detailsUnreadable, routing, c.createdAt);
    }
}
