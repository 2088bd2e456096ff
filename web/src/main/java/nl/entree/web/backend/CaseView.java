package nl.entree.web.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.common.vocabulary.VictimAgeGroup;

/**
 * triage's {@code GET /api/cases/{id}} ({@code CaseViews.CaseView}): a case with its assessment, decision, milestones,
 * supporters and history. Names of triage's own lists (milestone state, history event, anchor, basis) stay text:
 * they are not part of common's vocabulary.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseView(UUID id, UUID contactId, String reference, Organisation registeredBy, Region region,
        CaseStatus status, Organisation leadOrganisation, Set<Organisation> supportingOrganisations, CaseType caseType,
        Priority priority, boolean emergency, boolean acute, Instant receivedAt, Instant respondBy, boolean overdue,
        boolean atRisk, Instant nextDueAt, Instant escalatedAt, Instant acceptedAt, Instant closedAt, String outcome,
        int ruleSetVersion, TriageDecision decision, Assessment assessment, List<Milestone> milestones,
        List<Supporter> supporters, SamePerson samePerson, List<HistoryEntry> history, Instant erasedAt,
        RegionalService regionalService) {

    /** The lead's code, as the viewer's organisation is named; null while nobody leads. */
    public String lead() {
        return leadOrganisation == null ? null : leadOrganisation.name();
    }

    /**
     * common's Assessment, read with lists: common's record keeps sets, which would draw the incident types and needs
     * in another order than triage sent them.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(Instant receivedAt, Channel channel, CallerRole callerRole, boolean anonymous,
            List<IncidentType> incidentTypes, Setting setting, LocalDate incidentDate,
            TimeSinceIncident timeSinceIncident, VictimAgeGroup victimAgeGroup, Region region, List<Need> needs,
            boolean immediateDanger, boolean consentToShare, String summary) {
    }

    /** triage's MilestoneView; {@code term} is an ISO period such as P14D. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Milestone(String code, String name, String state, Organisation organisation, String from,
            String after, String afterName, Period term, String basis, boolean statutory, String source,
            int planVersion, Instant dueAt, Instant atRiskFrom, LocalDate doneOn, Instant recordedAt,
            String recordedBy, Organisation recordedByOrganisation) {

        /** The recording organisation's code, as the viewer's organisation is named. */
        public String recorder() {
            return organisation == null ? null : organisation.name();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Supporter(Organisation organisation, Instant since, Instant acknowledgedAt, String acknowledgedBy) {
    }

    /** {@code count} is null for a casemanager who may see none of the person's other cases. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SamePerson(Integer count, List<KnownElsewhere> knownElsewhere) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KnownElsewhere(UUID caseId, Organisation leadOrganisation, Instant since, CaseStatus status,
            Assessment assessment) {

        /** The lead's code; null while nobody leads. */
        public String lead() {
            return leadOrganisation == null ? null : leadOrganisation.name();
        }
    }

    /**
     * A transition, or with {@code event} something that happened besides it. A reassignment carries the priority
     * and respondBy before and after it (null on other entries, and on reassignments triage kept before V24).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryEntry(Instant at, String actor, Organisation actorOrganisation, CaseStatus fromStatus,
            CaseStatus toStatus, Organisation fromLead, Organisation toLead, String reason, String event,
            Organisation supporter, String milestone, LocalDate milestoneWas, Priority fromPriority,
            Priority toPriority, Instant fromRespondBy, Instant toRespondBy) {

        /** The supporter an event was about, as its code; empty for an event about none. */
        public String supporterCode() {
            return supporter == null ? "" : supporter.name();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegionalService(UUID id, String name, String state, Instant resolvedAt) {
    }
}
