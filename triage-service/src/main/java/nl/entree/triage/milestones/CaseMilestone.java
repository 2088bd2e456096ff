package nl.entree.triage.milestones;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.triage.cases.CaseEntity;

/** One milestone of one case. What it is and how its term runs are in its plan version; the rest is the case's. */
@Entity
@Table(name = "case_milestone")
public class CaseMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    public CaseEntity ofCase;

    /** Updatable, as the case type is: a reassignment's plan takes over an unfinished milestone of the same code. */
    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false)
    public CaseType caseType;

    @Column(name = "code", nullable = false, updatable = false)
    public String code;

    @Column(name = "position", nullable = false)
    public int position;

    /**
     * The organisation the plan names to record it, kept when the plan is applied (null: the lead); who records it
     * now is {@code MilestoneSchedule.recorder}. The board's SQL reads this column too, not the plan's JSON.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "planned_recorder")
    public Organisation plannedRecorder;

    /** Null while the event its term runs from has not happened. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "at_risk_from")
    public Instant atRiskFrom;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_by_org")
    public Organisation recordedByOrganisation;

    boolean done() {
        return doneOn != null;
    }
}
