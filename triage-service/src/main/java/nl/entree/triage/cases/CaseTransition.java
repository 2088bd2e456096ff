package nl.entree.triage.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;

@Entity
@Table(name = "case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "at", nullable = false)
    public Instant at;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_org")
    public Organisation actorOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CaseStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_lead")
    public Organisation fromLead;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_lead")
    public Organisation toLead;

    @Column(name = "reason")
    public String reason;

    /** What happened besides a status move; null for a status move. */
    @Enumerated(EnumType.STRING)
    @Column(name = "event")
    public CaseEvent event;

    /** The organisation an event is about: a supporter, or the one whose referral the lead took over. */
    @Enumerated(EnumType.STRING)
    @Column(name = "supporter")
    public Organisation supporter;

    /** The milestone an event is about, and the day it had before a correction. */
    @Column(name = "milestone")
    public String milestone;

    @Column(name = "milestone_was")
    public LocalDate milestoneWas;

    /** A reassignment's priority and respondBy before and after it; null on every other entry. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_priority")
    public Priority fromPriority;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_priority")
    public Priority toPriority;

    @Column(name = "from_respond_by")
    public Instant fromRespondBy;

    @Column(name = "to_respond_by")
    public Instant toRespondBy;

    public enum CaseEvent {
        ESCALATED, SUPPORTER_ADDED, SUPPORTER_REMOVED, SUPPORT_ACKNOWLEDGED, MILESTONE_CORRECTED, REFERRAL_TAKEN_OVER
    }
}
