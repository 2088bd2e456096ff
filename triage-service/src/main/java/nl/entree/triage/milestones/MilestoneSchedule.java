package nl.entree.triage.milestones;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.triage.cases.CaseEntity;
import nl.entree.triage.milestones.MilestoneView.MilestoneState;

/**
 * A case's milestones: laid out under the active plan when the case gets its case type, given their due moments
 * whenever something they run from happens, and recorded as done. A case's next deadline and the moment it is at
 * risk are derived here too, and only here, so that the case page, the lists and the caseloads agree.
 */
@ApplicationScoped
public class MilestoneSchedule {

    private final MilestonePlans plans;

    public MilestoneSchedule(MilestonePlans plans) {
        this.plans = plans;
    }

    /**
     * The milestones for the case's (new) case type under the active plan. What was done stays, as part of the case's
     * story, even when it belonged to an earlier case type; what was not done and no longer applies goes.
     */
    public void layOut(CaseEntity c) {
        MilestonePlans.Versioned active = plans.active();
        List<MilestoneTerm> terms = active.plan().forCaseType(c.caseType);
        Set<String> planned = terms.stream().map(MilestoneTerm::code).collect(Collectors.toSet());
        c.milestones.removeIf(m -> !m.done() && !planned.contains(m.code));
        // A case has one milestone per code (case_milestone_once). An unfinished one whose code the new type has too
        // is taken over by the new plan rather than removed and added again: Hibernate inserts before it deletes,
        // so the new row would meet the old one and the reassignment would fail.
        Map<String, CaseMilestone> kept = c.milestones.stream()
                .collect(Collectors.toMap(m -> m.code, Function.identity()));
        for (int i = 0; i < terms.size(); i++) {
            CaseMilestone m = kept.get(terms.get(i).code());
            if (m != null && m.done()) {
                continue;
            }
            if (m == null) {
                m = new CaseMilestone();
                m.ofCase = c;
                m.code = terms.get(i).code();
                c.milestones.add(m);
            }
            m.planVersion = active.version();
            m.caseType = c.caseType;
            m.position = i;
            m.plannedRecorder = terms.get(i).recordedBy();
        }
        refresh(c);
    }

