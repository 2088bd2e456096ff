package nl.entree.intake.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.NewCase;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.DutchTime;
import nl.entree.common.time.PlausibleDates;
import nl.entree.common.vocabulary.Acuteness;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.VictimAgeGroup;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.crypto.ClientCodes;
import nl.entree.intake.idempotency.IdempotencyKeys;
import nl.entree.intake.idempotency.RequestHash;
import nl.entree.intake.outbox.Outbox;

/**
 * Registering contacts: by a casemanager, once per idempotency key, or from a question at the public front door.
 * Reading them is {@link ContactSearch}; what a reader sees is {@link ContactViews}.
 */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final ContactDetailsRepository details;
    private final Caller caller;
    private final ReferenceNumbers references;
    private final IdempotencyKeys keys;
    private final RequestHash hashes;
    private final ContactDetailsVault vault;
    private final ContactViews views;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final ClientCodes clientCodes;

    ContactService(ContactRepository contacts, ContactDetailsRepository details, Caller caller,
            ReferenceNumbers references, IdempotencyKeys keys, RequestHash hashes, ContactDetailsVault vault,
            ContactViews views, Outbox outbox, AuditTrail audit, Clock clock, ClientCodes clientCodes) {
        this.contacts = contacts;
        this.details = details;
        this.caller = caller;
        this.references = references;
        this.keys = keys;
        this.hashes = hashes;
        this.vault = vault;
        this.views = views;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.clientCodes = clientCodes;
    }

    /**
     * Stores the contact, its encrypted details and its {@code ContactRegistered} event in one transaction,
     * or answers with what an earlier request with the same key created.
     */
    @Transactional
    public Registration register(ContactRequest request, String idempotencyKey) {
        Organisation organisation = caller.requireOrganisation();
        checkConsistency(request);
        String hash = hashes.of(request);
        Optional<IdempotencyKeys.Used> used = keys.claim(organisation, idempotencyKey, hash);
        if (used.isPresent()) {
            UUID earlier = used.get().contactId();
            if (!hashes.matches(used.get().requestHash(), request)) {
                audit.record(AuditTerms.CREATE, AuditTerms.CONTACT, earlier, AuditResult.REJECTED);
                return new Registration(Registration.Outcome.KEY_REUSED, null);
            }
            // The key is the organisation's, so the caller's organisation registered it; a casemanager bound to
            // another region than the contact's would read it nowhere else, but sent all of it just now.
            ContactView replayed = views.forRegistrant(contacts.findById(earlier));
            audit.record(AuditTerms.REPLAY, AuditTerms.CONTACT, earlier, AuditResult.OK);
            return new Registration(Registration.Outcome.REPLAYED,
                    ContactViews.withClientCode(replayed, request.clientCode()));
        }

        Instant now = Instant.now(clock);
        Contact contact = newContact(request, organisation, now);
        contacts.persist(contact);
        ContactRequest.ContactPerson person = normalised(request.contact());
        if (person != null) {
            details.persist(vault.seal(contact.id, person, now));
        }
        outbox.append(contact.id, Outbox.CONTACT_REGISTERED, new NewCase(contact.id, contact.reference, organisation,
                contact.assessment(), clientCodes.personLinks(
                        request.clientCodeIssuer() == null ? organisation : request.clientCodeIssuer(),
                        request.clientCode())));
        contacts.flush();
        keys.attach(organisation, idempotencyKey, contact.id);
        audit.record(AuditTerms.CREATE, AuditTerms.CONTACT, contact.id, AuditResult.OK);
        return new Registration(Registration.Outcome.CREATED,
                ContactViews.withClientCode(ContactViews.forOwner(contact, person), request.clientCode()));
    }

    /**
     * The contact behind a question from the public front door: anonymous, registered by no organisation, without
     * free text (the question is kept apart, and erased sooner), and routed by the same rules through the outbox.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contact registerFromTheFrontDoor(ContactRequest request) {
        Contact contact = newContact(request, null, Instant.now(clock));
        contacts.persist(contact);
        outbox.append(contact.id, Outbox.CONTACT_REGISTERED,
                new NewCase(contact.id, contact.reference, null, contact.assessment()));
        audit.record(AuditTerms.CREATE, AuditTerms.CONTACT, contact.id, AuditResult.OK);
        return contact;
    }

    private void checkConsistency(ContactRequest request) {
        if (request.channel() == Channel.WEB_QUESTION) {
            throw ProblemException.badRequest("channel", "WEB_QUESTION is only for questions asked at the public front door");
        }
        if (request.anonymous() && request.contact() != null) {
            throw ProblemException.badRequest("contact", "must be absent when anonymous is true");
        }
        if (request.contact() != null && request.contact().isEmpty()) {
            throw ProblemException.badRequest("contact", "needs a name, phone or email, or leave it out");
        }
        String label = trimmed(request.promptLabel());
        if (label != null && (request.prompt() == null || !request.prompt().takesLabel())) {
            throw ProblemException.badRequest("promptLabel", "only with a prompt of MEDIA, CAMPAIGN, NEW_LAW or OTHER");
        }
        if (request.clientCodeIssuer() != null && request.clientCode() == null) {
            throw ProblemException.badRequest("clientCodeIssuer", "only with a clientCode");
        }
        Instant received = request.receivedAt() == null ? Instant.now(clock) : request.receivedAt();
        PlausibleDates.requireRecorded("receivedAt", received, clock, DutchTime.ZONE);
        if (request.incidentDate() != null) {
            PlausibleDates.requireIncident("incidentDate", request.incidentDate(),
                    received.atZone(DutchTime.ZONE).toLocalDate());
        }
    }

    private Contact newContact(ContactRequest request, Organisation organisation, Instant now) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.reference = references.next(now.atZone(DutchTime.ZONE).getYear());
        c.registeredBy = organisation;
        c.registeredBySubject = caller.subject();
        c.clientCode = clientCodes.hash(request.clientCode());
        c.clientCodeIssuer = request.clientCodeIssuer() == organisation ? null : request.clientCodeIssuer();
        c.receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        c.channel = request.channel();
        c.callerRole = request.callerRole();
        c.anonymous = request.anonymous();
        c.incidentTypes = new TreeSet<>(request.incidentTypes());
        c.setting = request.setting() == null ? Setting.UNKNOWN : request.setting();
        c.incidentDate = request.incidentDate();
        c.statedTimeSinceIncident = request.timeSinceIncident();
        c.timeSinceIncident = Acuteness.timeSinceIncident(c.incidentDate, c.receivedAt, c.statedTimeSinceIncident);
        c.acute = c.assessment().acute();
        c.victimAgeGroup = request.victimAgeGroup() == null ? VictimAgeGroup.UNKNOWN : request.victimAgeGroup();
        c.region = request.region();
        c.needs = request.needs() == null ? new TreeSet<>() : new TreeSet<>(request.needs());
        c.immediateDanger = request.immediateDanger();
        c.consentToShare = request.consentToShare();
        c.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary();
        c.prompt = request.prompt();
        c.promptLabel = trimmed(request.promptLabel());
        c.status = ContactStatus.RECEIVED;
        c.createdAt = now;
        return c;
    }

    private static ContactRequest.ContactPerson normalised(ContactRequest.ContactPerson person) {
        if (person == null || person.isEmpty()) {
            return null;
        }
        return new ContactRequest.ContactPerson(trimmed(person.name()), trimmed(person.phone()),
                trimmed(person.email()));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
