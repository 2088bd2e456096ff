package nl.entree.triage.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.triage.audit.AuditTerms;

/**
 * Which cases changed lead or supporters, for intake, which keeps a copy of both to list a casemanager's contacts and
 * questions. A pull, as forecast's is: triage needs to know nothing of intake, and intake catches up after either
 * was down.
 */
@ApplicationScoped
class RoutingFeed {

    static final String READ = "CASE_ROUTING_READ";
    /** Before any stamp: the first pull starts here. */
    private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
    /** After every id, so that an instant alone means "changed after it". */
    private static final UUID LAST_ID = new UUID(-1L, -1L);

    private final CaseRepository cases;
    private final Caller caller;
    private final AuditTrail audit;

    RoutingFeed(CaseRepository cases, Caller caller, AuditTrail audit) {
        this.cases = cases;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public RoutingChanges after(Instant after, UUID afterId, int limit) {
        if (!CaseAccess.INTAKE.equals(caller.subject())) {
            ProblemException refused = ProblemException.forbidden("Only intake-service reads routing changes.");
            audit.recordRefusal(READ, AuditTerms.CASE, null, refused);
            throw refused;
        }
        if (afterId != null && after == null) {
            throw ProblemException.badRequest("afterId", "only together with after");
        }
        // UUIDs compare in PostgreSQL as unsigned bytes: the all-ones id sorts after every other.
        List<CaseRepository.Routing> found = cases.routingChangedAfter(after == null ? BEGINNING : after,
                afterId == null ? (after == null ? new UUID(0L, 0L) : LAST_ID) : afterId, limit);
        List<RoutingChanges.Change> changes = found.stream().map(r -> new RoutingChanges.Change(r.caseId(),
                r.contactId(), r.leadOrganisation(), r.supportingOrganisations(), r.priority(), r.respondBy(),
                r.routingChangedAt())).toList();
        RoutingChanges.Cursor next = null;
        if (changes.size() == limit) {
            RoutingChanges.Change last = changes.get(changes.size() - 1);
            next = new RoutingChanges.Cursor(last.routingChangedAt(), last.caseId());
        }
        audit.record(READ, AuditTerms.CASE, null, AuditResult.OK);
        return new RoutingChanges(changes, next);
    }
}
