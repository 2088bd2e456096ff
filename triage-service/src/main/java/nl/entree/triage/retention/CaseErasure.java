package nl.entree.triage.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.ContactErasure;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.triage.audit.AuditTerms;
import nl.entree.triage.cases.CaseAccess;
import nl.entree.triage.cases.CaseEntity;
import nl.entree.triage.cases.CaseRepository;

/**
 * Forgets what could identify the person behind a case: the free-text summary and the incident date of the
 * assessment (its time since the incident stays, which is what acuteness and the statistics need), the outcome
 * written at closing and the reasons written at each decline, reassignment and close. What stays is what caseloads,
 * norms and monthly counts are computed from: the coded assessment, the decision, lead, case type, region and the
 * dates of the lifecycle. The contact id and reference stay too: they name no one, and they let an erasure request
 * or an audit find the row.
 */
@ApplicationScoped
class CaseErasure {

    static final String SYSTEM = "retention";
    private static final int BATCH = 500;

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final RetentionConfig config;
    private final Clock clock;
    private final Caller caller;

    public CaseErasure(CaseRepository cases, AuditTrail audit, RetentionConfig config, Clock clock, Caller caller) {
        this.cases = cases;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.caller = caller;
    }

    @Scheduled(cron = "${entree.retention.cron}", timeZone = DutchTime.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        Instant now = Instant.now(clock);
        int erased;
        do {
            erased = eraseClosedBefore(now.minus(config.closedCases()), now);
        } while (erased == BATCH);
    }

    /** Erases one batch of cases closed before {@code cutoff}; returns how many. */
    @Transactional
    public int eraseClosedBefore(Instant cutoff, Instant now) {
        List<CaseEntity> due = cases.closedBefore(cutoff, BATCH);
        for (CaseEntity c : due) {
            eraseEverything(c, now);
            audit.recordBySystem(SYSTEM, "CASE_ERASE", AuditTerms.CASE, c.id, AuditResult.OK);
        }
        return due.size();
    }

    /**
     * What intake erased of a contact, triage forgets of its case. Empty when the contact has no case here. Only
     * intake may ask: it alone keeps contacts, and any other service could otherwise erase any case it can name.
     */
    @Transactional
    public Optional<CaseEntity> forget(ContactErasure erasure) {
        if (!CaseAccess.INTAKE.equals(caller.subject())) {
            ProblemException refusal = ProblemException.forbidden("Only intake-service erases what it erased of a "
                    + "contact.");
            audit.recordRefusal("CASE_ERASE", AuditTerms.CASE, null, refusal);
            throw refusal;
        }
        Optional<CaseEntity> found = cases.findByContactIdForChange(erasure.contactId());
        if (found.isEmpty()) {
            audit.record("CASE_ERASE", AuditTerms.CASE, null, AuditResult.NOT_FOUND);
            return found;
        }
        CaseEntity c = found.get();
        if (erasure.scope() == ContactErasure.Scope.EVERYTHING) {
            eraseEverything(c, Instant.now(clock));
            audit.record("CASE_ERASE", AuditTerms.CASE, c.id, AuditResult.OK);
        } else {
            c.assessment = withoutFreeText(c.assessment, false);
            cases.erasePersonLinks(c.id);
            audit.record("CASE_SUMMARY_ERASE", AuditTerms.CASE, c.id, AuditResult.OK);
        }
        return found;
    }

    /** Without the summary and, when {@code incidentDate} goes too, with the time since the incident it gave. */
    private static Assessment withoutFreeText(Assessment a, boolean incidentDate) {
        return new Assessment(a.receivedAt(), a.channel(), a.callerRole(), a.anonymous(), a.incidentTypes(),
                a.setting(), incidentDate ? null : a.incidentDate(),
                incidentDate ? a.effectiveTimeSinceIncident() : a.timeSinceIncident(), a.victimAgeGroup(), a.region(),
                a.needs(), a.immediateDanger(), a.consentToShare(), null);
    }

    private void eraseEverything(CaseEntity c, Instant now) {
        c.assessment = withoutFreeText(c.assessment, true);
        c.outcome = null;
        c.erasedAt = now;
        cases.eraseTransitionReasons(c.id);
        cases.erasePersonLinks(c.id);
    }
}
