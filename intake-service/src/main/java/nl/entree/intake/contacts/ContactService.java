package nl.entree.intake.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.NewCase;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.PlausibleDates;
import nl.entree.common.vocabulary.Acuteness;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.VictimAgeGroup;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.crypto.ClientCodes;
import nl.entree.intake.crypto.FieldCipher;
import nl.entree.intake.idempotency.IdempotencyKeys;
import nl.entree.intake.idempotency.RequestHash;
import nl.entree.intake.outbox.Outbox;

@ApplicationScoped
public class ContactService {

    /** Filters of {@code GET /api/contacts}; null means "any". */
    public record Search(ContactStatus status, LocalDate from, LocalDate to, String clientCode, int page, int size) {
    }

    private final EntityManager em;
    private final Caller caller;
    private final ContactAccess access;
    private final ReferenceNumbers references;
    private final IdempotencyKeys keys;
    private final RequestHash hashes;
    private final FieldCipher cipher;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final ClientCodes clientCodes;

    public ContactService(EntityManager em, Caller caller, ContactAccess access, ReferenceNumbers references,
            IdempotencyKeys keys, RequestHash hashes, FieldCipher cipher, Outbox outbox, AuditTrail audit, Clock clock,
            ClientCodes clientCodes) {
        this.em = em;
        this.caller = caller;
        this.access = access;
        this.references = references;
        this.keys = keys;
        this.hashes = hashes;
        this.cipher = cipher;
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
            if (!used.get().requestHash().equals(hash)) {
                audit.record(AuditTerms.CREATE, AuditTerms.CONTACT, earlier, AuditResult.REJECTED);
                return new Registration(Registration.Outcome.KEY_REUSED, null);
            }
            Contact contact = em.find(Contact.class, earlier);
            audit.record(AuditTerms.REPLAY, AuditTerms.CONTACT, earlier, AuditResult.OK);
            ContactView replayed = view(contact, access.levelFor(contact));
            return new Registration(Registration.Outcome.REPLAYED, withClientCode(replayed, request.clientCode()));
        }

