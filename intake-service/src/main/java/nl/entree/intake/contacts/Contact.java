package nl.entree.intake.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.ContactPrompt;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;

/**
 * A first contact as stored: the assessment and its routing. Contact details are in {@link ContactDetails}.
 * Written column by column: the outbox relay updates the routing of a contact it loaded a moment before, and a full
 * row would put back a summary or client code that an erasure removed in between.
 */
@Entity
@DynamicUpdate
@Table(name = "contact")
public class Contact {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    /** Null for a question from the public front door, which no organisation registered. */
    @Column(name = "registered_by")
    public Organisation registeredBy;

    /** The registering casemanager's subject: they read what they registered, also outside their region. */
    @Column(name = "registered_by_subject")
    public String registeredBySubject;

    @Column(name = "client_code")
    public String clientCode;

    /** Who agreed the client code with the client, when that is not {@link #registeredBy}; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "client_code_issuer")
    public Organisation clientCodeIssuer;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "caller_role", nullable = false)
    public CallerRole callerRole;

    @Column(nullable = false)
    public boolean anonymous;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "incident_types", nullable = false)
    public SortedSet<IncidentType> incidentTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Setting setting;

    @Column(name = "incident_date")
    public LocalDate incidentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_time_since_incident")
    public TimeSinceIncident statedTimeSinceIncident;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_since_incident", nullable = false)
    public TimeSinceIncident timeSinceIncident;

    @Column(nullable = false)
    public boolean acute;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_age_group", nullable = false)
    public VictimAgeGroup victimAgeGroup;

    @Enumerated(EnumType.STRING)
    public Region region;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public SortedSet<Need> needs;

    @Column(name = "immediate_danger", nullable = false)
    public boolean immediateDanger;

    @Column(name = "consent_to_share", nullable = false)
    public boolean consentToShare;

    public String summary;

    /** Null when not asked (older contacts, the front door). */
    @Enumerated(EnumType.STRING)
    public ContactPrompt prompt;

    /** Free text, so erased with the summary. */
    @Column(name = "prompt_label")
    public String promptLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_organisation")
    public Organisation leadOrganisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "supporting_organisations")
    public SortedSet<Organisation> supportingOrganisations;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType caseType;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "respond_by")
    public Instant respondBy;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "case_status")
    public String caseStatus;

    @Column(name = "routed_at")
    public Instant routedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "details_erased_at")
    public Instant detailsErasedAt;

    /** The assessment triage evaluates, rebuilt from the stored columns. */
    public Assessment assessment() {
        return new Assessment(receivedAt, channel, callerRole, anonymous, incidentTypes, setting, incidentDate,
                statedTimeSinceIncident, victimAgeGroup, region, needs, immediateDanger, consentToShare, summary);
    }
}
