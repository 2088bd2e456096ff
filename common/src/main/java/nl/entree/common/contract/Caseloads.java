package nl.entree.common.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;

/**
 * triage-service {@code GET /api/caseloads?region=} (coordinator, service): the open work per organisation.
 * capacity-service reads it to compute utilisation.
 */
public record Caseloads(Region region, Instant generatedAt, List<OrganisationCaseload> organisations) {

    /**
     * @param open                       cases not yet closed where this organisation is lead
     * @param awaitingAcceptance         of those, OFFERED and not yet accepted
     * @param overdue                    open cases with a passed deadline this organisation must act on: as
     *                                   lead the offer's respondBy; an open milestone's due moment for whoever
     *                                   records it now, so a supporter's count may exceed its {@code open}
     * @param acceptedLast7Days          cases accepted in the last 7 days
     * @param longestWaitMinutes         the longest wait of a case still awaiting acceptance, or null
     * @param medianMinutesToAcceptance  median time from contact to acceptance over the last 30 days, or null
     * @param milestones                 the open milestones this organisation records now, and those it recorded,
     *                                   per case type and code
     */
    public record OrganisationCaseload(
            Organisation organisation,
            long open,
            Map<CaseType, Long> openByCaseType,
            Map<Priority, Long> openByPriority,
            long awaitingAcceptance,
            long overdue,
            long acceptedLast7Days,
            Long longestWaitMinutes,
            Long medianMinutesToAcceptance,
            List<MilestoneLoad> milestones) {
    }

    /**
     * One milestone of one case type over an organisation's cases (triage's milestone plans, docs/triage.md).
     *
     * @param open          not done, on cases not closed
     * @param atRisk        of those, from their at-risk moment (their warning before the due moment, never in the
     *                      first half of their term) and not yet past the due moment
     * @param overdue       of those, past the due moment
     * @param doneLast7Days done on one of the last 7 days
     */
    public record MilestoneLoad(
            CaseType caseType,
            String code,
            String name,
            boolean statutory,
            long open,
            long atRisk,
            long overdue,
            long doneLast7Days) {
    }
}
