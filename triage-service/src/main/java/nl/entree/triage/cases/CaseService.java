package nl.entree.triage.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.CaseReceipt;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.NewCase;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.time.PlausibleDates;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.triage.audit.AuditTerms;
import nl.entree.triage.cases.CaseViews.CasePage;
import nl.entree.triage.cases.CaseViews.CaseSummary;
import nl.entree.triage.cases.CaseViews.CaseView;
import nl.entree.triage.cases.CaseViews.HistoryEntry;
import nl.entree.triage.cases.CaseViews.ReviewReason;
import nl.entree.triage.milestones.MilestoneSchedule;
import nl.entree.triage.rules.RuleSetService;

/**
 * Creates cases from contacts and moves them through the referral lifecycle. A caller who may not see a
 * case gets the same 404 as for a case that does not exist, so that ids reveal nothing.
 */
@ApplicationScoped
class CaseService {

    public record Created(CaseReceipt receipt, boolean isNew) {
    }

    /** Who the history and the audit trail name when triage acts by itself. */
    static final String SYSTEM = "triage-service";
    static final String ACCESS_CHECK = "CASE_ACCESS_CHECK";

    /** In English, as every sentence a service writes: Dutch pages translate it (common's {@code ServiceSentences}). */
    static final String ESCALATION_REASON = "Not accepted within the response time: escalated to the coordinators.";

    private final CaseRepository cases;
    private final CaseAccess access;
    private final RuleSetService ruleSets;
    private final MilestoneSchedule milestones;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionLock locks;
    private final CasesConfig config;

    public CaseService(CaseRepository cases, CaseAccess access, RuleSetService ruleSets, MilestoneSchedule milestones,
            Caller caller, AuditTrail audit, Clock clock, TransactionLock locks, CasesConfig config) {
        this.cases = cases;
        this.access = access;
        this.ruleSets = ruleSets;
        this.milestones = milestones;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.locks = locks;
        this.config = config;
    }

    /**
     * The case for a contact intake handed over. Only intake may: a case offers a person's assessment to an
     * organisation and counts in every figure, and any other service's key must not make one.
     */
    @Transactional
    public Created create(NewCase request) {
        if (!CaseAccess.INTAKE.equals(caller.subject())) {
            ProblemException refusal = ProblemException.forbidden("Only intake-service hands triage a contact.");
            audit.recordRefusal("CASE_CREATE", AuditTerms.CASE, null, refusal);
            throw refusal;
        }
        PlausibleDates.requireAssessment("assessment.", request.assessment(), clock);
        locks.hold("case-of-contact:" + request.contactId());
        Optional<CaseEntity> existing = cases.findByContactId(request.contactId());
        if (existing.isPresent()) {
            CaseEntity c = existing.get();
            audit.record("CASE_CREATE_REPEATED", AuditTerms.CASE, c.id, AuditResult.OK);
            return new Created(new CaseReceipt(c.id, c.contactId, c.status, c.decision, c.createdAt), false);
        }
        Assessment assessment = request.assessment();
        TriageDecision decision = ruleSets.active().evaluate(assessment);
        Instant now = Instant.now(clock);
        CaseEntity c = new CaseEntity();
        c.id = UUID.randomUUID();
        c.contactId = request.contactId();
        c.reference = request.reference();
        c.registeredBy = request.registeredBy();
        c.region = assessment.region();
        c.receivedAt = assessment.receivedAt();
        c.status = decision.needsReview() ? CaseStatus.NEEDS_REVIEW : CaseStatus.OFFERED;
        c.leadOrganisation = decision.leadOrganisation();
        c.caseType = decision.caseType();
        c.decidedLead = decision.leadOrganisation();
        c.decidedCaseType = decision.caseType();
        c.priority = decision.priority();
        c.emergency = decision.emergency();
        c.acute = decision.acute();
        c.respondBy = decision.respondBy();
        c.ruleSetVersion = decision.ruleSetVersion();
        c.assessment = assessment;
        c.decision = decision;
        c.createdAt = now;
        c.routingChangedAt = now;
        decision.supportingOrganisations().forEach(o -> c.addSupporter(o, now));
        c.askRegionalService();
        milestones.layOut(c);
        boolean linked = request.personLinks() != null && !request.personLinks().isEmpty();
        c.linkedToEarlierCase = linked && cases.anEarlierCaseHasALink(request.personLinks(), c.receivedAt);
        cases.persist(c);
        if (linked) {
            cases.flush();
            cases.addPersonLinks(c.id, request.personLinks());
        }
        transition(c, null, null, "Triage under rule set " + decision.ruleSetVersion() + ": "
                + String.join(", ", decision.matchedRules()), now);
        audit.record("CASE_CREATE", AuditTerms.CASE, c.id, AuditResult.OK);
        return new Created(new CaseReceipt(c.id, c.contactId, c.status, decision, c.createdAt), true);
    }

