package nl.entree.web.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TriageDecision;

/**
 * triage's {@code GET /api/cases/{id}} (its {@code CaseView}): a case with its assessment, decision and history.
 * Vocabulary that only triage knows (milestone states, history events, the regional service's state) stays text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriageCase(UUID id, UUID contactId, String reference, Organisation registeredBy, Region region,
        CaseStatus status, Organisation leadOrganisation, Set<Organisation> supportingOrganisations,
        CaseType caseType, Priority priority, boolean emergency, boolean acute, Instant receivedAt,
        Instant respondBy, boolean overdue, boolean atRisk, Instant nextDueAt, Instant escalatedAt,
        Instant acceptedAt, Instant closedAt, String outcome, int ruleSetVersion, TriageDecision decision,
        Assessment assessment, List<Milestone> milestones, List<Supporter> supporters, SamePerson samePerson,
        List<HistoryEntry> history, Instant erasedAt, RegionalService regionalService) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Milestone(String code, String name, String state, Organisation organisation, String from,
            String after, String afterName, String term, String basis, boolean statutory, String source,
            int planVersion, Instant dueAt, Instant atRiskFrom, LocalDate doneOn, Instant recordedAt,
            String recordedBy, Organisation recordedByOrganisation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Supporter(Organisation organisation, Instant since, Instant acknowledgedAt,
            String acknowledgedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SamePerson(Integer count, List<KnownElsewhere> knownElsewhere) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KnownElsewhere(UUID caseId, Organisation leadOrganisation, Instant since, CaseStatus status,
            Assessment assessment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryEntry(Instant at, String actor, Organisation actorOrganisation, CaseStatus fromStatus,
            CaseStatus toStatus, Organisation fromLead, Organisation toLead, String reason, String event,
            Organisation supporter, String milestone, LocalDate milestoneWas) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegionalService(UUID id, String name, String state, Instant resolvedAt) {
    }
}
