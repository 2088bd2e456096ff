package nl.entree.intake.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;

import io.quarkus.security.AuthenticationFailedException;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.crypto.ClientCodes;
import nl.entree.intake.crypto.UnreadableProblem;

/** Reading contacts: one by id, or a page of those the caller may see. Every contact shown is audited. */
@ApplicationScoped
class ContactSearch {

    /**
     * Filters of a contact search; null means "any". A client code is always of one issuer: the caller's own
     * organisation when {@code clientCodeIssuer} is null.
     */
    record Search(ContactStatus status, LocalDate from, LocalDate to, String clientCode,
            Organisation clientCodeIssuer, int page, int size) {
    }

    private final ContactRepository contacts;
    private final ContactAccess access;
    private final ContactViews views;
    private final AuditTrail audit;
    private final ClientCodes clientCodes;

    ContactSearch(ContactRepository contacts, ContactAccess access, ContactViews views, AuditTrail audit,
            ClientCodes clientCodes) {
        this.contacts = contacts;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.clientCodes = clientCodes;
    }

    /**
     * Empty for a contact that does not exist or that the caller may not see: both are a 404. A contact whose details
     * the caller may see but no key opens is a 500 problem, and is audited as refused: a single read is asked for to
     * see those details, and an answer without them could be shown as a contact who left none. The refusal does not
     * roll back, so that its audit record, and a routing change the read of the case brought, are kept; nor does a
     * 401, 403 or 503 from asking triage, audited as such ({@link ContactAccess#auditResult}).
     */
    @Transactional(dontRollbackOn = { ProblemException.class, AuthenticationFailedException.class })
    Optional<ContactView> find(UUID id) {
        Optional<ContactView> view;
        try {
            view = views.forCaller(contacts.findById(id));
        } catch (ProblemException | AuthenticationFailedException refusal) {
            // Triage refused the caller (401, 403) or could not be asked (503): the attempt to read a contact belongs
            // in the trail all the same. Triage gave no answer, so there is no routing change to write before it.
            audit.record(AuditTerms.READ, AuditTerms.CONTACT, id, ContactAccess.auditResult(refusal));
            throw refusal;
        }
        access.recordRoutingNoticed();
        if (view.isPresent() && view.get().detailsUnreadable()) {
            ProblemException unreadable = UnreadableProblem.CONTACT_DETAILS.exception();
            audit.record(AuditTerms.READ, AuditTerms.CONTACT, id, AuditResult.of(unreadable));
            throw unreadable;
        }
        audit.record(AuditTerms.READ, AuditTerms.CONTACT, id,
                view.isPresent() ? AuditResult.OK : AuditResult.NOT_FOUND);
        return view;
    }

    /**
     * A list that triage refuses (401, 403) or cannot answer (503) for one of its contacts fails, and is audited
     * for that contact without rolling back, as {@link #find} is.
     */
    @Transactional(dontRollbackOn = { ProblemException.class, AuthenticationFailedException.class })
    ContactPage search(Search search) {
        Optional<Organisation> org = access.casemanagerOrganisation();
        if (search.clientCode() != null && org.isEmpty()) {
            ProblemException refused = ProblemException.badRequest("clientCode",
                    "only casemanagers search by client code");
            audit.recordRefusal(AuditTerms.SEARCH_CLIENT_CODE, AuditTerms.CONTACT, AuditTerms.CLIENT_CODE_SEARCHES,
                    refused);
            throw refused;
        }
        ContactRepository.Page found = contacts.page((cb, c) -> where(cb, c, search, org), search.page(),
                search.size());
        List<ContactView> items = new ArrayList<>();
        for (Contact contact : found.contacts()) {
            try {
                views.forCaller(contact).ifPresent(items::add);
            } catch (ProblemException | AuthenticationFailedException refusal) {
                // The contacts before it are not shown, so not audited as listed; but a routing change triage's
                // answers for them brought is in memory and would be written at commit: it is audited first.
                access.recordRoutingNoticed();
                audit.record(AuditTerms.LIST, AuditTerms.CONTACT, contact.id, ContactAccess.auditResult(refusal));
                throw refusal;
            }
        }
        // Only once triage has answered for every contact: the first record takes the audit chain's lock until
        // commit, and every audited write in intake, a registration too, would wait behind a slow triage.
        access.recordRoutingNoticed();
        audit.recordEach(AuditTerms.LIST, AuditTerms.CONTACT, items.stream().map(ContactView::id).toList(),
                AuditResult.OK);
        if (search.clientCode() != null) {
            // The contacts found are listed above; a search that found none would otherwise leave no trace of who
            // looked for a client.
            audit.record(AuditTerms.SEARCH_CLIENT_CODE, AuditTerms.CONTACT, AuditTerms.CLIENT_CODE_SEARCHES,
                    items.isEmpty() ? AuditResult.NOT_FOUND : AuditResult.OK);
        }
        // A row intake's copy of the routing still finds but triage no longer shows the caller is not counted either;
        // the routing pull (RoutingSync) keeps such rows to those changed since its last run.
        long hidden = found.contacts().size() - items.size();
        return new ContactPage(items, search.page(), search.size(), found.total() - hidden);
    }