    @Transactional
    public Optional<CaseView> find(UUID id) {
        return audited("CASE_READ", id, () -> {
            Optional<CaseEntity> found = access.find(id);
            if (found.isEmpty()) {
                audit.record("CASE_READ", AuditTerms.CASE, id, AuditResult.NOT_FOUND);
                return Optional.empty();
            }
            audit.record("CASE_READ", AuditTerms.CASE, id, AuditResult.OK);
            return found.map(c -> view(c, Instant.now(clock)));
        });
    }

    /**
     * Who is involved in the case, for a service that decides access with it (intake, capacity). Audited as an access
     * check, not a read: the caller sees nothing of the case, and its linked cases are not looked at, so a trail of
     * who has seen a case does not name everyone who opened a list of contacts.
     */
    @Transactional
    public Optional<CaseViews.CaseParties> parties(UUID id) {
        return audited(ACCESS_CHECK, id, () -> {
            Optional<CaseEntity> found = access.find(id);
            audit.record(ACCESS_CHECK, AuditTerms.CASE, id, found.isPresent() ? AuditResult.OK : AuditResult.NOT_FOUND);
            return found.map(c -> new CaseViews.CaseParties(c.id, c.status, c.leadOrganisation,
                    c.supportingOrganisations(), c.caseType));
        });
    }

    @Transactional
    public CasePage list(CaseRepository.Filter requested, CaseRepository.Order order, int page, int size) {
        return audited("CASE_LIST", null, () -> {
            Organisation scope = null;
            Region scopeRegion = null;
            Region region = requested.region();
            if (caller.hasRole(Roles.CASEMANAGER)) {
                scope = caller.requireOrganisation();
                // Bound as a coordinator is; a list that names no region shows the cases of no known region too.
                scopeRegion = caller.region().orElse(null);
                region = region == null ? null : caller.regionWithin(region);
            } else {
                region = caller.regionWithin(region);
            }
            CaseRepository.Filter filter = new CaseRepository.Filter(scope, scopeRegion, requested.org(),
                    requested.status(), requested.priority(), requested.overdue(), requested.atRisk(),
                    requested.escalated(), region, requested.reference(), requested.contacts());
            Instant now = Instant.now(clock);
            CaseRepository.Page found = cases.search(filter, order, now, page, size);
            Map<UUID, CaseTransition> reviews = cases.reasonsForReview(found.items().stream()
                    .filter(c -> c.status == CaseStatus.NEEDS_REVIEW).map(c -> c.id).toList());
            // One record per case shown, as intake keeps per contact: "who has seen this case" must find lists too.
            audit.recordEach("CASE_LIST", AuditTerms.CASE, found.items().stream().map(c -> c.id).toList(),
                    AuditResult.OK);
            return new CasePage(found.items().stream().map(c -> summary(c, reviews.get(c.id), now)).toList(), page,
                    size, found.total());
        });
    }

