package nl.entree.capacity.timeentries;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.config.CapacityConfig;
import nl.entree.capacity.triage.TriageCase;
import nl.entree.capacity.triage.TriageGateway;
import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.time.PlausibleDates;
import nl.entree.common.vocabulary.Organisation;

@ApplicationScoped
public class TimeEntryService {

    /** Hours booked on a case are data about that case: the trail names the case, as triage's does. */
    static final String CASE = "case";
    static final String TIME_ENTRY = "time-entry";
    static final String TIME_ENTRY_REGISTER = "TIME_ENTRY_REGISTER";
    static final String TIME_ENTRY_READ = "TIME_ENTRY_READ";

    private final TimeEntryRepository repository;
    private final TriageGateway triage;
    private final CapacityConfig config;
    private final AuditTrail audit;
    private final Clock clock;

    public TimeEntryService(TimeEntryRepository repository, TriageGateway triage, CapacityConfig config,
            AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.triage = triage;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Only a casemanager of the case's lead organisation books hours on it. Triage is asked with the caller's
     * own token, so a case the caller may not see is "not found" here too; the database connection is taken
     * only after triage has answered.
     */
    @Transactional
    public TimeEntryView register(TimeEntryRequest request, Caller caller) {
        try {
            return registerChecked(request, caller);
        } catch (ProblemException refusal) {
            // A refusal is a decision about access and is kept; triage being down is not, and is not recorded.
            if (refusal.problem().status() < 500) {
                audit.recordRefusal(TIME_ENTRY_REGISTER, CASE, request.caseId(), refusal);
            }
            throw refusal;
        }
    }

    private TimeEntryView registerChecked(TimeEntryRequest request, Caller caller) {
        Organisation own = caller.requireOrganisation();
        PlausibleDates.requireRecorded("date", request.date(), clock, config.zone());
        TriageCase found = triage.caseForCaller(request.caseId())
                .orElseThrow(() -> ProblemException.notFound("Case"));
        if (found.leadOrganisation() != own) {
            throw ProblemException.forbidden("Only casemanagers of the case's lead organisation register hours on it.");
        }
        if (found.caseType() != request.caseType()) {
            throw ProblemException.badRequest("caseType", "does not match the case's type in triage-service");
        }
        TimeEntry entry = new TimeEntry();
        entry.id = UUID.randomUUID();
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
        return TimeEntryView.of(entry);
    }

    /**
     * A casemanager sees the entries of their own organisation only, a regional coordinator those on cases of their
     * region (triage decides, with the caller's token); for anything else the answer is "not found".
     */
    @Transactional
    public Optional<TimeEntryView> find(UUID id, Caller caller) {
        Optional<TimeEntry> entry = repository.findByIdOptional(id);
        Optional<TimeEntry> visible = entry.filter(e -> caller.hasRole(Roles.ADMIN)
                || caller.isCoordinator() && (caller.region().isEmpty() || triage.caseForCaller(e.caseId).isPresent())
                || caller.organisation().filter(org -> org == e.organisation).isPresent());
        if (visible.isPresent()) {
            audit.record(TIME_ENTRY_READ, CASE, visible.get().caseId, AuditResult.OK);
        } else if (entry.isPresent()) {
            audit.record(TIME_ENTRY_READ, CASE, entry.get().caseId, AuditResult.NOT_FOUND);
        } else {
            audit.record(TIME_ENTRY_READ, TIME_ENTRY, id, AuditResult.NOT_FOUND);
        }
        return visible.map(TimeEntryView::of);
    }
}