    /**
     * Whether intake's copy of the routing names the organisation as a supporter; triage still confirms each row.
     * In SQL, because Hibernate binds an enum compared with the array's elements by its ordinal.
     */
    private static Predicate supports(CriteriaBuilder cb, Root<Contact> c, Organisation o) {
        HibernateCriteriaBuilder hcb = (HibernateCriteriaBuilder) cb;
        return hcb.isTrue(hcb.sql("(? = any(?))", Boolean.class, hcb.literal(o.name()),
                c.get("supportingOrganisations")));
    }

    /** What the caller may see, narrowed by the filters; empty when the caller may see no contact at all. */
    private Optional<Predicate> where(CriteriaBuilder cb, Root<Contact> c, Search search, Optional<Organisation> org) {
        List<Predicate> visible = new ArrayList<>();
        Optional<Region> region = access.region();
        org.ifPresent(o -> visible.add(cb.and(cb.or(cb.equal(c.get("registeredBy"), o),
                cb.and(cb.equal(c.get("status"), ContactStatus.ROUTED),
                        cb.or(cb.equal(c.get("leadOrganisation"), o), supports(cb, c, o)))),
                region.map(r -> cb.or(cb.equal(c.get("region"), r), cb.isNull(c.get("region")),
                        cb.and(cb.equal(c.get("registeredBy"), o),
                                cb.equal(c.get("registeredBySubject"), access.subject()))))
                        .orElseGet(cb::conjunction))));
        if (access.isCoordinator()) {
            visible.add(region.map(r -> cb.equal(c.get("region"), r)).orElseGet(cb::conjunction));
        }
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        List<Predicate> all = new ArrayList<>();
        all.add(cb.or(visible.toArray(Predicate[]::new)));
        if (search.clientCode() != null) {
            // A client code belongs to the organisation that agreed it with the client.
            all.add(cb.equal(c.get("registeredBy"), org.orElseThrow()));
            all.add(c.get("clientCode").in(clientCodes.candidates(search.clientCode())));
            // Two people: the organisation's own "K-7" and the "K-7" a client brought from Fier.
            Organisation issuer = search.clientCodeIssuer();
            all.add(issuer == null || issuer == org.orElseThrow()
                    ? cb.isNull(c.get("clientCodeIssuer"))
                    : cb.equal(c.get("clientCodeIssuer"), issuer));
        }
        if (search.status() != null) {
            all.add(cb.equal(c.get("status"), search.status()));
        }
        if (search.from() != null) {
            all.add(cb.greaterThanOrEqualTo(c.<Instant>get("receivedAt"),
                    search.from().atStartOfDay(DutchTime.ZONE).toInstant()));
        }
        if (search.to() != null) {
            all.add(cb.lessThan(c.<Instant>get("receivedAt"),
                    search.to().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant()));
        }
        return Optional.of(cb.and(all.toArray(Predicate[]::new)));
    }
}
