package nl.entree.triage.regional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.triage.audit.AuditTerms;
import nl.entree.triage.cases.CaseEntity;
import nl.entree.triage.cases.CaseRepository;

/**
 * Records which regional service leads a case. Asked right after routing commits, so the directory is never part of
 * routing's transaction and its absence never stops a case; what it could not answer then is asked again on a
 * schedule until it answers.
 */
@ApplicationScoped
public class RegionalServiceResolver {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(RegionalServiceResolver.class);

    private final CaseRepository cases;
    private final DirectoryClient directory;
    private final AuditTrail audit;
    private final Clock clock;

    public RegionalServiceResolver(CaseRepository cases, @RestClient DirectoryClient directory, AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Tries once; a directory that is down or slow leaves the case pending. True when it was resolved. */
    public boolean resolve(UUID caseId) {
        Question q = question(caseId);
        if (q == null) {
            return false;
        }
        DirectoryClient.Where answer;
        try {
            answer = directory.where(q.organisation(), q.region());
        } catch (RuntimeException e) {
            // A warning, not a debug line: a wrong directory URL or a refused service token leaves every case
            // without its regional service, and this is where an operator would see why.
            LOG.warnf("Directory did not answer for case %s: %s; left pending", caseId, e.getClass().getSimpleName());
            return false;
        }
        DirectoryClient.Regional regional = answer == null ? null : answer.regional();
        if (regional != null && regional.id() != null && !isUuid(regional.id())) {
            // HSDS ids are UUIDs. Any other would throw after the case was saved, and again on every schedule,
            // holding up every pending case behind this one; the answer is as good as none.
            LOG.warnf("Directory named no UUID for the regional service of case %s; recorded as not in the directory",
                    caseId);
            regional = null;
        }
        record(caseId, q, regional);
        return true;
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Scheduled(identity = "regional-service-resolver", every = "${entree.triage.regional-service.resolve-every}",
            delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resolvePending() {
        int resolved = resolveAllPending();
        if (resolved > 0) {
            LOG.infof("Resolved the regional service of %d cases", resolved);
        }
    }

    /** Works through the pending cases, oldest first, and stops at the first the directory does not answer. */
    public int resolveAllPending() {
        int resolved = 0;
        for (UUID id : pending()) {
            if (!resolve(id)) {
                break;
            }
            resolved++;
        }
        return resolved;
    }

    private record Question(String organisation, String region) {
    }

    @Transactional
    List<UUID> pending() {
        return cases.pendingRegionalService(BATCH);
    }

    @Transactional
    Question question(UUID caseId) {
        CaseEntity c = cases.findForChange(caseId).orElse(null);
        if (c == null || c.regionalServiceState != RegionalServiceState.PENDING) {
            return null;
        }
        if (c.leadOrganisation == null || c.region == null) {
            c.regionalServiceState = RegionalServiceState.NOT_APPLICABLE;
            return null;
        }
        return new Question(c.leadOrganisation.name(), c.region.name());
    }

    /** Only if nothing changed the lead or region in the meantime; otherwise the question is asked again. */
    @Transactional
    void record(UUID caseId, Question asked, DirectoryClient.Regional regional) {
        CaseEntity c = cases.findForChange(caseId).orElse(null);
        if (c == null || c.regionalServiceState != RegionalServiceState.PENDING || c.leadOrganisation == null
                || c.region == null || !asked.equals(new Question(c.leadOrganisation.name(), c.region.name()))) {
            return;
        }
        c.regionalServiceAt = Instant.now(clock);
        if (regional == null || regional.id() == null) {
            c.regionalServiceState = RegionalServiceState.NOT_IN_DIRECTORY;
            c.regionalServiceId = null;
            c.regionalServiceName = null;
        } else {
            c.regionalServiceState = RegionalServiceState.RESOLVED;
            c.regionalServiceId = UUID.fromString(regional.id());
            c.regionalServiceName = regional.displayName();
        }
        audit.recordBySystem("regional-service-resolver", "CASE_REGIONAL_SERVICE", AuditTerms.CASE, caseId,
                AuditResult.OK);
    }
}
