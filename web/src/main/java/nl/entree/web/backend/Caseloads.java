package nl.entree.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;

/**
 * triage's {@code GET /api/caseloads} (common's contract {@code Caseloads}): the open work per organisation and its
 * milestones. Web's own copy, so that a field triage adds later does not fail the board.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Caseloads(Region region, Instant generatedAt, List<OrganisationCaseload> organisations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrganisationCaseload(Organisation organisation, long open, Map<CaseType, Long> openByCaseType,
            Map<Priority, Long> openByPriority, long awaitingAcceptance, long overdue, long acceptedLast7Days,
            Long longestWaitMinutes, Long medianMinutesToAcceptance, List<MilestoneLoad> milestones) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MilestoneLoad(CaseType caseType, String code, String name, boolean statutory, long open,
            long atRisk, long overdue, long doneLast7Days) {
    }
}