    /** The due moments of the case's milestones from what has happened, and from them the case's next deadline. */
    public void refresh(CaseEntity c) {
        for (CaseMilestone m : c.milestones) {
            MilestoneTerm term = term(m);
            m.dueAt = dueAt(c, term);
            m.atRiskFrom = m.dueAt == null ? null : atRiskFrom(c, term, m.dueAt);
        }
        if (c.status == CaseStatus.CLOSED) {
            c.nextDueAt = null;
            c.atRiskFrom = null;
            return;
        }
        List<CaseMilestone> open = c.milestones.stream().filter(m -> !m.done() && m.dueAt != null).toList();
        // A case in review keeps the deadline it had: the person waits just the same while it has no lead, and the
        // coordinators who must place it see it as overdue like any other.
        Instant respond = c.status == CaseStatus.OFFERED || c.status == CaseStatus.NEEDS_REVIEW ? c.respondBy : null;
        c.nextDueAt = earliest(respond, open.stream().map(m -> m.dueAt).min(Comparator.naturalOrder()).orElse(null));
        c.atRiskFrom = open.stream().map(m -> m.atRiskFrom).min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Records a milestone as done on a day. The caller has checked who may; this checks that it can be done now and
     * that the day is possible.
     */
    public void record(CaseEntity c, String code, LocalDate doneOn, Instant now, String by, Organisation byOrg) {
        CaseMilestone m = c.milestones.stream().filter(x -> x.code.equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Milestone " + code + " of this case"));
        if (m.done()) {
            throw ProblemException.conflict("Milestone " + code + " was already recorded as done on " + m.doneOn
                    + ".");
        }
        MilestoneTerm term = term(m);
        Optional<CaseMilestone> before = Optional.ofNullable(term.after()).flatMap(a -> c.milestones.stream()
                .filter(x -> x.code.equals(a)).findFirst());
        if (before.isPresent() && !before.get().done()) {
            throw ProblemException.conflict("Milestone " + term.after() + " comes first.");
        }
        LocalDate today = LocalDate.ofInstant(now, DutchTime.ZONE);
        if (doneOn.isAfter(today)) {
            throw ProblemException.badRequest("doneOn", "cannot be after today");
        }
        LocalDate earliest = before.map(x -> x.doneOn).orElse(LocalDate.ofInstant(c.receivedAt, DutchTime.ZONE));
        if (doneOn.isBefore(earliest)) {
            throw ProblemException.badRequest("doneOn", "cannot be before " + earliest);
        }
        m.doneOn = doneOn;
        m.recordedAt = now;
        m.recordedBy = by;
        m.recordedByOrganisation = byOrg;
        refresh(c);
    }

    /**
     * Corrects the day a milestone was done; returns the day it had. The new day must fit between what it follows and
     * what follows it, as a first recording would; a milestone not recorded yet is recorded, not corrected.
     */
    public LocalDate correct(CaseEntity c, String code, LocalDate doneOn, Instant now, String by, Organisation byOrg) {
        CaseMilestone m = c.milestones.stream().filter(x -> x.code.equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Milestone " + code + " of this case"));
        if (!m.done()) {
            throw ProblemException.conflict("Milestone " + code + " is not recorded yet; record it instead.");
        }
        MilestoneTerm term = term(m);
        LocalDate earliest = Optional.ofNullable(term.after()).flatMap(a -> c.milestones.stream()
                .filter(x -> x.code.equals(a) && x.done()).findFirst()).map(x -> x.doneOn)
                .orElse(LocalDate.ofInstant(c.receivedAt, DutchTime.ZONE));
        LocalDate latest = LocalDate.ofInstant(now, DutchTime.ZONE);
        for (CaseMilestone next : c.milestones) {
            if (next.done() && code.equals(term(next).after()) && next.doneOn.isBefore(latest)) {
                latest = next.doneOn;
            }
        }
        if (doneOn.isBefore(earliest) || doneOn.isAfter(latest)) {
            throw ProblemException.badRequest("doneOn", "must be from " + earliest + " to " + latest);
        }
        LocalDate was = m.doneOn;
        m.doneOn = doneOn;
        m.recordedAt = now;
        m.recordedBy = by;
        m.recordedByOrganisation = byOrg;
        refresh(c);
        return was;
    }

    /**
     * The organisation that records this milestone: the one the plan names while it is on the case, or else the
     * case's lead.
     */
    public Organisation recorder(CaseEntity c, String code) {
        return c.milestones.stream().filter(m -> m.code.equals(code)).findFirst()
                .map(m -> recorder(c, m)).orElse(c.leadOrganisation);
    }

    /**
     * The organisation that corrects the day a milestone was done: the one that recorded it, whoever leads the case
     * now, since only it knows which day it did the work. A milestone not recorded yet goes to its recorder, who is
     * told to record it rather than correct it.
     */
    public Organisation corrector(CaseEntity c, String code) {
        return c.milestones.stream().filter(m -> m.code.equals(code)).findFirst()
                .map(m -> m.done() && m.recordedByOrganisation != null ? m.recordedByOrganisation
                        : recorder(c, m))
                .orElse(c.leadOrganisation);
    }

    public List<MilestoneView> views(CaseEntity c, Instant now) {
        return c.milestones.stream()
                .sorted(Comparator.comparingInt((CaseMilestone m) -> m.position).thenComparing(m -> m.code))
                .map(m -> {
                    MilestoneTerm t = term(m);
                    String afterName = t.after() == null ? null : plans.version(m.planVersion)
                            .forCaseType(m.caseType).stream().filter(x -> x.code().equals(t.after()))
                            .map(MilestoneTerm::name).findFirst().orElse(t.after());
                    // A done milestone names who recorded it: the lead it now has did not do that work.
                    Organisation by = m.done() && m.recordedByOrganisation != null ? m.recordedByOrganisation
                            : recorder(c, m);
                    return new MilestoneView(m.code, t.name(), state(c, m, now), by, t.from(), t.after(),
                            afterName, t.term(), t.basis(), t.basis() == MilestoneTerm.Basis.STATUTORY, t.source(),
                            m.planVersion, m.dueAt, m.atRiskFrom, m.doneOn, m.recordedAt, m.recordedBy,
                            m.recordedByOrganisation);
                }).toList();
    }

    private static MilestoneState state(CaseEntity c, CaseMilestone m, Instant now) {
        if (m.done()) {
            return MilestoneState.DONE;
        }
        if (c.status == CaseStatus.CLOSED) {
            return MilestoneState.NOT_DONE;
        }
        if (m.dueAt == null) {
            return MilestoneState.WAITING;
        }
        if (m.dueAt.isBefore(now)) {
            return MilestoneState.OVERDUE;
        }
        return m.atRiskFrom.isAfter(now) ? MilestoneState.OPEN : MilestoneState.AT_RISK;
    }

    /**
     * A plan's recorder no longer (or never) on the case cannot see it, so the lead records the milestone: otherwise
     * nobody could, and the case would stay overdue for good. The board's SQL ({@code CaseStatisticsRepository})
     * says the same over the same column.
     */
    private static Organisation recorder(CaseEntity c, CaseMilestone m) {
        return m.plannedRecorder != null && c.involves(m.plannedRecorder) ? m.plannedRecorder : c.leadOrganisation;
    }

    private MilestoneTerm term(CaseMilestone m) {
        return plans.version(m.planVersion).forCaseType(m.caseType).stream()
                .filter(t -> t.code().equals(m.code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Plan " + m.planVersion + " has no " + m.code));
    }

    /**
     * A term from a moment runs from that moment; a term from a milestone runs from the day it was done, to the end
     * of the last day, as a term in days is read.
     */
    private static Instant dueAt(CaseEntity c, MilestoneTerm t) {
        return switch (t.from()) {
            case REPORT -> c.receivedAt.atZone(DutchTime.ZONE).plus(t.term()).toInstant();
            case RESPOND_BY -> c.respondBy.atZone(DutchTime.ZONE).plus(t.term()).toInstant();
            case ACCEPTANCE -> c.acceptedAt == null ? null
                    : c.acceptedAt.atZone(DutchTime.ZONE).plus(t.term()).toInstant();
            case MILESTONE -> c.milestones.stream().filter(m -> m.code.equals(t.after()) && m.done()).findFirst()
                    .map(m -> m.doneOn.plus(t.term()).plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant())
                    .orElse(null);
        };
    }

    /**
     * At risk the warning before the due moment, but never in the first half of the term: a warning as long as the
     * time there is (the default day before an acute response due within the hour) would put the milestone at risk
     * from the moment it starts, and a signal that is always on tells nobody which case needs them first. From the
     * middle on, less time is left than has gone, so at risk then still means something.
     */
    private static Instant atRiskFrom(CaseEntity c, MilestoneTerm t, Instant dueAt) {
        Instant warned = dueAt.atZone(DutchTime.ZONE).minus(t.warning()).toInstant();
        Instant start = start(c, t);
        Instant half = start.isBefore(dueAt) ? start.plus(Duration.between(start, dueAt).dividedBy(2)) : dueAt;
        return warned.isBefore(half) ? half : warned;
    }

    /**
     * When the time to meet a milestone starts, for a term that has a due moment. The offer's respondBy is itself a
     * term from the report, so for the person the time to meet a term from respondBy starts at the report too.
     */
    private static Instant start(CaseEntity c, MilestoneTerm t) {
        return switch (t.from()) {
            case REPORT, RESPOND_BY -> c.receivedAt;
            case ACCEPTANCE -> c.acceptedAt;
            case MILESTONE -> c.milestones.stream().filter(m -> m.code.equals(t.after()) && m.done()).findFirst()
                    .map(m -> m.doneOn.atStartOfDay(DutchTime.ZONE).toInstant()).orElseThrow();
        };
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
