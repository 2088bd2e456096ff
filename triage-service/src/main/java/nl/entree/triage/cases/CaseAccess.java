package nl.entree.triage.cases;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;

/**
 * Who may see a case: a casemanager of an organisation involved in it (the lead or a supporter), a coordinator of its
 * region (or of every region). A casemanager whose token carries a region is bound to it as a coordinator is, and
 * also sees the organisation's cases whose region nobody knows: where every casemanager of an organisation works in
 * a region, those would otherwise be nobody's. The one place this is decided, for the case and for what hangs on it.
 * No service: the services that ask about a case (intake, capacity) ask with their user's token, so that triage
 * decides for that user, and a service token that could read cases would open every case to whoever holds any
 * service's key.
 */
@ApplicationScoped
public class CaseAccess {

    /**
     * The subject of intake's service tokens, its application name. intake alone keeps contacts, so it alone may
     * hand one to triage as a case, erase what it erased of one, and read who handles each case to keep its lists in
     * step.
     */
    public static final String INTAKE = "intake-service";

    private final CaseRepository cases;
    private final Caller caller;

    CaseAccess(CaseRepository cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    /** The case, or empty when it does not exist or the caller may not see it: the two look the same. */
    public Optional<CaseEntity> find(UUID id) {
        return cases.findByIdOptional(id).filter(this::visible);
    }

    /** The same, for a change: the case's row stays locked until the change commits. */
    public Optional<CaseEntity> findForChange(UUID id) {
        return cases.findForChange(id).filter(this::visible);
    }

    /** Of these cases, the ones the caller may see: where a case is shown beside others, the rest are left out. */
    public Set<UUID> visibleAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return cases.list("id in ?1", ids).stream().filter(this::visible).map(c -> c.id).collect(Collectors.toSet());
    }

    boolean visible(CaseEntity c) {
        if (caller.hasRole(Roles.CASEMANAGER)) {
            return inCallersRegion(c) && c.involves(caller.requireOrganisation());
        }
        if (caller.hasRole(Roles.COORDINATOR)) {
            return inCallersRegion(c);
        }
        return false;
    }

    /**
     * Whether the case lies in the region the caller's token binds them to, or the caller is national. For a
     * casemanager a case of no known region lies in every region.
     */
    boolean inCallersRegion(CaseEntity c) {
        return caller.region().map(r -> r == c.region
                || c.region == null && caller.hasRole(Roles.CASEMANAGER)).orElse(true);
    }
}