        Instant now = Instant.now(clock);
        Contact contact = newContact(request, organisation, now);
        em.persist(contact);
        ContactRequest.ContactPerson person = normalised(request.contact());
        if (person != null) {
            em.persist(encrypt(contact.id, person, now));
        }
        outbox.append(contact.id, Outbox.CONTACT_REGISTERED,
                new NewCase(contact.id, contact.reference, organisation, contact.assessment()));
        em.flush();
        keys.attach(organisation, idempotencyKey, contact.id);
        audit.record(AuditTerms.CREATE, AuditTerms.CONTACT, contact.id, AuditResult.OK);
        return new Registration(Registration.Outcome.CREATED,
                withClientCode(view(contact, ContactAccess.Level.OWNER, person), request.clientCode()));
    }

    /**
     * The contact behind a question from the public front door: anonymous, registered by no organisation, without
     * free text (the question is kept apart, and erased sooner), and routed by the same rules through the outbox.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contact registerFromTheFrontDoor(ContactRequest request) {
        Contact contact = newContact(request, null, Instant.now(clock));
        em.persist(contact);
        outbox.append(contact.id, Outbox.CONTACT_REGISTERED,
                new NewCase(contact.id, contact.reference, null, contact.assessment()));
        audit.record(AuditTerms.CREATE, AuditTerms.CONTACT, contact.id, AuditResult.OK);
        return contact;
    }

    /** Empty for a contact that does not exist or that the caller may not see: both are a 404. */
    @Transactional
    public Optional<ContactView> find(UUID id) {
        Contact contact = em.find(Contact.class, id);
        ContactAccess.Level level = contact == null ? ContactAccess.Level.NONE : access.levelFor(contact);
        if (level == ContactAccess.Level.NONE) {
            audit.record(AuditTerms.READ, AuditTerms.CONTACT, id, AuditResult.NOT_FOUND);
            return Optional.empty();
        }
        audit.record(AuditTerms.READ, AuditTerms.CONTACT, id, AuditResult.OK);
        return Optional.of(view(contact, level));
    }

    @Transactional
    public ContactPage search(Search search) {
        List<String> visible = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Optional<Organisation> org = access.casemanagerOrganisation();
        if (org.isPresent()) {
            visible.add("c.registeredBy = :org or (c.status = :routed and c.leadOrganisation = :org)");
            params.put("org", org.get());
            params.put("routed", ContactStatus.ROUTED);
        }
        if (access.isCoordinator()) {
            Optional<Region> region = access.coordinatorRegion();
            if (region.isPresent()) {
                visible.add("c.region = :region");
                params.put("region", region.get());
            } else {
                visible.add("1 = 1");
            }
        }
        if (visible.isEmpty()) {
            return new ContactPage(List.of(), search.page(), search.size(), 0);
        }
        StringBuilder where = new StringBuilder(" where (").append(String.join(") or (", visible)).append(")");
        if (search.clientCode() != null) {
            if (org.isEmpty()) {
                throw ProblemException.badRequest("clientCode", "only casemanagers search by client code");
            }
            // A client code belongs to the organisation that agreed it with the client.
            where.append(" and c.registeredBy = :org and c.clientCode in :clientCodes");
            params.put("clientCodes", clientCodes.candidates(search.clientCode()));
        }
        if (search.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", search.status());
        }
        if (search.from() != null) {
            where.append(" and c.receivedAt >= :from");
            params.put("from", search.from().atStartOfDay(Acuteness.ZONE).toInstant());
        }
        if (search.to() != null) {
            where.append(" and c.receivedAt < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay(Acuteness.ZONE).toInstant());
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from Contact c" + where, Long.class);
        TypedQuery<Contact> page = em.createQuery("from Contact c" + where + " order by c.receivedAt desc, c.id",
                Contact.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Contact> contacts = page.setFirstResult(search.page() * search.size()).setMaxResults(search.size())
                .getResultList();
        List<ContactView> items = new ArrayList<>();
        for (Contact contact : contacts) {
            ContactAccess.Level level = access.levelFor(contact);
            if (level != ContactAccess.Level.NONE) {
                items.add(view(contact, level));
                audit.record(AuditTerms.LIST, AuditTerms.CONTACT, contact.id, AuditResult.OK);
            }
        }
        return new ContactPage(items, search.page(), search.size(), total);
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
        Instant received = request.receivedAt() == null ? Instant.now(clock) : request.receivedAt();
        PlausibleDates.requireRecorded("receivedAt", received, clock, Acuteness.ZONE);
        if (request.incidentDate() != null) {
            PlausibleDates.requireIncident("incidentDate", request.incidentDate(),
                    received.atZone(Acuteness.ZONE).toLocalDate());
        }
    }

    private Contact newContact(ContactRequest request, Organisation organisation, Instant now) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.reference = references.next(now.atZone(Acuteness.ZONE).getYear());
        c.registeredBy = organisation;
        c.clientCode = clientCodes.hash(request.clientCode());
        c.receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        c.channel = request.channel();
        c.callerRole = request.callerRole();
        c.anonymous = request.anonymous();
        c.incidentTypes = request.incidentTypes();
        c.setting = request.setting() == null ? Setting.UNKNOWN : request.setting();
        c.incidentDate = request.incidentDate();
        c.statedTimeSinceIncident = request.timeSinceIncident();
        c.timeSinceIncident = Acuteness.timeSinceIncident(c.incidentDate, c.receivedAt, c.statedTimeSinceIncident);
        c.acute = c.assessment().acute();
        c.victimAgeGroup = request.victimAgeGroup() == null ? VictimAgeGroup.UNKNOWN : request.victimAgeGroup();
        c.region = request.region();
        c.needs = request.needs() == null ? java.util.Set.of() : request.needs();
        c.immediateDanger = request.immediateDanger();
        c.consentToShare = request.consentToShare();
        c.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary();
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

    private ContactDetails encrypt(UUID contactId, ContactRequest.ContactPerson person, Instant now) {
        ContactDetails details = new ContactDetails();
        details.contactId = contactId;
        details.name = cipher.encrypt(person.name(), ContactDetails.context(contactId, "name"));
        details.phone = cipher.encrypt(person.phone(), ContactDetails.context(contactId, "phone"));
        details.email = cipher.encrypt(person.email(), ContactDetails.context(contactId, "email"));
        details.createdAt = now;
        return details;
    }

    private ContactRequest.ContactPerson decrypt(ContactDetails details) {
        UUID id = details.contactId;
        return new ContactRequest.ContactPerson(cipher.decrypt(details.name, ContactDetails.context(id, "name")),
                cipher.decrypt(details.phone, ContactDetails.context(id, "phone")), cipher.decrypt(details.email, ContactDetails.context(id, "email")));
    }

    /** The owner typed the code just now; it is shown back in that answer only, since only its hash is stored. */
    private static ContactView withClientCode(ContactView v, String clientCode) {
        if (clientCode == null) {
            return v;
        }
        return new ContactView(v.id(), v.reference(), v.registeredBy(), v.status(), v.receivedAt(), v.channel(),
                v.callerRole(), v.anonymous(), v.incidentTypes(), v.setting(), v.incidentDate(), v.timeSinceIncident(),
                v.acute(), v.victimAgeGroup(), v.region(), v.needs(), v.immediateDanger(), v.consentToShare(),
                v.summary(), clientCode, v.contact(), v.detailsErased(), v.routing(), v.createdAt());
    }

    private ContactView view(Contact c, ContactAccess.Level level) {
        ContactRequest.ContactPerson person = null;
        if (level.details() && !c.anonymous) {
            ContactDetails details = em.find(ContactDetails.class, c.id);
            person = details == null ? null : decrypt(details);
        }
        return view(c, level, person);
    }

    private static ContactView view(Contact c, ContactAccess.Level level, ContactRequest.ContactPerson person) {
        ContactView.Routing routing = c.status == ContactStatus.ROUTED
                ? new ContactView.Routing(c.leadOrganisation, c.supportingOrganisations, c.caseType, c.priority,
                        c.respondBy, c.caseId, c.caseStatus, c.routedAt)
                : null;
        return new ContactView(c.id, c.reference, c.registeredBy, c.status, c.receivedAt, c.channel, c.callerRole,
                c.anonymous, c.incidentTypes, c.setting, c.incidentDate, c.timeSinceIncident, c.acute,
                c.victimAgeGroup, c.region, c.needs, c.immediateDanger, c.consentToShare,
                level.summary() ? c.summary : null,
                null,
                level.details() ? person : null,
                c.detailsErasedAt != null, routing, c.createdAt);
    }
}
