package nl.entree.capacity.timeentries;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.triage.TriageCase;
import nl.entree.capacity.triage.TriageGateway;
import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.time.DutchTime;
import nl.entree.common.time.PlausibleDates;
import nl.entree.common.vocabulary.Organisation;

@ApplicationScoped
class TimeEntryService {

    /** Hours booked on a case are data about that case: the trail names the case, as triage's does. */
    static final String CASE = "case";
    static final String TIME_ENTRY = "time-entry";
    static final String TIME_ENTRY_REGISTER = "TIME_ENTRY_REGISTER";
    static final String TIME_ENTRY_READ = "TIME_ENTRY_READ";
    static final String TIME_ENTRY_CORRECT = "TIME_ENTRY_CORRECT";
    static final String TIME_ENTRY_REPLAY = "TIME_ENTRY_REPLAY";

    private final TimeEntryRepository repository;
    private final TriageGateway triage;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionLock locks;

    public TimeEntryService(TimeEntryRepository repository, TriageGateway triage, AuditTrail audit, Clock clock,
            TransactionLock locks) {
        this.repository = repository;
        this.triage = triage;
        this.audit = audit;
        this.clock = clock;
        this.locks = locks;
    }

    /**
     * Only a casemanager of the case's lead or of an organisation supporting it books hours on it. Triage is asked with the caller's
     * own token, so a case the caller may not see is "not found" here too; the database connection is taken
     * only after triage has answered.
     */
    @Transactional
    public TimeEntryView register(TimeEntryRequest request, String key, Caller caller) {
        try {
            return registerChecked(request, key, caller);
        } catch (ProblemException refusal) {
            // A refusal is a decision about access and is kept; triage being down is not, and is not recorded.
            if (refusal.problem().status() < 500) {
                audit.recordRefusal(TIME_ENTRY_REGISTER, CASE, request.caseId(), refusal);
            }
            throw refusal;
        }
    }

    /**
     * With a key, the same form sent again (a double click, a retry after a timeout) gets the entry it booked, and
     * the hours count once.
     */
    private TimeEntryView registerChecked(TimeEntryRequest request, String key, Caller caller) {
        Organisation own = caller.requireOrganisation();
        PlausibleDates.requireRecorded("date", request.date(), clock, DutchTime.ZONE);
        TriageCase found = triage.caseForCaller(request.caseId())
                .orElseThrow(() -> ProblemException.notFound("Case"));
        if (!found.involves(own)) {
            throw ProblemException.forbidden("Only casemanagers of the case's lead or supporting organisations "
                    + "register hours on it.");
        }
        if (found.caseType() != request.caseType()) {
            throw ProblemException.badRequest("caseType", "does not match the case's type in triage-service");
        }
        if (key != null) {
            // Requests with one key take turns until their transactions end, so the second finds the first's entry.
            locks.hold("time-entry-key:" + own + ":" + key);
            Optional<TimeEntry> booked = repository.bookedWith(own, key);
            if (booked.isPresent()) {
                if (!booked.get().sameAs(request)) {
                    throw ProblemException.unprocessable("This Idempotency-Key booked other hours. Use a new key "
                            + "for new hours.");
                }
                audit.record(TIME_ENTRY_REPLAY, CASE, request.caseId(), AuditResult.OK);
                return TimeEntryView.of(booked.get(), null);
            }
        }
        TimeEntry entry = new TimeEntry();
        entry.id = UUID.randomUUID();
        entry.requestKey = key;
        entry.caseId = request.caseId();
        entry.organisation = own;
        entry.caseType = request.caseType();
        entry.minutes = request.minutes();
        entry.workDate = request.date();
        entry.activity = request.activity();
        entry.registeredBy = caller.subject();
        entry.registeredAt = clock.instant();
        repository.persist(entry);
        audit.record(TIME_ENTRY_REGISTER, CASE, entry.caseId, AuditResult.OK);
        return TimeEntryView.of(entry, null);
    }