    @Transactional
    public CaseView accept(UUID id) {
        return audited("CASE_ACCEPT", id, () -> {
            CaseEntity c = caseToChange(id);
            requireLead(c);
            requireStatus(c, "accepted", CaseStatus.OFFERED);
            Instant now = Instant.now(clock);
            CaseStatus from = c.status;
            c.status = CaseStatus.ACCEPTED;
            c.acceptedAt = now;
            milestones.refresh(c);
            transition(c, from, c.leadOrganisation, null, now);
            audit.record("CASE_ACCEPT", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /** The declining organisation gives the case back: it has no lead until a coordinator reassigns it. */
    @Transactional
    public CaseView decline(UUID id, String reason) {
        return audited("CASE_DECLINE", id, () -> {
            Optional<CaseEntity> visible = access.findForChange(id);
            if (visible.isEmpty()) {
                return declinedJustNowByCaller(id, reason).orElseThrow(() -> ProblemException.notFound("Case " + id));
            }
            CaseEntity c = visible.get();
            requireLead(c);
            requireStatus(c, "declined", CaseStatus.OFFERED, CaseStatus.ACCEPTED);
            Instant now = Instant.now(clock);
            CaseStatus from = c.status;
            Organisation fromLead = c.leadOrganisation;
            c.status = CaseStatus.NEEDS_REVIEW;
            c.leadOrganisation = null;
            c.caseType = null;
            c.routingChangedAt = now;
            c.askRegionalService();
            milestones.layOut(c);
            transition(c, from, fromLead, reason, now);
            audit.record("CASE_DECLINE", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /**
     * The same decline sent again (a double click): the first took the case out of the caller's organisation, so it
     * would now be "not found", exactly as a case a coordinator gave elsewhere, and the person who declined would be
     * told their decline failed. It is answered as the first was while it is the last thing done to the case, by the
     * same person with the same reason, and recent. Nobody has done anything to the case since, so the answer is the
     * case as the first answer showed it, but for its regional service if the directory answered in between.
     */
    private Optional<CaseView> declinedJustNowByCaller(UUID id, String reason) {
        Optional<CaseEntity> found = cases.findForChange(id);
        if (found.isEmpty() || found.get().status != CaseStatus.NEEDS_REVIEW || !caller.hasRole(Roles.CASEMANAGER)
                || !access.inCallersRegion(found.get())) {
            return Optional.empty();
        }
        CaseEntity c = found.get();
        List<CaseTransition> history = cases.history(id);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        CaseTransition last = history.get(history.size() - 1);
        Instant now = Instant.now(clock);
        Organisation own = caller.requireOrganisation();
        boolean sameDecline = last.event == null && last.toStatus == CaseStatus.NEEDS_REVIEW && last.fromLead == own
                && last.actorOrganisation == own && caller.subject().equals(last.actor)
                && Objects.equals(reason, last.reason) && !last.at.plus(config.declinedAgainWithin()).isBefore(now);
        if (!sameDecline) {
            return Optional.empty();
        }
        audit.record("CASE_DECLINE_REPEATED", AuditTerms.CASE, id, AuditResult.OK);
        return Optional.of(view(c, now));
    }

    @Transactional
    public CaseView close(UUID id, String outcome) {
        return audited("CASE_CLOSE", id, () -> {
            CaseEntity c = caseToChange(id);
            if (caller.hasRole(Roles.CASEMANAGER)) {
                requireLead(c);
                requireStatus(c, "closed", CaseStatus.ACCEPTED);
            } else {
                requireStatus(c, "closed", CaseStatus.ACCEPTED, CaseStatus.NEEDS_REVIEW);
            }
            Instant now = Instant.now(clock);
            CaseStatus from = c.status;
            c.status = CaseStatus.CLOSED;
            c.closedAt = now;
            c.outcome = outcome;
            milestones.refresh(c);
            transition(c, from, c.leadOrganisation, outcome, now);
            audit.record("CASE_CLOSE", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /**
     * The case goes to a new lead, with a priority and deadline that fit its new case type and never relax what the
     * person was promised: the victim's clock does not restart because the case moved, but acute work given to CSG
     * must not keep the five days of the organisation that had it (fitPromiseToCaseType says how).
     */
    @Transactional
    public CaseView reassign(UUID id, CaseViews.ReassignRequest request) {
        return audited("CASE_REASSIGN", id, () -> {
            CaseEntity c = caseToChange(id);
            requireStatus(c, "reassigned", CaseStatus.OFFERED, CaseStatus.ACCEPTED, CaseStatus.NEEDS_REVIEW);
            Organisation lead = request.leadOrganisation();
            CaseType caseType = request.caseType() != null ? request.caseType() : defaultCaseType(lead, c.acute);
            if (caseType.organisation() != lead) {
                throw ProblemException.badRequest("caseType", "belongs to " + caseType.organisation() + ", not to "
                        + lead);
            }
            Instant now = Instant.now(clock);
            CaseStatus from = c.status;
            Organisation fromLead = c.leadOrganisation;
            CaseType fromCaseType = c.caseType;
            Priority fromPriority = c.priority;
            Instant fromRespondBy = c.respondBy;
            c.status = CaseStatus.OFFERED;
            c.leadOrganisation = lead;
            c.caseType = caseType;
            c.acceptedAt = null;
            c.removeSupporter(lead);
            c.routingChangedAt = now;
            // A coordinator deciding the case answers its lateness, whether or not it had escalated yet: a case that
            // went to review before its deadline and is reassigned after it must not land in the queue again.
            if (c.escalation == CaseEntity.Escalation.ESCALATED
                    || c.escalation == CaseEntity.Escalation.NONE && c.respondBy != null && c.respondBy.isBefore(now)) {
                c.escalation = CaseEntity.Escalation.HANDLED;
            }
            if (lead != fromLead) {
                c.askRegionalService();
            }
            fitPromiseToCaseType(c, now);
            if (caseType != fromCaseType) {
                milestones.layOut(c);
            } else {
                milestones.refresh(c);
            }
            // The history says when the deadline moved and why, not only the case as it stands now.
            CaseTransition moved = transition(c, from, fromLead, request.reason(), now);
            moved.fromPriority = fromPriority;
            moved.toPriority = c.priority;
            moved.fromRespondBy = fromRespondBy;
            moved.toRespondBy = c.respondBy;
            if (request.keepPreviousLeadAsSupporter() && fromLead != null && c.addSupporter(fromLead, now)) {
                event(c, CaseTransition.CaseEvent.SUPPORTER_ADDED, fromLead, request.reason(), now);
            }
            audit.record("CASE_REASSIGN", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /**
     * A milestone done, on the day it was done. Only a casemanager of the organisation that records it may, and only
     * once the case is accepted: the work it marks belongs to an organisation that took the case on.
     */
    @Transactional
    public CaseView recordMilestone(UUID id, String code, LocalDate doneOn) {
        return audited("CASE_MILESTONE", id, () -> {
            CaseEntity c = recordersCase(id, code);
            Instant now = Instant.now(clock);
            milestones.record(c, code, doneOn, now, caller.subject(), caller.requireOrganisation());
            audit.record("CASE_MILESTONE", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /**
     * A milestone recorded on the wrong day, corrected by the organisation that recorded it while it is on the open
     * case, whoever leads it now; the history keeps the old day.
     */
    @Transactional
    public CaseView correctMilestone(UUID id, String code, CaseViews.MilestoneCorrection correction) {
        return audited("CASE_MILESTONE_CORRECT", id, () -> {
            CaseEntity c = caseToChange(id);
            if (!caller.hasRole(Roles.CASEMANAGER) || milestones.corrector(c, code) != caller.requireOrganisation()) {
                throw ProblemException.forbidden("Only a casemanager of the organisation that recorded this "
                        + "milestone may correct it.");
            }
            requireOpen(c, "given a corrected milestone");
            Instant now = Instant.now(clock);
            LocalDate was = milestones.correct(c, code, correction.doneOn(), now, caller.subject(),
                    caller.requireOrganisation());
            CaseTransition t = event(c, CaseTransition.CaseEvent.MILESTONE_CORRECTED, null, correction.reason(), now);
            t.milestone = code;
            t.milestoneWas = was;
            audit.record("CASE_MILESTONE_CORRECT", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /**
     * Offers not accepted by their respondBy go to the coordinators' queue, once each, with the reason in the case's
     * history. The lead may still accept; a coordinator may reassign.
     */
    @Transactional
    public int escalateLateOffers(int batch) {
        Instant now = Instant.now(clock);
        List<CaseEntity> late = cases.lateOffers(now, batch);
        for (CaseEntity c : late) {
            c.escalation = CaseEntity.Escalation.ESCALATED;
            c.escalatedAt = now;
            // Written here rather than by event(): no one is signed in to a scheduled job.
            CaseTransition t = new CaseTransition();
            t.caseId = c.id;
            t.at = now;
            t.actor = SYSTEM;
            t.fromStatus = c.status;
            t.toStatus = c.status;
            t.fromLead = c.leadOrganisation;
            t.toLead = c.leadOrganisation;
            t.reason = ESCALATION_REASON;
            t.event = CaseTransition.CaseEvent.ESCALATED;
            cases.record(t);
            audit.recordBySystem(SYSTEM, "CASE_ESCALATE", AuditTerms.CASE, c.id, AuditResult.OK);
        }
        return late.size();
    }

    /** A coordinator asks another organisation to support the lead, with a reason. */
    @Transactional
    public CaseView addSupporter(UUID id, Organisation organisation, String reason) {
        return audited("CASE_SUPPORTER_ADD", id, () -> {
            CaseEntity c = caseToChange(id);
            requireOpen(c, "given a supporter");
            if (organisation == c.leadOrganisation) {
                throw ProblemException.badRequest("organisation", "leads this case");
            }
            Instant now = Instant.now(clock);
            if (!c.addSupporter(organisation, now)) {
                throw ProblemException.conflict(organisation + " supports this case already.");
            }
            c.routingChangedAt = now;
            event(c, CaseTransition.CaseEvent.SUPPORTER_ADDED, organisation, reason, now);
            audit.record("CASE_SUPPORTER_ADD", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /** A coordinator ends an organisation's support, with a reason; it no longer sees the case. */
    @Transactional
    public CaseView removeSupporter(UUID id, Organisation organisation, String reason) {
        return audited("CASE_SUPPORTER_REMOVE", id, () -> {
            CaseEntity c = caseToChange(id);
            requireOpen(c, "changed");
            if (!c.removeSupporter(organisation)) {
                throw ProblemException.notFound("Supporter " + organisation + " of this case");
            }
            Instant now = Instant.now(clock);
            c.routingChangedAt = now;
            event(c, CaseTransition.CaseEvent.SUPPORTER_REMOVED, organisation, reason, now);
            audit.record("CASE_SUPPORTER_REMOVE", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /** A casemanager of a supporting organisation says it takes on its part. */
    @Transactional
    public CaseView acknowledgeSupport(UUID id) {
        return audited("CASE_SUPPORT_ACKNOWLEDGE", id, () -> {
            CaseEntity c = caseToChange(id);
            Organisation own = caller.requireOrganisation();
            CaseSupporter supporter = c.supporter(own).orElseThrow(() -> ProblemException.forbidden(
                    "Only a casemanager of a supporting organisation acknowledges its part."));
            requireOpen(c, "acknowledged");
            if (supporter.acknowledgedAt != null) {
                throw ProblemException.conflict(own + " acknowledged its part already.");
            }
            Instant now = Instant.now(clock);
            supporter.acknowledgedAt = now;
            supporter.acknowledgedBy = caller.subject();
            event(c, CaseTransition.CaseEvent.SUPPORT_ACKNOWLEDGED, own, null, now);
            audit.record("CASE_SUPPORT_ACKNOWLEDGE", AuditTerms.CASE, id, AuditResult.OK);
            return view(c, now);
        });
    }

    /**
     * The case, when the caller is a casemanager of the organisation that records this milestone and the case is
     * accepted: the work a milestone marks belongs to an organisation that took the case on.
     */
    private CaseEntity recordersCase(UUID id, String code) {
        CaseEntity c = caseToChange(id);
        if (!caller.hasRole(Roles.CASEMANAGER) || milestones.recorder(c, code) != caller.requireOrganisation()) {
            throw ProblemException.forbidden("Only a casemanager of the organisation that records this milestone "
                    + "may record it.");
        }
        requireStatus(c, "given a milestone", CaseStatus.ACCEPTED);
        return c;
    }

    /**
     * The priority and term the case's own rule set version gives its (new) case type (see
     * {@link nl.entree.triage.rules.CompiledRuleSet#promiseFor}), the term running from the reassignment: the new
     * lead is held to its own term from when it got the case. Either only ever tightens what the case had: a priority
     * or a deadline already given to the person stays if it is the more urgent, so an emergency stays an emergency
     * and an acute case declined to an organisation with days to answer keeps its hour. Its own version, not the
     * active one: a case keeps the version that decided it, so a rule set published since does not change what it
     * was promised.
     */
    private void fitPromiseToCaseType(CaseEntity c, Instant now) {
        ruleSets.compiled(c.ruleSetVersion).flatMap(rules -> rules.promiseFor(c.caseType, c.assessment, now))
                .ifPresent(promise -> {
                    // Priority lists the most urgent first.
                    if (c.priority == null || promise.priority().compareTo(c.priority) < 0) {
                        c.priority = promise.priority();
                    }
                    if (c.respondBy == null || promise.respondBy().isBefore(c.respondBy)) {
                        c.respondBy = promise.respondBy();
                    }
                });
    }

    private static void requireOpen(CaseEntity c, String verb) {
        requireStatus(c, verb, CaseStatus.OFFERED, CaseStatus.ACCEPTED, CaseStatus.NEEDS_REVIEW);
    }

    private static CaseType defaultCaseType(Organisation lead, boolean acute) {
        if (lead == Organisation.CSG) {
            return acute ? CaseType.CSG_ACUTE : CaseType.CSG_NON_ACUTE;
        }
        for (CaseType t : CaseType.values()) {
            if (t.organisation() == lead) {
                return t;
            }
        }
        throw new IllegalStateException("No case type for " + lead);
    }

    private <T> T audited(String action, UUID id, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException refusal) {
            audit.recordRefusal(action, AuditTerms.CASE, id, refusal);
            throw refusal;
        }
    }

    private CaseEntity caseToChange(UUID id) {
        return access.findForChange(id)
                .orElseThrow(() -> ProblemException.notFound("Case " + id));
    }

    private void requireLead(CaseEntity c) {
        if (!caller.hasRole(Roles.CASEMANAGER) || c.leadOrganisation != caller.requireOrganisation()) {
            throw ProblemException.forbidden("Only a casemanager of the lead organisation may do this.");
        }
    }

    private static void requireStatus(CaseEntity c, String verb, CaseStatus... allowed) {
        for (CaseStatus s : allowed) {
            if (c.status == s) {
                return;
            }
        }
        throw ProblemException.conflict("A case that is " + c.status + " cannot be " + verb + ".");
    }

    /** Something that happened to the case without moving its status: it keeps its status and lead. */
    private CaseTransition event(CaseEntity c, CaseTransition.CaseEvent kind, Organisation supporter, String reason,
            Instant at) {
        CaseTransition t = transition(c, c.status, c.leadOrganisation, reason, at);
        t.event = kind;
        t.supporter = supporter;
        return t;
    }

    private CaseTransition transition(CaseEntity c, CaseStatus from, Organisation fromLead, String reason,
            Instant at) {
        CaseTransition t = new CaseTransition();
        t.caseId = c.id;
        t.at = at;
        t.actor = caller.subject();
        t.actorOrganisation = caller.organisation().orElse(null);
        t.fromStatus = from;
        t.toStatus = c.status;
        t.fromLead = fromLead;
        t.toLead = c.leadOrganisation;
        t.reason = reason;
        cases.record(t);
        return t;
    }

    private CaseView view(CaseEntity c, Instant now) {
        List<HistoryEntry> history = cases.history(c.id).stream()
                .map(t -> new HistoryEntry(t.at, t.actor, t.actorOrganisation, t.fromStatus, t.toStatus, t.fromLead,
                        t.toLead, t.reason, t.event, t.supporter, t.milestone, t.milestoneWas, t.fromPriority,
                        t.toPriority, t.fromRespondBy, t.toRespondBy))
                .toList();
        return new CaseView(c.id, c.contactId, c.reference, c.registeredBy, c.region, c.status, c.leadOrganisation,
                sorted(c), c.caseType, c.priority, c.emergency, c.acute, c.receivedAt, c.respondBy, c.overdue(now),
                c.atRisk(now), c.nextDueAt, escalatedAt(c), c.acceptedAt, c.closedAt, c.outcome, c.ruleSetVersion,
                c.decision, shownAssessment(c.assessment, c), milestones.views(c, now), supporters(c), samePerson(c),
                history, c.erasedAt, new CaseViews.RegionalService(c.regionalServiceId, c.regionalServiceName,
                        c.regionalServiceState, c.regionalServiceAt));
    }

    private static CaseSummary summary(CaseEntity c, CaseTransition toReview, Instant now) {
        ReviewReason review = c.status != CaseStatus.NEEDS_REVIEW ? null
                : toReview == null || toReview.fromLead == null ? new ReviewReason(null, null, c.createdAt)
                : new ReviewReason(toReview.fromLead, toReview.reason, toReview.at);
        return new CaseSummary(c.id, c.contactId, c.reference, c.region, c.status, c.leadOrganisation, sorted(c),
                c.caseType, c.priority, c.emergency, c.receivedAt, c.respondBy, c.overdue(now), c.atRisk(now),
                c.nextDueAt, escalatedAt(c), review);
    }

    /** Only while the escalation waits for a coordinator. */
    private static Instant escalatedAt(CaseEntity c) {
        return c.escalation == CaseEntity.Escalation.ESCALATED && c.status == CaseStatus.OFFERED ? c.escalatedAt : null;
    }

    private static java.util.Set<Organisation> sorted(CaseEntity c) {
        return c.supportingOrganisations();
    }

    /**
     * The same person's other cases, found by the keyed hash of their client code. Their content is shown only where
     * the person consented to sharing on both contacts, and each such read is audited on the other case. Without that,
     * a coordinator learns only how many there are, and a casemanager nothing at all. A caller bound to a region gets
     * the content of those in their region only (a casemanager also of those of no known region): consent hands a
     * story over to the organisations that help the person, it does not widen the region a token binds its holder to.
     */
    private CaseViews.SamePerson samePerson(CaseEntity c) {
        if (!access.visible(c)) {
            // The answer to a decline (or its repeat) goes to an organisation that has just left the case: it no
            // longer helps the person, so their other cases are not its to read.
            return new CaseViews.SamePerson(null, List.of());
        }
        List<CaseEntity> others = cases.samePerson(c.id);
        boolean coordinating = caller.hasRole(Roles.COORDINATOR) && !caller.hasRole(Roles.CASEMANAGER);
        if (others.isEmpty()) {
            return new CaseViews.SamePerson(coordinating ? 0 : null, List.of());
        }
        List<CaseViews.KnownElsewhere> shared = new ArrayList<>();
        for (CaseEntity other : others) {
            if (c.assessment.consentToShare() && other.assessment.consentToShare() && other.erasedAt == null
                    && (coordinating ? access.visible(other) : access.inCallersRegion(other))) {
                audit.record("CASE_READ_LINKED", AuditTerms.CASE, other.id, AuditResult.OK);
                shared.add(new CaseViews.KnownElsewhere(other.id, other.leadOrganisation != null
                        ? other.leadOrganisation : other.decidedLead, other.receivedAt, other.status,
                        shownAssessment(other.assessment, c)));
            }
        }
        // A casemanager counts only what they may see: the others' number would tell of cases kept without consent.
        Integer count = coordinating ? Integer.valueOf(others.size())
                : shared.isEmpty() ? null : Integer.valueOf(shared.size());
        return new CaseViews.SamePerson(count, shared);
    }

    /**
     * An assessment as shown on the case {@code viewed}: the person's own words (the summary) only to a casemanager of
     * an organisation working on that case, as intake shows them; a coordinator routes by the coded fields.
     */
    private Assessment shownAssessment(Assessment a, CaseEntity viewed) {
        if (a == null || a.summary() == null
                || caller.hasRole(Roles.CASEMANAGER) && caller.organisation().map(viewed::involves).orElse(false)) {
            return a;
        }
        return new Assessment(a.receivedAt(), a.channel(), a.callerRole(), a.anonymous(), a.incidentTypes(),
                a.setting(), a.incidentDate(), a.timeSinceIncident(), a.victimAgeGroup(), a.region(), a.needs(),
                a.immediateDanger(), a.consentToShare(), null);
    }

    private static List<CaseViews.SupporterView> supporters(CaseEntity c) {
        return c.supporters.stream().sorted(Comparator.comparing(s -> s.organisation))
                .map(s -> new CaseViews.SupporterView(s.organisation, s.addedAt, s.acknowledgedAt, s.acknowledgedBy))
                .toList();
    }
}
