package nl.entree.triage.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.triage.milestones.CaseMilestone;
import nl.entree.triage.regional.RegionalServiceState;

@Entity
@Table(name = "triage_case")
public class CaseEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "contact_id", nullable = false, updatable = false)
    public UUID contactId;

    @Column(name = "reference", nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    /** Null for a question from the public front door, which no organisation registered. */
    @Column(name = "registered_by")
    public Organisation registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "region")
    public Region region;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_organisation")
    public Organisation leadOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType caseType;

    /** The lead as triage decided it; the lead above may change by decline or reassignment. */
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_lead")
    public Organisation decidedLead;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_case_type")
    public CaseType decidedCaseType;

    @OneToMany(mappedBy = "ofCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("organisation")
    public List<CaseSupporter> supporters = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    public Priority priority;

    @Column(name = "emergency", nullable = false)
    public boolean emergency;

    @Column(name = "acute", nullable = false)
    public boolean acute;

    @Column(name = "respond_by", nullable = false)
    public Instant respondBy;

    @Column(name = "rule_set_version", nullable = false)
    public int ruleSetVersion;

    /** The assessment kept whole, so that nobody has to ask the victim again. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assessment", nullable = false)
    public Assessment assessment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "decision", nullable = false)
    public TriageDecision decision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "outcome")
    public String outcome;

    /** When the free text and identifying fields were erased; null while they are kept. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /**
     * Whether the person already had a case received before this one, as the links said when it was made: the links
     * go with an erasure, and a month's second intakes must not go with them.
     */
    @Column(name = "linked_to_earlier_case", nullable = false)
    public boolean linkedToEarlierCase;

    /** The centre in directory-service that leads the case (docs/triage.md, "Regional service"). */
    @Column(name = "regional_service_id")
    public UUID regionalServiceId;

    @Column(name = "regional_service_name")
    public String regionalServiceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "regional_service_state", nullable = false)
    public RegionalServiceState regionalServiceState = RegionalServiceState.NOT_APPLICABLE;

    @Column(name = "regional_service_at")
    public Instant regionalServiceAt;

    @OneToMany(mappedBy = "ofCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, code")
    public List<CaseMilestone> milestones = new ArrayList<>();

    /** The earliest deadline still open: the offer's respondBy or a milestone's; kept by MilestoneSchedule. */
    @Column(name = "next_due_at")
    public Instant nextDueAt;

    @Column(name = "at_risk_from")
    public Instant atRiskFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation", nullable = false)
    public Escalation escalation = Escalation.NONE;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    /** When the lead or the supporting organisations last changed: intake pulls its copy of them by this. */
    @Column(name = "routing_changed_at", nullable = false)
    public Instant routingChangedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    /**
     * An offer escalates once: to the coordinators' queue when it is not accepted by its respondBy. A coordinator's
     * reassignment answers it (HANDLED), and the kept deadline does not escalate again.
     */
    public enum Escalation {
        NONE, ESCALATED, HANDLED
    }

    /** Past a deadline: respondBy while offered or in review, or a milestone's while open. */
    public boolean overdue(Instant now) {
        return nextDueAt != null && nextDueAt.isBefore(now);
    }

    /** A milestone is within its warning before its due moment, or past it. */
    public boolean atRisk(Instant now) {
        return atRiskFrom != null && !atRiskFrom.isAfter(now);
    }

    /** The lead or region changed, or is new: the regional service must be looked up (again). */
    public void askRegionalService() {
        regionalServiceId = null;
        regionalServiceName = null;
        regionalServiceAt = null;
        regionalServiceState = leadOrganisation == null || region == null ? RegionalServiceState.NOT_APPLICABLE
                : RegionalServiceState.PENDING;
    }

    public boolean involves(Organisation organisation) {
        return organisation == leadOrganisation || supporter(organisation).isPresent();
    }

    public Set<Organisation> supportingOrganisations() {
        Set<Organisation> organisations = EnumSet.noneOf(Organisation.class);
        supporters.forEach(s -> organisations.add(s.organisation));
        return organisations;
    }

    public Optional<CaseSupporter> supporter(Organisation organisation) {
        return supporters.stream().filter(s -> s.organisation == organisation).findFirst();
    }

    /** Adds the organisation as a supporter unless it leads or supports already; says whether it did. */
    public boolean addSupporter(Organisation organisation, Instant at) {
        if (organisation == leadOrganisation || supporter(organisation).isPresent()) {
            return false;
        }
        CaseSupporter s = new CaseSupporter();
        s.ofCase = this;
        s.organisation = organisation;
        s.addedAt = at;
        supporters.add(s);
        return true;
    }

    public boolean removeSupporter(Organisation organisation) {
        return supporters.removeIf(s -> s.organisation == organisation);
    }
}