    /**
     * A correction is a new entry that names the one it replaces; the replaced entry is kept unchanged, so the
     * registered history stays readable and every figure counts the correction instead of the original. Only a
     * casemanager of the organisation that booked the hours corrects them, also after the case left it: they are
     * that organisation's hours. An entry that was corrected already is a 409: correct its correction, so there is
     * one line of corrections and never two entries in force for one registration.
     */
    @Transactional
    public TimeEntryView correct(UUID id, TimeEntryCorrection request, Caller caller) {
        try {
            Organisation own = caller.requireOrganisation();
            PlausibleDates.requireRecorded("date", request.date(), clock, DutchTime.ZONE);
            TimeEntry original = repository.findForCorrection(id).filter(e -> e.organisation == own)
                    .orElseThrow(() -> ProblemException.notFound("Time entry"));
            if (repository.correctionOf(id).isPresent()) {
                throw ProblemException.conflict("This entry was corrected already; correct its latest correction.");
            }
            TimeEntry correction = new TimeEntry();
            correction.id = UUID.randomUUID();
            correction.caseId = original.caseId;
            correction.organisation = own;
            correction.caseType = original.caseType;
            correction.minutes = request.minutes();
            correction.workDate = request.date();
            correction.activity = request.activity();
            correction.registeredBy = caller.subject();
            correction.registeredAt = clock.instant();
            correction.corrects = original.id;
            repository.persist(correction);
            audit.record(TIME_ENTRY_CORRECT, CASE, original.caseId, AuditResult.OK);
            return TimeEntryView.of(correction, null);
        } catch (ProblemException refusal) {
            audit.recordRefusal(TIME_ENTRY_CORRECT, TIME_ENTRY, id, refusal);
            throw refusal;
        }
    }

    /**
     * The hours on one case with the same reach as {@link #find}: a casemanager sees their own organisation's
     * entries, a regional coordinator those of a case in their region, an admin all. Corrected entries are listed
     * too, marked by the entry that corrects them; the total counts only the entries in force.
     */
    @Transactional
    public Optional<CaseHours> onCase(UUID caseId, Caller caller) {
        Optional<Organisation> only;
        if (caller.hasRole(Roles.ADMIN)) {
            only = Optional.empty();
        } else if (caller.isCoordinator()) {
            if (caller.region().isPresent() && caseForReader(caseId).isEmpty()) {
                audit.record(TIME_ENTRY_READ, CASE, caseId, AuditResult.NOT_FOUND);
                return Optional.empty();
            }
            only = Optional.empty();
        } else {
            only = Optional.of(caller.requireOrganisation());
        }
        List<TimeEntry> entries = repository.onCase(caseId, only);
        Map<UUID, UUID> correctedBy = new HashMap<>();
        for (TimeEntry e : entries) {
            if (e.corrects != null) {
                correctedBy.put(e.corrects, e.id);
            }
        }
        long total = entries.stream().filter(e -> !correctedBy.containsKey(e.id)).mapToLong(e -> e.minutes).sum();
        audit.record(TIME_ENTRY_READ, CASE, caseId, AuditResult.OK);
        return Optional.of(new CaseHours(caseId, total,
                entries.stream().map(e -> TimeEntryView.of(e, correctedBy.get(e.id))).toList()));
    }

    /**
     * triage's answer to a regional coordinator reading hours: not found, or a 403 that is a refusal decided about
     * the case, kept before the reading transaction rolls back (triage being down is no decision, and not kept).
     */
    private Optional<TriageCase> caseForReader(UUID caseId) {
        try {
            return triage.caseForCaller(caseId);
        } catch (ProblemException refusal) {
            if (refusal.problem().status() == 403) {
                audit.recordRefusal(TIME_ENTRY_READ, CASE, caseId, refusal);
            }
            throw refusal;
        }
    }

    /**
     * A casemanager sees the entries of their own organisation only, a regional coordinator those on cases of their
     * region (triage decides, with the caller's token); for anything else the answer is "not found".
     */
    @Transactional
    public Optional<TimeEntryView> find(UUID id, Caller caller) {
        Optional<TimeEntry> entry = repository.findByIdOptional(id);
        Optional<TimeEntry> visible = entry.filter(e -> caller.hasRole(Roles.ADMIN)
                || caller.isCoordinator() && (caller.region().isEmpty() || caseForReader(e.caseId).isPresent())
                || caller.organisation().filter(org -> org == e.organisation).isPresent());
        if (visible.isPresent()) {
            audit.record(TIME_ENTRY_READ, CASE, visible.get().caseId, AuditResult.OK);
        } else if (entry.isPresent()) {
            audit.record(TIME_ENTRY_READ, CASE, entry.get().caseId, AuditResult.NOT_FOUND);
        } else {
            audit.record(TIME_ENTRY_READ, TIME_ENTRY, id, AuditResult.NOT_FOUND);
        }
        return visible.map(e -> TimeEntryView.of(e, repository.correctionOf(e.id).map(c -> c.id).orElse(null)));
    }
}
