package nl.entree.triage.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.triage.milestones.MilestoneView;
import nl.entree.triage.regional.RegionalServiceState;

/** The API records of cases; the entities stay inside. */
public final class CaseViews {

    private CaseViews() {
    }

    @Schema(description = "Who is involved in a case now, and nothing of its content: what intake and capacity ask "
            + "before they show a contact or take hours on a case")
    public record CaseParties(UUID id, CaseStatus status, Organisation leadOrganisation,
            Set<Organisation> supportingOrganisations, CaseType caseType) {
    }

    @Schema(description = "A case with its assessment, its triage decision and its history")
    public record CaseView(
            UUID id,
            UUID contactId,
            String reference,
            Organisation registeredBy,
            Region region,
            CaseStatus status,
            Organisation leadOrganisation,
            Set<Organisation> supportingOrganisations,
            CaseType caseType,
            Priority priority,
            boolean emergency,
            boolean acute,
            Instant receivedAt,
            Instant respondBy,
            @Schema(description = "Past a deadline: respondBy while offered or in review, or an open milestone's")
            boolean overdue,
            @Schema(description = "A milestone is within its warning before it is due, or past it")
            boolean atRisk,
            @Schema(description = "The earliest deadline still open; null when none is")
            Instant nextDueAt,
            @Schema(description = "When the offer went to the coordinators' queue for want of an acceptance; null "
                    + "unless it waits there now")
            Instant escalatedAt,
            Instant acceptedAt,
            Instant closedAt,
            String outcome,
            int ruleSetVersion,
            @Schema(description = "The decision as triage made it; lead and caseType above may since have changed")
            TriageDecision decision,
            @Schema(description = "Its summary, the person's own words, only for a casemanager of the lead or a "
                    + "supporter; null for a coordinator")
            Assessment assessment,
            @Schema(description = "What must happen after routing and by when, under the milestone plan")
            List<MilestoneView> milestones,
            @Schema(description = "The organisations supporting the lead: since when, and whether they acknowledged "
                    + "their part")
            List<SupporterView> supporters,
            @Schema(description = "The same person's cases at other organisations, found by the keyed hash of their "
                    + "client code")
            SamePerson samePerson,
            List<HistoryEntry> history,
            @Schema(description = "When the free text and identifying fields were erased (retention or request)")
            Instant erasedAt,
            @Schema(description = "The regional centre leading the case, from directory-service; how to reach it is "
                    + "asked of the directory with this id")
            RegionalService regionalService) {
    }

    @Schema(description = "Which regional service leads the case. PENDING: the directory has not answered yet; "
            + "NOT_IN_DIRECTORY: it knows no centre of the lead for this region; NOT_APPLICABLE: no lead or no region")
    public record RegionalService(UUID id, String name, RegionalServiceState state, Instant resolvedAt) {
    }

    @Schema(description = "A case in a list, without its assessment")
    public record CaseSummary(
            UUID id,
            UUID contactId,
            String reference,
            Region region,
            CaseStatus status,
            Organisation leadOrganisation,
            Set<Organisation> supportingOrganisations,
            CaseType caseType,
            Priority priority,
            boolean emergency,
            Instant receivedAt,
            Instant respondBy,
            boolean overdue,
            boolean atRisk,
            Instant nextDueAt,
            Instant escalatedAt,
            @Schema(description = "Why a case in NEEDS_REVIEW is there; null for every other status")
            ReviewReason review) {
    }

    @Schema(description = "Why a case needs review: declined by an organisation with its reason, or, when "
            + "declinedBy is null, the rules named no lead")
    public record ReviewReason(Organisation declinedBy, String reason, Instant since) {
    }

    public record CasePage(List<CaseSummary> items, int page, int size, long total) {
    }

    @Schema(description = "One transition: who, when, from, to, and why; or, with an event, what happened besides "
            + "(an escalation, a supporter added, removed or acknowledging, a referral taken over by the lead) and "
            + "which organisation it was about (the supporter, or the one that made the referral)")
    public record HistoryEntry(Instant at, String actor, Organisation actorOrganisation, CaseStatus fromStatus,
            CaseStatus toStatus, Organisation fromLead, Organisation toLead, String reason,
            CaseTransition.CaseEvent event, Organisation supporter, String milestone, LocalDate milestoneWas,
            @Schema(description = "A reassignment's: the priority the case had before it; null on other entries, "
                    + "and on reassignments recorded before it was kept")
            Priority fromPriority,
            @Schema(description = "A reassignment's: the priority the case got, never less urgent than before")
            Priority toPriority,
            @Schema(description = "A reassignment's: the respondBy the case had before it")
            Instant fromRespondBy,
            @Schema(description = "A reassignment's: the respondBy the case got, never later than before")
            Instant toRespondBy) {
    }

    public record MilestoneCorrection(
            @NotNull(message = "the day it was done is required") LocalDate doneOn,
            @NotBlank(message = "a reason is required") @Size(max = 2000) String reason) {
    }

    /**
     * @param count      how many other cases the person has; null for a casemanager who may see none of them
     * @param knownElsewhere those the person agreed to share on both contacts, with their assessment: a warm handover;
     *                       a coordinator gets no summary, and one bound to a region only the cases in that region
     */
    public record SamePerson(Integer count, List<KnownElsewhere> knownElsewhere) {
    }

    @Schema(description = "Another case of the same person that may be shown: who leads it, since when, and what was "
            + "already told, so that nobody asks again")
    public record KnownElsewhere(UUID caseId, Organisation leadOrganisation, Instant since, CaseStatus status,
            Assessment assessment) {
    }

    public record SupporterView(Organisation organisation, Instant since, Instant acknowledgedAt,
            String acknowledgedBy) {
    }

    public record SupporterChange(
            @NotNull Organisation organisation,
            @NotBlank(message = "a reason is required") @Size(max = 2000) String reason) {
    }

    public record Reason(@NotBlank(message = "a reason is required") @Size(max = 2000) String reason) {
    }

    public record DeclineRequest(@NotBlank(message = "a reason is required") @Size(max = 2000) String reason) {
    }

    public record CloseRequest(@NotBlank(message = "an outcome is required") @Size(max = 2000) String outcome) {
    }

    public record MilestoneDone(@NotNull(message = "the day it was done is required") LocalDate doneOn) {
    }

    public record ReassignRequest(
            @NotNull Organisation leadOrganisation,
            @Schema(description = "Optional; by default the case type of the new lead that fits the assessment")
            CaseType caseType,
            @NotBlank(message = "a reason is required") @Size(max = 2000) String reason,
            @Schema(description = "Keep the organisation that led until now as a supporter")
            boolean keepPreviousLeadAsSupporter) {
    }
}
